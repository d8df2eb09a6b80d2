"""Elementwise errors: shapes that cannot broadcast, unsupported dtypes, tensors on two devices."""

from typing import Literal as L
from typing import TypeVar

import typedtorch as tt
from typedtorch import CPU, CUDA, Bool, Float32, Int64, Tensor

B = TypeVar("B", bound=int)
N = TypeVar("N", bound=int)


def shapes(x: Tensor[CPU, Float32, B, L[3]], y: Tensor[CPU, Float32, L[4]]) -> None:
    x + y  # E: Shapes [B, 3] and [4] cannot be broadcast together for "add": dimension 1 has sizes 3 and 4  [shape]
    y * x  # E: Shapes [4] and [B, 3] cannot be broadcast together for "mul": dimension 1 has sizes 4 and 3  [shape]
    2 * x - y  # E: Shapes [B, 3] and [4] cannot be broadcast together for "sub": dimension 1 has sizes 3 and 4  [shape]
    x < y  # E: Shapes [B, 3] and [4] cannot be broadcast together for "lt": dimension 1 has sizes 3 and 4  [shape]
    y >= x  # E: Shapes [4] and [B, 3] cannot be broadcast together for "ge": dimension 1 has sizes 4 and 3  [shape]
    x.eq(y)  # E: Shapes [B, 3] and [4] cannot be broadcast together for "eq": dimension 1 has sizes 3 and 4  [shape]
    x.maximum(y)  # E: Shapes [B, 3] and [4] cannot be broadcast together for "maximum": dimension 1 has sizes 3 and 4  [shape]


def unproven(x: Tensor[CPU, Float32, B, L[3]], y: Tensor[CPU, Float32, N, L[3]]) -> None:
    x / y  # E: Shapes [B, 3] and [N, 3] cannot be broadcast together for "div": dimension 0 has sizes B and N (cannot prove they are equal or 1)  [shape-unproven]


def dtypes(x: Tensor[CPU, Float32, B, L[3]], m: Tensor[CPU, Bool, B, L[3]]) -> None:
    x & 1  # E: Incompatible dtypes for "bitwise_and": self is float32 and other is int; it needs integer or bool operands  [dtype]
    m - m  # E: Incompatible dtypes for "sub": self is bool and other is bool; subtracting bools is not supported (use ^ or logical_xor() instead)  [dtype]
    x.masked_fill(x, 0.0)  # E: Incompatible dtype for "masked_fill": mask must be a bool tensor, got float32  [dtype]
    tt.where(x, x, 0.0)  # E: Incompatible dtype for "where": condition must be a bool tensor, got float32  [dtype]


def devices(
    x: Tensor[CPU, Float32, B, L[3]], c: Tensor[CUDA, Float32, L[3]], s: Tensor[CPU, Float32]
) -> None:
    x + c  # E: Expected all tensors to be on the same device for "add": self is on cpu and other is on cuda (move one with .to("cpu"))  [device]
    c * s  # a zero-dim CPU tensor may join a CUDA tensor, as in torch
    tt.where(c > 0, x, c)  # E: Expected all tensors to be on the same device for "where": condition is on cuda and input is on cpu (move one with .to("cuda"))  [device]


def functions(x: Tensor[CPU, Float32, B, L[3]], y: Tensor[CPU, Int64, L[2], L[1]]) -> None:
    tt.where(x > 0, x, y)  # E: Shapes [B, 3], [B, 3] and [2, 1] cannot be broadcast together for "where": dimension 0 has sizes B and 2 (cannot prove they are equal or 1)  [shape-unproven]
    x.lerp(y.float(), 0.5)  # E: Shapes [B, 3] and [2, 1] cannot be broadcast together for "lerp": dimension 0 has sizes B and 2 (cannot prove they are equal or 1)  [shape-unproven]
    x.lerp(x.double(), 0.5)  # E: Incompatible dtypes for "lerp": self is float32 and end is float64 (convert it with .to(torch.float32))  [dtype]


def no_cascade(x: Tensor[CPU, Float32, B, L[3]], y: Tensor[CPU, Float32, L[4]]) -> None:
    z = x + y  # E: Shapes [B, 3] and [4] cannot be broadcast together for "add": dimension 1 has sizes 3 and 4  [shape]
    z + y
