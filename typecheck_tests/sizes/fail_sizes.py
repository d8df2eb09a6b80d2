"""A wrong size computed into a variable is caught where it is used."""

from typing import TypeVar
from typing import Literal as L

import torch

from typedtorch import CPU, Float32, Tensor

B = TypeVar("B", bound=int)

BATCH_SIZE = 64


def flat(x: Tensor[CPU, Float32, B, L[3], L[4], L[4]]) -> None:
    b, c, h, w = x.shape
    n = c * h
    x.view(b, n)  # E: Cannot "view" [B, 3, 4, 4] to [B, 12]: 48 * B elements vs 12 * B  [shape]
    x.view(BATCH_SIZE, -1)  # E: Cannot "view" [B, 3, 4, 4] to [64, -1]: 48 * B elements are not a multiple of 64 (cannot prove it divides)  [shape-unproven]
