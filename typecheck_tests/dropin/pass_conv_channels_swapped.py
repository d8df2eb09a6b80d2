"""A VGG-style block pair: each convolution takes the channels the previous one produced."""

from typing import Literal as L
from typing import TypeVar

import torch
import torch.nn as nn
import torch.nn.functional as F

from typedtorch import CPU, Float32, Tensor

B = TypeVar("B", bound=int)


class Features(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.conv1 = nn.Conv2d(3, 32, kernel_size=3, padding=1)
        self.conv2 = nn.Conv2d(32, 64, kernel_size=3, padding=1)
        self.pool = nn.MaxPool2d(2)

    def forward(self, x: Tensor[CPU, Float32, B, L[3], L[64], L[64]]) -> Tensor[CPU, Float32, B, L[64], L[16], L[16]]:
        h = self.pool(F.relu(self.conv1(x)))
        h = self.pool(F.relu(self.conv2(h)))
        return h


if __name__ == "__main__":
    assert Features()(torch.randn(2, 3, 64, 64)).shape == (2, 64, 16, 16)
