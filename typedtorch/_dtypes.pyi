# Static view of the dtype vocabulary. Each dtype kind is a subclass of `torch.dtype`, so its
# value (`tt.float32`) is accepted wherever torch takes a dtype and carries its kind in the type.
from typing import Final

import torch

class DType(torch.dtype):
    """Base of the dtype kinds; `Tensor[CPU, DType, ...]` accepts any dtype."""

class Floating(DType):
    """Real floating-point dtypes."""

class ComplexFloating(DType):
    """Complex dtypes."""

class Integer(DType):
    """Integer dtypes (signed and unsigned)."""

class BoolDType(DType):
    """The boolean dtype's category."""

class Float16(Floating): ...
class BFloat16(Floating): ...
class Float32(Floating): ...
class Float64(Floating): ...
class Complex64(ComplexFloating): ...
class Complex128(ComplexFloating): ...
class Int8(Integer): ...
class Int16(Integer): ...
class Int32(Integer): ...
class Int64(Integer): ...
class UInt8(Integer): ...
class Bool(BoolDType): ...

float16: Final[Float16]
half: Final[Float16]
bfloat16: Final[BFloat16]
float32: Final[Float32]
float: Final[Float32]
float64: Final[Float64]
double: Final[Float64]
complex64: Final[Complex64]
cfloat: Final[Complex64]
complex128: Final[Complex128]
cdouble: Final[Complex128]
int8: Final[Int8]
int16: Final[Int16]
short: Final[Int16]
int32: Final[Int32]
int: Final[Int32]
int64: Final[Int64]
long: Final[Int64]
uint8: Final[UInt8]
bool: Final[Bool]

def dtype_kind(dtype: torch.dtype) -> type[DType]: ...
