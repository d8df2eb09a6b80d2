"""The dtype vocabulary: kinds used in types (`Float32`) and their values (`tt.float32`).

At runtime the kinds are marker classes carrying their torch dtype, and the values are the plain
`torch.dtype` objects (`tt.float32 is torch.float32`); the static view in `_dtypes.pyi` makes each
kind a subclass of `torch.dtype`.
"""

from __future__ import annotations

from typing import ClassVar

import torch


class DType:
    """Base of the dtype kinds; `Tensor[CPU, DType, ...]` accepts any dtype."""

    torch_dtype: ClassVar[torch.dtype | None] = None


class Floating(DType):
    """Real floating-point dtypes."""


class ComplexFloating(DType):
    """Complex dtypes."""


class Integer(DType):
    """Integer dtypes (signed and unsigned)."""


class BoolDType(DType):
    """The boolean dtype's category."""


class Float16(Floating):
    torch_dtype = torch.float16


class BFloat16(Floating):
    torch_dtype = torch.bfloat16


class Float32(Floating):
    torch_dtype = torch.float32


class Float64(Floating):
    torch_dtype = torch.float64


class Complex64(ComplexFloating):
    torch_dtype = torch.complex64


class Complex128(ComplexFloating):
    torch_dtype = torch.complex128


class Int8(Integer):
    torch_dtype = torch.int8


class Int16(Integer):
    torch_dtype = torch.int16


class Int32(Integer):
    torch_dtype = torch.int32


class Int64(Integer):
    torch_dtype = torch.int64


class UInt8(Integer):
    torch_dtype = torch.uint8


class Bool(BoolDType):
    torch_dtype = torch.bool


float16 = torch.float16
half = torch.float16
bfloat16 = torch.bfloat16
float32 = torch.float32
float = torch.float32
float64 = torch.float64
double = torch.float64
complex64 = torch.complex64
cfloat = torch.complex64
complex128 = torch.complex128
cdouble = torch.complex128
int8 = torch.int8
int16 = torch.int16
short = torch.int16
int32 = torch.int32
int = torch.int32
int64 = torch.int64
long = torch.int64
uint8 = torch.uint8
bool = torch.bool

_KINDS: dict[torch.dtype, type[DType]] = {
    kind.torch_dtype: kind
    for kind in (
        Float16,
        BFloat16,
        Float32,
        Float64,
        Complex64,
        Complex128,
        Int8,
        Int16,
        Int32,
        Int64,
        UInt8,
        Bool,
    )  # type: ignore[misc]
}


def dtype_kind(dtype: torch.dtype) -> type[DType]:
    """The dtype kind (`Float32`, `Int64`, ...) of a torch dtype."""
    try:
        return _KINDS[dtype]
    except KeyError:
        raise ValueError(f"typedtorch has no dtype kind for torch dtype {dtype}") from None
