"""A conv stem as an `nn.Sequential`: each BatchNorm2d normalises the channels of the conv before it."""

from typing import Literal as L
from typing import TypeVar

import torch
import torch.nn as nn

from typedtorch import CPU, Float32, Tensor

B = TypeVar("B", bound=int)


class Stem(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.layers = nn.Sequential(
            nn.Conv2d(3, 32, kernel_size=3, stride=2, padding=1, bias=False),
            nn.BatchNorm2d(32),
            nn.ReLU(inplace=True),
            nn.Conv2d(32, 64, kernel_size=3, padding=1, bias=False),
            nn.BatchNorm2d(64),
            nn.ReLU(inplace=True),
        )

    def forward(self, x: Tensor[CPU, Float32, B, L[3], L[64], L[64]]) -> Tensor[CPU, Float32, B, L[64], L[32], L[32]]:
        return self.layers(x)


if __name__ == "__main__":
    assert Stem()(torch.randn(2, 3, 64, 64)).shape == (2, 64, 32, 32)
