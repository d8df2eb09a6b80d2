"""Bug: BatchNorm1d(64) on [B, S, 64] (channels must be dim 1).

A sequence encoder with batch norm over features: `nn.BatchNorm1d` wants `[B, C, L]`."""

from typing import Literal as L
from typing import TypeVar

import torch
import torch.nn as nn

from typedtorch import CPU, Float32, Tensor

B = TypeVar("B", bound=int)
S = TypeVar("S", bound=int)


class Encoder(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.proj = nn.Linear(20, 64)
        self.norm = nn.BatchNorm1d(64)

    def forward(self, x: Tensor[CPU, Float32, B, S, L[20]]) -> Tensor[CPU, Float32, B, S, L[64]]:
        h = self.proj(x)
        h = self.norm(h)  # E: "BatchNorm1d(64)" expects 64 channels (dim 1), got S in input [B, S, 64] (cannot prove they are equal)  [shape-unproven]
        return torch.relu(h)


if __name__ == "__main__":
    assert Encoder()(torch.randn(4, 10, 20)).shape == (4, 10, 64)
