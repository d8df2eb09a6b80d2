"""`new_*` errors: negative sizes, gradients of integer tensors."""

from typing import Literal as L

import torch

from typedtorch import CPU, Float32, Tensor


def errors(x: Tensor[CPU, Float32, L[3]]) -> None:
    x.new_zeros(2, -1)  # E: Invalid size [2, -1] for "new_zeros": dimension sizes must be non-negative, got -1  [shape]
    x.new_ones(3, dtype=torch.int64, requires_grad=True)  # E: "new_ones" cannot make a tensor of dtype int64 that requires grad: only floating point and complex dtypes can require gradients  [dtype]
