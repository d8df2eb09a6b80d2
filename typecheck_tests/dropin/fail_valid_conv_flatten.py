"""Bug: LeNet's 16*5*5 (for 32x32 input) on 28x28 MNIST, where valid convs leave 4x4.

LeNet-5 on 28x28 MNIST: unpadded 5x5 convolutions shrink the image (28 -> 24 -> 12 -> 8 -> 4).

The textbook LeNet takes 32x32 inputs and flattens 16 * 5 * 5; on 28x28 it is 16 * 4 * 4.
"""

from typing import Literal as L
from typing import TypeVar

import torch
import torch.nn as nn
import torch.nn.functional as F

from typedtorch import CPU, Float32, Tensor

B = TypeVar("B", bound=int)


class LeNet(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.conv1 = nn.Conv2d(1, 6, kernel_size=5)
        self.conv2 = nn.Conv2d(6, 16, kernel_size=5)
        self.fc1 = nn.Linear(16 * 5 * 5, 120)
        self.fc2 = nn.Linear(120, 84)
        self.fc3 = nn.Linear(84, 10)

    def forward(self, x: Tensor[CPU, Float32, B, L[1], L[28], L[28]]) -> Tensor[CPU, Float32, B, L[10]]:
        h = F.max_pool2d(F.relu(self.conv1(x)), 2)
        h = F.max_pool2d(F.relu(self.conv2(h)), 2)
        h = h.view(h.size(0), -1)
        h = F.relu(self.fc1(h))  # E: "Linear(400, 120)" expects last dim 400, got 256 in input [B, 256]  [shape]
        h = F.relu(self.fc2(h))
        return self.fc3(h)


if __name__ == "__main__":
    assert LeNet()(torch.randn(3, 1, 28, 28)).shape == (3, 10)
