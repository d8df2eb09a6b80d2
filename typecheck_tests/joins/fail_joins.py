"""cat/stack/split errors: reported at the call with every shape involved."""

from typing import Literal as L
from typing import TypeVar

import typedtorch as tt
from typedtorch import CPU, CUDA, Float32, Tensor

B = TypeVar("B", bound=int)
H = TypeVar("H", bound=int)


def errors(
    a: Tensor[CPU, Float32, B, L[3]],
    b: Tensor[CPU, Float32, B, L[4]],
    c: Tensor[CPU, Float32, H, L[3]],
    d: Tensor[CUDA, Float32, B, L[3]],
) -> None:
    tt.cat([a, b])  # E: Sizes of tensors must match except in dimension 0 for "cat": tensor 0 is [B, 3] and tensor 1 is [B, 4], dimension 1 has sizes 3 and 4  [shape]
    tt.cat([a, c], dim=1)  # E: Sizes of tensors must match except in dimension 1 for "cat": tensor 0 is [B, 3] and tensor 1 is [H, 3], dimension 0 has sizes B and H (cannot prove they are equal)  [shape-unproven]
    tt.cat([a, d], dim=1)  # E: Expected all tensors to be on the same device for "cat": tensor 0 is on cpu and tensor 1 is on cuda (move one with .to("cpu"))  [device]
    tt.stack([a, b])  # E: "stack" expects each tensor to be equal size, but got [B, 3] at entry 0 and [B, 4] at entry 1 (dimension 1 has sizes 3 and 4)  [shape]
    tt.stack([a, a], dim=3)  # E: Dimension out of range for "stack": expected to be in range of [-3, 2], but got 3  [shape]
    a.split([1, 1], dim=1)  # E: "split" sizes [1, 1] must add up to the size of dimension 1 of [B, 3]: 2 vs 3  [shape]
    a.chunk(0)  # E: "chunk" expects chunks to be greater than 0, got 0  [shape]
    a.unbind(2)  # E: Dimension out of range for "unbind": expected to be in range of [-2, 1], but got 2  [shape]
