"""Diagonal errors: ranks the ops do not take, one dim given twice, bool traces."""

from typing import Literal as L
from typing import TypeVar

import torch

from typedtorch import CPU, Bool, Float32, Tensor

N = TypeVar("N", bound=int)


def errors(v: Tensor[CPU, Float32, N], x: Tensor[CPU, Float32, L[2], L[3], L[4]], m: Tensor[CPU, Bool, L[3], L[3]]) -> None:
    x.diag()  # E: "diag" expects a 1-D or 2-D input, got 3-D input [2, 3, 4]  [shape]
    x.diagonal(0, 1, -2)  # E: "diagonal": dim1 and dim2 cannot be the same dimension, got 1, -2  [shape]
    torch.tril(v)  # E: "tril" expects an input with at least 2 dimensions, got 1-D input [N]  [shape]
    v.clone().triu_()  # E: "triu_" expects an input with at least 2 dimensions, got 1-D input [N]  [shape]
    torch.trace(x)  # E: "trace" expects a 2-D input (a matrix), got 3-D input [2, 3, 4]  [shape]
    m.trace()  # E: Incompatible dtype for "trace": torch does not support bool tensors here  [dtype]
    torch.block_diag(v, x)  # E: "block_diag" expects tensors with at most 2 dimensions, got 3-D tensor 1 [2, 3, 4]  [shape]
