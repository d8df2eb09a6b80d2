"""A wrong size computed into a variable is caught where it is used."""

from typing import Generic, TypeVar
from typing import Literal as L

import torch
import torch.nn as nn

from typedtorch import CPU, Dim, Float32, Tensor

B = TypeVar("B", bound=int)
E = TypeVar("E", bound=int)

BATCH_SIZE = 64


def flat(x: Tensor[CPU, Float32, B, L[3], L[4], L[4]]) -> None:
    b, c, h, w = x.shape
    n = c * h
    x.view(b, n)  # E: Cannot "view" [B, 3, 4, 4] to [B, 12]: 48 * B elements vs 12 * B  [shape]
    x.view(BATCH_SIZE, -1)  # E: Cannot "view" [B, 3, 4, 4] to [64, -1]: 48 * B elements are not a multiple of 64 (cannot prove it divides)  [shape-unproven]


class Width(nn.Module, Generic[E]):
    def __init__(self, width: Dim[E]) -> None:
        super().__init__()
        self.fc = nn.Linear(width, width)

    def forward(self, x: Tensor[CPU, Float32, B, E]) -> Tensor[CPU, Float32, B, E]:
        return self.fc(x)


def wrong_width(x: Tensor[CPU, Float32, L[2], L[8]]) -> None:
    Width(16)(x)  # E: Argument "x" to "forward" of "Width" has shape [2, 8], expected [B, 16]: dim 1 is 8, expected 16  [shape]
