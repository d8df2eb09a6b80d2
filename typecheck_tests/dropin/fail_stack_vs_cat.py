"""Bug: torch.stack makes [B, 3, 32] where cat makes [B, 96].

Multi-scale features `[B, 32]` from three branches, joined with `torch.cat` into `[B, 96]`.

(`torch.stack` would add a new dim: `[B, 3, 32]`.)
"""

from typing import Literal as L
from typing import TypeVar

import torch
import torch.nn as nn

from typedtorch import CPU, Float32, Tensor

B = TypeVar("B", bound=int)


class MultiScale(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.branches = nn.ModuleList([nn.Linear(64, 32) for _ in range(3)])
        self.head = nn.Linear(3 * 32, 10)

    def forward(self, x: Tensor[CPU, Float32, B, L[64]]) -> Tensor[CPU, Float32, B, L[10]]:
        a, b, c = (branch(x) for branch in self.branches)
        features = torch.stack([a, b, c], dim=1)
        return self.head(features)  # E: "Linear(96, 10)" expects last dim 96, got 32 in input [B, 3, 32]  [shape]


if __name__ == "__main__":
    assert MultiScale()(torch.randn(4, 64)).shape == (4, 10)
