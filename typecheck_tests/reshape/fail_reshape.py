"""Reshape errors: reported at the call with both shapes."""

from typing import Literal as L
from typing import TypeVar

from typedtorch import CPU, Float32, Tensor

B = TypeVar("B", bound=int)


def counts(x: Tensor[CPU, Float32, B, L[3], L[4]]) -> None:
    x.view(x.size(0), 5)  # E: Cannot "view" [B, 3, 4] to [B, 5]: 12 * B elements vs 5 * B  [shape]
    x.view(-1, -1)  # E: Cannot "view" [B, 3, 4] to [-1, -1]: only one dimension can be inferred (-1)  [shape]
    x.reshape(5, -1)  # E: Cannot "reshape" [B, 3, 4] to [5, -1]: 12 * B elements are not a multiple of 5 (cannot prove it divides)  [shape-unproven]
    x.flatten(2, 1)  # E: Invalid dims for "flatten" of [B, 3, 4]: start_dim 2 comes after end_dim 1  [shape]
    x.permute(0, 1)  # E: "permute" expects 3 dims for [B, 3, 4], got 2: [0, 1]  [shape]
    x.permute(0, 0, 1)  # E: Repeated dim in dims of "permute": [0, 0, 1]  [shape]
    x.transpose(0, 3)  # E: Dimension out of range for "transpose": expected to be in range of [-3, 2], but got 3  [shape]
    x.t()  # E: "t" expects a tensor with <= 2 dimensions, got 3-D shape [B, 3, 4] (use transpose or permute)  [shape]
    x.unsqueeze(4)  # E: Dimension out of range for "unsqueeze": expected to be in range of [-4, 3], but got 4  [shape]
    x.unflatten(1, (2, -1))  # E: Cannot "unflatten" dimension 1 of size 3 to [2, -1]: 3 elements are not a multiple of 2  [shape]
    x.expand(x.size(0), 5, 4)  # E: Cannot "expand" [B, 3, 4] to [B, 5, 4]: size 5 must match the existing size 3 at non-singleton dimension 1  [shape]
    x.repeat(2, 2)  # E: "repeat" of [B, 3, 4] needs at least 3 repeats, got 2: [2, 2]  [shape]
    y = x.view(2, 7)  # E: Cannot "view" [B, 3, 4] to [2, 7]: 12 * B elements vs 14 (cannot prove they are equal)  [shape-unproven]
    y.view(-1)


def one_d(v: Tensor[CPU, Float32, L[3]]) -> None:
    v.squeeze((0, 0))  # E: Dim 0 appears multiple times in the dims of "squeeze"  [shape]


def arithmetic_sizes(x: Tensor[CPU, Float32, B, L[3], L[4], L[4]]) -> None:
    b, c, h, w = x.shape
    x.view(b, c * h * w + 1)  # E: Cannot "view" [B, 3, 4, 4] to [B, 49]: 48 * B elements vs 49 * B  [shape]
