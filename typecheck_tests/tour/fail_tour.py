"""The README's caught errors, kept honest."""

from typing import Literal as L
from typing import TypeVar

import typedtorch as tt
import typedtorch.functional as F
import typedtorch.nn as tnn
from typedtorch import CPU, Float32, Tensor

B = TypeVar("B", bound=int)


class Net(tnn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.conv = tnn.Conv2d(1, 20, kernel_size=5)
        self.pool = tnn.MaxPool2d(2)
        self.fc = tnn.Linear(20 * 12 * 12 + 1, 10)

    def forward(self, x: Tensor[CPU, Float32, B, L[1], L[28], L[28]]) -> Tensor[CPU, Float32, B, L[10]]:
        h = self.pool(F.relu(self.conv(x)))
        return self.fc(h.flatten(1))  # E: "Linear(2881, 10)" expects last dim 2881, got 2880 in input [B, 2880]  [shape]


x = tt.randn(4, 3)
w = tt.randn(4, 5)
y = x @ w  # E: Incompatible shapes for "matmul": [4, 3] @ [4, 5], inner dimensions 3 and 4 differ  [shape]
z = x.double() @ tt.randn(3, 5)  # E: Incompatible dtypes for "matmul": self is float64 and other is float32 (convert one with .to(), e.g. .to(tt.float64))  [dtype]
