"""`nansum`, `nanmean`, `count_nonzero`, `torch.norm`: dtypes torch rejects, dims out of range."""

from typing import Literal as L

import torch

from typedtorch import CPU, Complex64, Float32, Int64, Tensor


def reductions(x: Tensor[CPU, Float32, L[2], L[3]], i: Tensor[CPU, Int64, L[3]], c: Tensor[CPU, Complex64, L[3]]) -> None:
    i.nanmean()  # E: Incompatible dtype for "nanmean": expected a floating point or complex input, got int64 (convert it with .float())  [dtype]
    torch.nanmean(x, 0, dtype=torch.int64)  # E: Incompatible dtype for "nanmean": expected a floating point or complex dtype, got int64  [dtype]
    torch.nansum(c)  # E: Incompatible dtype for "nansum": torch has no CPU kernel for complex tensors (got complex64)  [dtype]
    x.nansum(2)  # E: Dimension out of range for "nansum": expected to be in range of [-2, 1], but got 2  [shape]
    torch.count_nonzero(x, (0, 0))  # E: Dimension 0 appears multiple times in the list of dims for "count_nonzero"  [shape]
    x.count_nonzero(-3)  # E: Dimension out of range for "count_nonzero": expected to be in range of [-2, 1], but got -3  [shape]
    torch.norm(i)  # E: Incompatible dtype for "norm": expected a floating point or complex tensor, got int64 (convert it with .float())  [dtype]
    torch.norm(x, dim=2)  # E: Dimension out of range for "norm": expected to be in range of [-2, 1], but got 2  [shape]
