"""Reduction errors: dims out of range, repeated dims, dtypes torch rejects."""

from typing import Literal as L
from typing import TypeVar

from typedtorch import CPU, Float32, Int64, Tensor

B = TypeVar("B", bound=int)


def dims(x: Tensor[CPU, Float32, B, L[3]]) -> None:
    x.sum(2)  # E: Dimension out of range for "sum": expected to be in range of [-2, 1], but got 2  [shape]
    x.mean((0, -2))  # E: Dimension 0 appears multiple times in the list of dims for "mean"  [shape]
    x.max(-3)  # E: Dimension out of range for "max": expected to be in range of [-2, 1], but got -3  [shape]
    x.argmin(5, keepdim=True)  # E: Dimension out of range for "argmin": expected to be in range of [-2, 1], but got 5  [shape]
    x.softmax(2)  # E: Dimension out of range for "softmax": expected to be in range of [-2, 1], but got 2  [shape]
    x.cumsum(dim=-3)  # E: Dimension out of range for "cumsum": expected to be in range of [-2, 1], but got -3  [shape]


def dtypes(i: Tensor[CPU, Int64, B, L[3]]) -> None:
    i.mean()  # E: Incompatible dtype for "mean": expected a floating point or complex tensor, got int64 (convert it with .float())  [dtype]
    i.std(1)  # E: Incompatible dtype for "std": expected a floating point or complex tensor, got int64 (convert it with .float())  [dtype]
    i.softmax(-1)  # E: Incompatible dtype for "softmax": expected a floating point tensor, got int64 (convert it with .float())  [dtype]
    i.float().mean(1)


def no_cascade(x: Tensor[CPU, Float32, B, L[3]]) -> None:
    y = x.sum(2)  # E: Dimension out of range for "sum": expected to be in range of [-2, 1], but got 2  [shape]
    y.sum(5)
