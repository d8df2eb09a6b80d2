"""Bug: the conv features go into the classifier without `flatten(x, 1)`."""

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
        self.conv = tnn.Conv2d(1, 32, kernel_size=3, padding=1)
        self.pool = tnn.MaxPool2d(4)
        self.fc = tnn.Linear(32 * 2 * 2, 10)

    def forward(
        self, images: Tensor[CPU, Float32, B, L[1], L[8], L[8]]
    ) -> Tensor[CPU, Float32, B, L[10]]:
        x = self.conv(images)
        x = self.pool(F.relu(x))
        return self.fc(x)  # BUG: shape


def demo() -> None:
    Net()(tt.randn(4, 1, 8, 8))
