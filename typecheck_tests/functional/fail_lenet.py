"""Errors in the DESIGN.md chain: reported at the call, naming both sizes."""

from typing import Literal as L
from typing import TypeVar, reveal_type

import typedtorch.functional as F
from typedtorch import CPU, CUDA, Float32, Float64, Tensor

B = TypeVar("B", bound=int)


def wrong_in_features(
    x: Tensor[CPU, Float32, B, L[1], L[28], L[28]],
    w: Tensor[CPU, Float32, L[20], L[1], L[5], L[5]],
    fc: Tensor[CPU, Float32, L[10], L[2881]],
    h: Tensor[CPU, Float32, B, L[2880]],
) -> None:
    y = F.linear(h, fc)  # E: Incompatible shapes for "linear": input [B, 2880] has 2880 features but weight [10, 2881] expects 2881  [shape]
    reveal_type(y)  # N: Revealed type is "Any"


def wrong_dtype(
    h: Tensor[CPU, Float32, B, L[4]], fc: Tensor[CPU, Float64, L[10], L[4]]
) -> None:
    F.linear(h, fc)  # E: Incompatible dtypes for "linear": input is float32 and weight is float64 (convert one with .to(), e.g. .to(torch.float32))  [dtype]


def wrong_conv_channels(
    x: Tensor[CPU, Float32, B, L[3], L[28], L[28]],
    w: Tensor[CPU, Float32, L[20], L[1], L[5], L[5]],
) -> None:
    h = F.conv2d(x, w)  # E: Incompatible shapes for "conv2d": given groups=1, weight of size [20, 1, 5, 5] expects input [B, 3, 28, 28] to have 1 channels, but got 3 channels  [shape]
    # The error does not cascade: the result is unknown, and so is what is computed from it.
    reveal_type(h)  # N: Revealed type is "Any"
    F.max_pool2d(F.relu(h), 2)


def wrong_device(
    x: Tensor[CPU, Float32, B, L[1], L[28], L[28]],
    w: Tensor[CUDA, Float32, L[20], L[1], L[5], L[5]],
) -> None:
    F.conv2d(x, w)  # E: Expected all tensors to be on the same device for "conv2d": input is on cpu and weight is on cuda (move one with .to("cpu"))  [device]
