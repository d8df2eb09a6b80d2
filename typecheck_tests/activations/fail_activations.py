"""Activation errors: dtypes torch has no kernel for, arguments torch rejects, odd dims for
`glu`, dims out of range for `softmax`."""

from typing import Literal as L
from typing import TypeVar

import torch
import torch.nn.functional as F

from typedtorch import CPU, Bool, Float32, Int64, Tensor

B = TypeVar("B", bound=int)


def errors(x: Tensor[CPU, Float32, B, L[7]], i: Tensor[CPU, Int64, B, L[8]], m: Tensor[CPU, Bool, B]) -> None:
    F.mish(i)  # E: Incompatible dtype for "mish": expected a floating point tensor, got int64 (convert it with .float())  [dtype]
    F.relu6(m)  # E: Incompatible dtype for "relu6": expected a floating point or integer tensor, got bool (convert it with .float())  [dtype]
    F.softshrink(x, -1.0)  # E: "softshrink" expects lambd >= 0, got -1.0  [shape]
    F.hardtanh(x, 2.0, 1.0)  # E: "hardtanh": min_val cannot be greater than max_val, got 2.0 and 1.0  [shape]
    F.glu(x)  # E: "glu" halves dimension 1, which must have an even size, got 7 in input [B, 7]  [shape]
    F.softmax(x, 2)  # E: Dimension out of range for "softmax": expected to be in range of [-2, 1], but got 2  [shape]
    F.log_softmax(i, -1)  # E: Incompatible dtype for "log_softmax": expected a floating point tensor, got int64 (convert it with .float())  [dtype]
    F.gumbel_softmax(x, dim=3)  # E: Dimension out of range for "gumbel_softmax": expected to be in range of [-2, 1], but got 3  [shape]
    x.clamp_min(x[:, :3])  # E: Shapes [B, 7] and [B, 3] cannot be broadcast together for "clamp_min": dimension 1 has sizes 7 and 3  [shape]
    torch.clamp(i)  # E: "clamp" expects at least one of min or max  [shape]
