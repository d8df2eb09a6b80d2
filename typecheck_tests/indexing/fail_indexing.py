"""Indexing errors: out-of-range indices and dims, bad slices."""

from typing import Literal as L
from typing import TypeVar

from typedtorch import CPU, Float32, Int64, Tensor

B = TypeVar("B", bound=int)


def errors(x: Tensor[CPU, Float32, B, L[3]], idx: Tensor[CPU, Int64, L[2], L[2]]) -> None:
    x[:, 5]  # E: Index 5 is out of bounds for dimension 1 with size 3  [shape]
    x[0, 0, 0]  # E: Too many indices for tensor of dimension 2: [B, 3] indexed with 3  [shape]
    x[::-1]  # E: Slice step must be greater than zero, got -1  [shape]
    x.size(2)  # E: Dimension out of range for "size": expected to be in range of [-2, 1], but got 2  [shape]
    x.narrow(1, 2, 5)  # E: "narrow" start (2) + length (5) exceeds dimension 1 of size 3  [shape]
    x.index_select(0, idx)  # E: "index_select" expects a 1-D index, got 2-D shape [2, 2]  [shape]
    x.gather(1, idx[0])  # E: "gather" expects an index with as many dims as the input [B, 3], got [2]  [shape]
