"""Elementwise ops on dtypes torch has no kernel for, and shapes that do not broadcast."""

from typing import Literal as L

import torch

from typedtorch import CPU, Bool, Complex64, Float32, Int64, Tensor


def dtypes(x: Tensor[CPU, Float32, L[3]], i: Tensor[CPU, Int64, L[3]], m: Tensor[CPU, Bool, L[3]], c: Tensor[CPU, Complex64, L[3]]) -> None:
    torch.hypot(i, i)  # E: Incompatible dtypes for "hypot": self is int64 and other is int64; it needs floating point operands (convert them with .float())  [dtype]
    m.fmod(m)  # E: Incompatible dtypes for "fmod": self is bool and other is bool; it does not support bool  [dtype]
    torch.remainder(m, True)  # E: Incompatible dtypes for "remainder": self is bool and other is bool; it does not support bool  [dtype]
    c.atan2(c)  # E: Incompatible dtypes for "atan2": self is complex64 and other is complex64; it does not support complex  [dtype]
    torch.copysign(c, 1.0)  # E: Incompatible dtypes for "copysign": self is complex64 and other is float; it does not support complex  [dtype]
    x.bitwise_and(i)  # E: Incompatible dtypes for "bitwise_and": self is float32 and other is int64; it needs integer or bool operands  [dtype]
    torch.pow(m, m)  # E: Incompatible dtypes for "pow": self is bool and other is bool; it does not support bool  [dtype]
    i.frac()  # E: Incompatible dtype for "frac": expected a floating point tensor, got int64 (convert it with .float())  [dtype]
    torch.signbit(c)  # E: Incompatible dtype for "signbit": expected a real (not complex) tensor, got complex64  [dtype]
    m.positive()  # E: Incompatible dtype for "positive": expected a non-bool tensor, got bool (convert it with .float())  [dtype]
    torch.bitwise_not(x)  # E: Incompatible dtype for "bitwise_not": expected an integer or bool tensor, got float32  [dtype]


def shapes(x: Tensor[CPU, Float32, L[2], L[3]], y: Tensor[CPU, Float32, L[2]]) -> None:
    x.copysign(y)  # E: Shapes [2, 3] and [2] cannot be broadcast together for "copysign": dimension 1 has sizes 3 and 2  [shape]
    torch.logical_and(x, y)  # E: Shapes [2, 3] and [2] cannot be broadcast together for "logical_and": dimension 1 has sizes 3 and 2  [shape]
