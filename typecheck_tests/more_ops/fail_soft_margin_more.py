"""`F.soft_margin_loss` on an integer input, or a complex target with a real input."""

from typing import Literal as L

import torch.nn.functional as F

from typedtorch import CPU, Complex64, Float32, Int64, Tensor


def losses(x: Tensor[CPU, Float32, L[2], L[3]], labels: Tensor[CPU, Int64, L[2], L[3]], c: Tensor[CPU, Complex64, L[3]]) -> None:
    F.soft_margin_loss(labels, x)  # E: Incompatible dtype for "soft_margin_loss": expected a floating point or complex input, got int64 (convert it with .float())  [dtype]
    F.soft_margin_loss(x, c)  # E: Incompatible dtypes for "soft_margin_loss": input is float32 and target is complex64; a complex target needs a complex input  [dtype]
