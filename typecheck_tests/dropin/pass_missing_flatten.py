"""A small MNIST CNN: conv features are flattened before the classifier."""

from typing import Literal as L
from typing import TypeVar

import torch
import torch.nn as nn
import torch.nn.functional as F

from typedtorch import CPU, Float32, Tensor

B = TypeVar("B", bound=int)


class MnistCNN(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.conv = nn.Conv2d(1, 32, kernel_size=3, padding=1)
        self.pool = nn.MaxPool2d(4)
        self.fc = nn.Linear(32 * 7 * 7, 10)

    def forward(self, images: Tensor[CPU, Float32, B, L[1], L[28], L[28]]) -> Tensor[CPU, Float32, B, L[10]]:
        x = self.pool(F.relu(self.conv(images)))
        return self.fc(torch.flatten(x, 1))


if __name__ == "__main__":
    assert MnistCNN()(torch.randn(5, 1, 28, 28)).shape == (5, 10)
