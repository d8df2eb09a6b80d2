"""Ordering errors: dims out of range, `k` too large, dtypes torch has no kernel for."""

from typing import Literal as L
from typing import TypeVar

import torch

from typedtorch import CPU, Bool, Complex64, Float32, Int64, Tensor

B = TypeVar("B", bound=int)


def ranges(x: Tensor[CPU, Float32, B, L[10]]) -> None:
    x.topk(11)  # E: Selected index k out of range for "topk": k is 11 but dimension -1 of input [B, 10] has size 10  [shape]
    x.topk(2, dim=2)  # E: Dimension out of range for "topk": expected to be in range of [-2, 1], but got 2  [shape]
    x.kthvalue(0, 1)  # E: Selected number k out of range for "kthvalue": k is 0 but dimension 1 of input [B, 10] has size 10  [shape]
    x.sort(dim=3)  # E: Dimension out of range for "sort": expected to be in range of [-2, 1], but got 3  [shape]
    torch.cummax(x, -3)  # E: Dimension out of range for "cummax": expected to be in range of [-2, 1], but got -3  [shape]
    x.median(2)  # E: Dimension out of range for "median": expected to be in range of [-2, 1], but got 2  [shape]


def dtypes(m: Tensor[CPU, Bool, B, L[10]], c: Tensor[CPU, Complex64, B], i: Tensor[CPU, Int64, B]) -> None:
    m.topk(2)  # E: Incompatible dtype for "topk": torch does not support bool tensors here  [dtype]
    c.sort()  # E: Incompatible dtype for "sort": torch does not support complex64 tensors here  [dtype]
    i.logcumsumexp(0)  # E: Incompatible dtype for "logcumsumexp": expected a floating point or complex tensor, got int64 (convert it with .float())  [dtype]


def search(edges: Tensor[CPU, Float32, L[5], L[2]], values: Tensor[CPU, Float32, L[4], L[3]]) -> None:
    torch.searchsorted(edges, values)  # E: Incompatible shapes for "searchsorted": a sorted sequence [5, 2] takes values [5, *], got values [4, 3]  [shape]
    torch.bucketize(values, edges)  # E: "bucketize" expects 1-D boundaries, got 2-D boundaries [5, 2]  [shape]
