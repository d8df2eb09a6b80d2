"""Dtype-changing errors: functions without a complex kernel, views of another element size
that do not fit."""

from typing import Literal as L
from typing import TypeVar

import torch

from typedtorch import CPU, Complex64, Float32, Tensor

B = TypeVar("B", bound=int)


def errors(c: Tensor[CPU, Complex64, B], x: Tensor[CPU, Float32, B, L[3]], s: Tensor[CPU, Float32]) -> None:
    c.erf()  # E: Incompatible dtype for "erf": torch does not support complex64 tensors here  [dtype]
    torch.lgamma(c)  # E: Incompatible dtype for "lgamma": torch does not support complex64 tensors here  [dtype]
    x.view(torch.float64)  # E: "view" cannot view float32 input [B, 3] as float64: its last dim must be divisible by 2  [shape]
    s.view(torch.int8)  # E: "view" cannot view a 0-dim float32 tensor as int8 (different element sizes)  [shape]
    x.squeeze(0, 2)  # E: Dimension out of range for "squeeze": expected to be in range of [-2, 1], but got 2  [shape]
