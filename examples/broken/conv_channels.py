"""Bug: the second convolution expects 8 input channels; the first one produces 16."""

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
        self.conv2 = tnn.Conv2d(8, 32, kernel_size=3, padding=1)  # in_channels should be 16
        self.pool = tnn.MaxPool2d(2)
        self.fc = tnn.Linear(32 * 2 * 2, 10)

    def forward(
        self, images: Tensor[CPU, Float32, B, L[1], L[8], L[8]]
    ) -> Tensor[CPU, Float32, B, L[10]]:
        x = self.conv1(images)
        x = self.pool(F.relu(x))
        x = self.conv2(x)  # BUG: shape
        x = self.pool(F.relu(x))
        return self.fc(tt.flatten(x, 1))


def demo() -> None:
    Net()(tt.randn(4, 1, 8, 8))
