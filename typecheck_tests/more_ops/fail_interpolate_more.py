"""`F.interpolate` with a float scale factor that leaves no output element."""

from typing import Literal as L

import torch.nn.functional as F

from typedtorch import CPU, Float32, Tensor


def resize(x: Tensor[CPU, Float32, L[2], L[3], L[5], L[7]]) -> None:
    F.interpolate(x, scale_factor=0.1)  # E: Incompatible shapes for "interpolate": input and output sizes should be greater than 0, got input [2, 3, 5, 7] and output size (0 x 0)  [shape]
