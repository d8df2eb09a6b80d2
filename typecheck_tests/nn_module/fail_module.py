"""User models: a wrong input is reported against the model's forward."""

from typing import Literal as L
from typing import TypeVar

import typedtorch as tt
import typedtorch.nn as tnn
from typedtorch import CPU, Float32, Tensor

B = TypeVar("B", bound=int)


class Net(tnn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.conv = tnn.Conv2d(1, 20, kernel_size=5)
        self.pool = tnn.MaxPool2d(2)
        self.fc = tnn.Linear(20 * 12 * 12 + 1, 10)

    def forward(
        self, x: Tensor[CPU, Float32, B, L[1], L[28], L[28]]
    ) -> Tensor[CPU, Float32, B, L[10]]:
        h = self.pool(self.conv(x).relu())
        return self.fc(h.flatten(1))  # E: "Linear(2881, 10)" expects last dim 2881, got 2880 in input [B, 2880]  [shape]


class Small(tnn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.fc = tnn.Linear(4, 2)

    def forward(self, x: Tensor[CPU, Float32, B, L[4]]) -> Tensor[CPU, Float32, B, L[2]]:
        return self.fc(x)


def use(x: Tensor[CPU, Float32, B, L[5]]) -> None:
    Small()(x)  # E: Argument "x" to "forward" of "Small" has shape [B, 5], expected [B, 4]: dim 1 is 5, expected 4  [shape]


def moved(x: Tensor[CPU, Float32, B, L[4]]) -> None:
    fc = tnn.Linear(4, 2).to(tt.cuda)
    fc(x)  # E: Expected all tensors to be on the same device for "Linear(4, 2)": the layer is on cuda and the input is on cpu (move one with .to("cuda"))  [device]
    tnn.Linear(4, 2).double()(x)  # E: Incompatible dtypes for "Linear(4, 2)": the layer is float64 and the input is float32 (convert one with .to(), e.g. .to(torch.float64))  [dtype]
