"""Layout errors: dims out of range or repeated, windows larger than the dim, tensors of
another rank or dtype."""

from typing import Literal as L
from typing import TypeVar

import torch

from typedtorch import CPU, Float32, Float64, Tensor

B = TypeVar("B", bound=int)


def errors(x: Tensor[CPU, Float32, B, L[4]], v: Tensor[CPU, Float32, L[3]], d: Tensor[CPU, Float64, L[2]]) -> None:
    x.flip(1, -1)  # E: Dimension 1 appears multiple times in the list of dims for "flip"  [shape]
    x.roll(1, 2)  # E: Dimension out of range for "roll": expected to be in range of [-2, 1], but got 2  [shape]
    x.rot90(1, [0])  # E: "rot90" expects exactly 2 rotation dims, got 1: [0]  [shape]
    x.unfold(1, 5, 1)  # E: "unfold" window size 5 is larger than dimension 1 of size 4 in input [B, 4]  [shape]
    x.repeat_interleave(2, dim=1, output_size=7)  # E: Invalid output_size for "repeat_interleave": the repeats give 8 elements, got 7  [shape]
    torch.meshgrid(v, x, indexing="ij")  # E: "meshgrid" expects 0-dim or 1-D tensors, got 2-D tensor 1 [B, 4]  [shape]
    torch.cartesian_prod(v, d)  # E: Incompatible dtypes for "cartesian_prod": tensor 0 is float32 and tensor 1 is float64 (convert one with .to(), e.g. .to(torch.float32))  [dtype]
    torch.combinations(x)  # E: "combinations" expects 1-D tensors, got 2-D tensor 0 [B, 4]  [shape]
