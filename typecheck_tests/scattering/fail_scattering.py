"""Scatter and index errors: an index that does not fit, a source of another shape or dtype."""

from typing import Literal as L
from typing import TypeVar

import torch

from typedtorch import CPU, Float32, Float64, Int64, Tensor

B = TypeVar("B", bound=int)


def scatter(
    x: Tensor[CPU, Float32, L[3], L[5]],
    index: Tensor[CPU, Int64, L[3], L[2]],
    src: Tensor[CPU, Float32, L[3], L[2]],
    wide: Tensor[CPU, Int64, L[4], L[2]],
    double: Tensor[CPU, Float64, L[3], L[2]],
) -> None:
    x.scatter(2, index, src)  # E: Dimension out of range for "scatter": expected to be in range of [-2, 1], but got 2  [shape]
    x.scatter_add(1, wide, src)  # E: "scatter_add" index [4, 2] is larger than the input [3, 5] at dimension 0: 4 > 3  [shape]
    x.scatter(1, index.flatten(), 0.0)  # E: "scatter" expects an index with as many dims as the input [3, 5], got index [6]  [shape]
    x.scatter_add(1, index, double)  # E: Incompatible dtypes for "scatter_add": self is float32 and src is float64 (convert one with .to(), e.g. .to(torch.float32))  [dtype]
    torch.scatter(x, 1, index, src.t())  # E: "scatter" index [3, 2] is larger than src [2, 3] at dimension 0: 3 > 2  [shape]


def index(x: Tensor[CPU, Float32, L[6], L[4]], rows: Tensor[CPU, Int64, L[2]], source: Tensor[CPU, Float32, L[3], L[4]]) -> None:
    x.index_add(0, rows, source)  # E: Incompatible shapes for "index_add": 2 indices but source [3, 4] has 3 entries along dimension 0  [shape]
    x.index_copy(1, rows, source)  # E: Incompatible shapes for "index_copy": source [3, 4] must match the input [6, 4] in every dimension except 1  [shape]
    x.index_fill(0, rows.view(1, 2), 0.0)  # E: "index_fill" expects a 0-dim or 1-D index, got 2-D index [1, 2]  [shape]
