"""Convolution errors: each reported at the call with torch's reason, made readable."""

from typing import Literal as L
from typing import TypeVar

import typedtorch.functional as F
from typedtorch import CPU, Float16, Float32, Tensor

B = TypeVar("B", bound=int)
C = TypeVar("C", bound=int)


def channels(
    x: Tensor[CPU, Float32, B, L[3], L[28], L[28]], w: Tensor[CPU, Float32, L[20], L[1], L[5], L[5]]
) -> None:
    F.conv2d(x, w)  # E: Incompatible shapes for "conv2d": given groups=1, weight of size [20, 1, 5, 5] expects input [B, 3, 28, 28] to have 1 channels, but got 3 channels  [shape]


def unproven_channels(
    x: Tensor[CPU, Float32, B, C, L[28], L[28]], w: Tensor[CPU, Float32, L[20], L[1], L[5], L[5]]
) -> None:
    F.conv2d(x, w)  # E: Incompatible shapes for "conv2d": given groups=1, weight of size [20, 1, 5, 5] expects input [B, C, 28, 28] to have 1 channels, but got C channels (cannot prove they are equal)  [shape-unproven]


def dtypes(
    x: Tensor[CPU, Float16, B, L[1], L[28], L[28]],
    w: Tensor[CPU, Float32, L[20], L[1], L[5], L[5]],
    b: Tensor[CPU, Float16, L[20]],
) -> None:
    F.conv2d(x, w, b)  # E: Incompatible dtypes for "conv2d": input is float16 and weight is float32 (convert one with .to(), e.g. .to(torch.float16))  [dtype]


def kernel_too_large(
    x: Tensor[CPU, Float32, B, L[1], L[4], L[4]], w: Tensor[CPU, Float32, L[20], L[1], L[5], L[5]]
) -> None:
    F.conv2d(x, w)  # E: Incompatible shapes for "conv2d": kernel size (5 x 5) can't be greater than the padded input size (4 x 4), input [B, 1, 4, 4], weight [20, 1, 5, 5]  [shape]
    F.conv2d(x, w, padding=1)
    F.conv2d(x, w, padding="same")


def groups(
    x: Tensor[CPU, Float32, B, L[6], L[8], L[8]], w: Tensor[CPU, Float32, L[4], L[2], L[3], L[3]]
) -> None:
    F.conv2d(x, w, groups=3)  # E: Incompatible shapes for "conv2d": given groups=3, expected weight to be divisible by 3 at dimension 0, but got weight of size [4, 2, 3, 3]  [shape]
    F.conv2d(x, w, groups=0)  # E: "conv2d" expects groups to be positive, got groups=0  [shape]


def strided_same(
    x: Tensor[CPU, Float32, B, L[4], L[8], L[8]], w: Tensor[CPU, Float32, L[4], L[4], L[3], L[3]]
) -> None:
    F.conv2d(x, w, stride=2, padding="same")  # E: "conv2d": padding='same' is not supported for strided convolutions, got stride=(2, 2)  [shape]


def bias(
    x: Tensor[CPU, Float32, B, L[4], L[8], L[8]],
    w: Tensor[CPU, Float32, L[4], L[4], L[3], L[3]],
    b: Tensor[CPU, Float32, L[5]],
) -> None:
    F.conv2d(x, w, b)  # E: Incompatible shapes for "conv2d": given weight of size [4, 4, 3, 3], expected bias to be 1-D with 4 elements, but got bias of size [5]  [shape]


def rank(
    x: Tensor[CPU, Float32, L[8], L[8]], w: Tensor[CPU, Float32, L[4], L[4], L[3], L[3]]
) -> None:
    F.conv2d(x, w)  # E: Expected 3-D (unbatched) or 4-D (batched) input to "conv2d", but got input of shape [8, 8]  [shape]


def transposed(
    x: Tensor[CPU, Float32, B, L[4], L[8], L[8]], w: Tensor[CPU, Float32, L[4], L[4], L[3], L[3]]
) -> None:
    F.conv_transpose2d(x, w, output_padding=1)  # E: "conv_transpose2d": output padding must be smaller than either stride or dilation, got output_padding=(1, 1), stride=(1, 1), dilation=(1, 1)  [shape]
    F.conv_transpose2d(x, w, padding=9)  # E: Incompatible shapes for "conv_transpose2d": input [B, 4, 8, 8] with weight [4, 4, 3, 3] gives output size (-8 x -8), which is too small  [shape]
