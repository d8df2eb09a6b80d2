"""A CIFAR-10 classifier: three conv+pool stages take 32x32 down to 4x4."""

from typing import Literal as L
from typing import TypeVar

import torch
import torch.nn as nn
import torch.nn.functional as F

from typedtorch import CPU, Float32, Tensor

B = TypeVar("B", bound=int)


class Cifar10Net(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.conv1 = nn.Conv2d(3, 32, 3, padding=1)
        self.conv2 = nn.Conv2d(32, 64, 3, padding=1)
        self.conv3 = nn.Conv2d(64, 64, 3, padding=1)
        self.pool = nn.MaxPool2d(2, 2)
        self.fc1 = nn.Linear(64 * 4 * 4, 256)
        self.fc2 = nn.Linear(256, 10)

    def forward(self, x: Tensor[CPU, Float32, B, L[3], L[32], L[32]]) -> Tensor[CPU, Float32, B, L[10]]:
        h = self.pool(F.relu(self.conv1(x)))
        h = self.pool(F.relu(self.conv2(h)))
        h = self.pool(F.relu(self.conv3(h)))
        h = torch.flatten(h, 1)
        h = F.relu(self.fc1(h))
        return self.fc2(h)


if __name__ == "__main__":
    assert Cifar10Net()(torch.randn(2, 3, 32, 32)).shape == (2, 10)
