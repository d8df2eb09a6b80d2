"""Bug: the classifier's input size counts one pooling too few (8x8 -> 4x4 -> 2x2, not 4x4)."""

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
        self.conv1 = tnn.Conv2d(1, 16, kernel_size=3, padding=1)
        self.conv2 = tnn.Conv2d(16, 32, kernel_size=3, padding=1)
        self.pool = tnn.MaxPool2d(2)
        self.fc = tnn.Linear(32 * 4 * 4, 10)  # the wrong size: the image is 2x2 here

    def forward(
        self, images: Tensor[CPU, Float32, B, L[1], L[8], L[8]]
    ) -> Tensor[CPU, Float32, B, L[10]]:
        x = self.pool(F.relu(self.conv1(images)))
        x = self.pool(F.relu(self.conv2(x)))
        x = tt.flatten(x, 1)
        return self.fc(x)  # BUG: shape


def demo() -> None:
    Net()(tt.randn(4, 1, 8, 8))
