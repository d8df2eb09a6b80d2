"""An index torch rejects by its type (a float, a str, a float slice bound, a floating point
tensor) gets mypy's `index` code."""

from typing import reveal_type
from typing import Literal as L

import torch

from typedtorch import CPU, Float32, Int64, Tensor


def bad(x: Tensor[CPU, Float32, L[3], L[4]], t: torch.Tensor, f: float) -> None:
    x[1.5]  # E: Invalid index type "float" for "Tensor"; expected int, slice, None, ..., an integer or bool tensor, or a list of those  [index]
    x["a"]  # E: Invalid index type "str" for "Tensor"; expected int, slice, None, ..., an integer or bool tensor, or a list of those  [index]
    x[None, 1.5]  # E: Invalid index type "float" for "Tensor"; expected int, slice, None, ..., an integer or bool tensor, or a list of those  [index]
    x[..., f]  # E: Invalid index type "float" for "Tensor"; expected int, slice, None, ..., an integer or bool tensor, or a list of those  [index]
    x[0:1.5]  # E: Slice indices must be integers or None, got "float"  [index]
    x[x]  # E: Tensors used as indices must be integer or bool tensors, got float32  [index]
    t[1.5]  # E: Invalid index type "float" for "Tensor"; expected int, slice, None, ..., an integer or bool tensor, or a list of those  [index]


def good(x: Tensor[CPU, Float32, L[3], L[4]], i: Tensor[CPU, Int64, L[2]], n: int) -> None:
    reveal_type(x[i])  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Literal[4]]"
    reveal_type(x[0, 1:2])  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[1]]"
    reveal_type(x[None, ..., n])  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[1], Literal[3]]"
    reveal_type(x[[0, 1]])  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Literal[4]]"
