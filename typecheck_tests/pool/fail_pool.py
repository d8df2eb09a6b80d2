"""Pooling, interpolate and pad errors, reported at the call."""

from typing import Literal as L
from typing import TypeVar

import typedtorch.functional as F
from typedtorch import CPU, Float32, Tensor

B = TypeVar("B", bound=int)


def too_small(x: Tensor[CPU, Float32, B, L[3], L[1], L[1]]) -> None:
    F.max_pool2d(x, 2)  # E: Incompatible shapes for "max_pool2d": input [B, 3, 1, 1] is too small for kernel_size=(2, 2) (with padding=(0, 0), dilation=(1, 1)): calculated output size (0 x 0)  [shape]


def padding(x: Tensor[CPU, Float32, B, L[3], L[8], L[8]]) -> None:
    F.max_pool2d(x, 2, padding=2)  # E: "max_pool2d" expects padding to be at most half of kernel_size, got padding=(2, 2) and kernel_size=(2, 2)  [shape]
    F.avg_pool2d(x, (2, 2, 2))  # E: "avg_pool2d" expects kernel_size to be a single int or a tuple of 2 ints, got kernel_size=(2, 2, 2)  [shape]


def rank(x: Tensor[CPU, Float32, L[8], L[8]]) -> None:
    F.max_pool2d(x, 2)  # E: Expected 3-D (unbatched) or 4-D (batched) input to "max_pool2d", but got input of shape [8, 8]  [shape]
    F.interpolate(x, size=4)  # E: "interpolate" expects a 3-D, 4-D or 5-D input [N, C, ...] for mode 'nearest', got input [8, 8]  [shape]


def interpolate_mode(x: Tensor[CPU, Float32, B, L[3], L[8]]) -> None:
    F.interpolate(x, size=4, mode="bilinear")  # E: "interpolate": mode 'bilinear' needs a 4-D input [N, C, ...], got input [B, 3, 8]  [shape]
    F.interpolate(x, size=4, scale_factor=2)  # E: "interpolate": only one of size or scale_factor should be defined  [shape]


def pad(x: Tensor[CPU, Float32, B, L[3], L[4]]) -> None:
    F.pad(x, (1,))  # E: "pad": padding length must be divisible by 2, got 1  [shape]
    F.pad(x, (-3, -2))  # E: Incompatible shapes for "pad": the input size 4 with padding (-3, -2) gives size -1 at dimension 2 of input [B, 3, 4], expected at least 0  [shape]
    F.pad(x, (4, 0), mode="reflect")  # E: Incompatible shapes for "pad": reflect padding 4 must be less than the size 4 of dimension 2 of input [B, 3, 4]  [shape]
