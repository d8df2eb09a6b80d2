"""Counting and comparing errors: draws without replacement, ranks, dtypes torch rejects."""

from typing import Literal as L
from typing import TypeVar

import torch

from typedtorch import CPU, Float32, Float64, Int64, Tensor

B = TypeVar("B", bound=int)


def errors(p: Tensor[CPU, Float32, B, L[10]], i: Tensor[CPU, Int64, B, L[10]], d: Tensor[CPU, Float64, L[10]]) -> None:
    p.multinomial(11)  # E: "multinomial" cannot draw 11 samples without replacement from 10 categories (the last dim of input [B, 10])  [shape]
    i.multinomial(2)  # E: Incompatible dtype for "multinomial": expected floating point probabilities, got int64  [dtype]
    i.histc()  # E: Incompatible dtype for "histc": expected a floating point tensor, got int64  [dtype]
    p.histc(min=1, max=0)  # E: "histc" expects max >= min, got min=1.0 and max=0.0  [shape]
    i.bincount()  # E: "bincount" expects a 1-D input, got 2-D input [B, 10]  [shape]
    p[0].bincount()  # E: Incompatible dtype for "bincount": expected an integer input, got float32  [dtype]
    torch.isclose(p, d)  # E: Incompatible dtypes for "isclose": input is float32 and other is float64 (convert one with .to(), e.g. .to(torch.float32))  [dtype]
    torch.allclose(p, p[:, :3])  # E: Shapes [B, 10] and [B, 3] cannot be broadcast together for "allclose": dimension 1 has sizes 10 and 3  [shape]
