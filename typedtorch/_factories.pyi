# Static view of the tensor factories (`tt.zeros`, `tt.arange`, `tt.tensor`, ...).
#
# At runtime these are torch's own functions (see `_factories.py`). Here each is overloaded along
# two axes, so that plain mypy and pyright already know the result's device and dtype:
#   dtype:  a typedtorch dtype value (`tt.float64: Float64`) -> that kind; omitted/None -> torch's
#           default for the factory (TypeVar defaults: Float32, or Int64 for `randint` and integer
#           `arange`, the data's kind for `full`/`tensor`, the input's for `*_like`);
#           torch's own `torch.float64` (typed `torch.dtype`) -> `Any`.
#   device: a typedtorch device value (`tt.cuda: CUDA`) -> that kind; omitted/None -> CPU (the
#           input's for `*_like`); the strings "cpu" and "cuda" -> CPU and CUDA; any other
#           device -> `Any`.
# Shapes are `*tuple[Any, ...]` (the `*_like` factories keep the input's shape): only the mypy
# plugin reads sizes off the call; it also maps `torch.float64` to `Float64`.
#
# `out=` is left out on purpose: a typed result is a new tensor.

from collections.abc import Sequence
from typing import Any, Literal, TypeAlias, overload

import torch
from typing_extensions import TypeVar, TypeVarTuple

from ._devices import CPU, CUDA, Device
from ._dtypes import Bool, Complex64, DType, Float32, Int64
from ._tensor import Tensor

_int = int
_float = float
_bool = bool

_D = TypeVar("_D", bound=Device, default=CPU)
_T = TypeVar("_T", bound=DType)
_TF = TypeVar("_TF", bound=DType, default=Float32)
_TI = TypeVar("_TI", bound=DType, default=Int64)
# `*_like`: the input's device and dtype unless given.
_D0 = TypeVar("_D0", bound=Device)
_T0 = TypeVar("_T0", bound=DType)
_DL = TypeVar("_DL", bound=Device, default=_D0)
_TL = TypeVar("_TL", bound=DType, default=_T0)
_S = TypeVarTuple("_S")

_Number: TypeAlias = _bool | _int | _float | complex
_Size: TypeAlias = Sequence[_int]
_OtherDevice: TypeAlias = torch.device | str | _int
# Nested sequences of one scalar kind: what `tensor(data)` infers its dtype from.
# (Empty data comes first: `[]` matches every kind, and torch makes it float32.)
_NestedEmpty: TypeAlias = Sequence[_NestedEmpty]
_NestedBool: TypeAlias = _bool | Sequence[_NestedBool]
_NestedInt: TypeAlias = _int | Sequence[_NestedInt]
_NestedFloat: TypeAlias = _float | Sequence[_NestedFloat]
_NestedComplex: TypeAlias = complex | Sequence[_NestedComplex]

@overload
def zeros(
    *size: _int | _Size,
    dtype: _TF | None = None,
    layout: torch.layout | None = None,
    device: _D | None = None,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[_D, _TF, *tuple[Any, ...]]: ...
@overload
def zeros(
    *size: _int | _Size,
    dtype: _TF | None = None,
    layout: torch.layout | None = None,
    device: Literal["cpu"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[CPU, _TF, *tuple[Any, ...]]: ...
@overload
def zeros(
    *size: _int | _Size,
    dtype: _TF | None = None,
    layout: torch.layout | None = None,
    device: Literal["cuda"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[CUDA, _TF, *tuple[Any, ...]]: ...
@overload
def zeros(
    *size: _int | _Size,
    dtype: _TF | None = None,
    layout: torch.layout | None = None,
    device: _OtherDevice,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[Any, _TF, *tuple[Any, ...]]: ...
@overload
def zeros(
    *size: _int | _Size,
    dtype: torch.dtype,
    layout: torch.layout | None = None,
    device: _D | None = None,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[_D, Any, *tuple[Any, ...]]: ...
@overload
def zeros(
    *size: _int | _Size,
    dtype: torch.dtype,
    layout: torch.layout | None = None,
    device: Literal["cpu"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[CPU, Any, *tuple[Any, ...]]: ...
@overload
def zeros(
    *size: _int | _Size,
    dtype: torch.dtype,
    layout: torch.layout | None = None,
    device: Literal["cuda"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[CUDA, Any, *tuple[Any, ...]]: ...
@overload
def zeros(
    *size: _int | _Size,
    dtype: torch.dtype,
    layout: torch.layout | None = None,
    device: _OtherDevice,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[Any, Any, *tuple[Any, ...]]: ...
@overload
def ones(
    *size: _int | _Size,
    dtype: _TF | None = None,
    layout: torch.layout | None = None,
    device: _D | None = None,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[_D, _TF, *tuple[Any, ...]]: ...
@overload
def ones(
    *size: _int | _Size,
    dtype: _TF | None = None,
    layout: torch.layout | None = None,
    device: Literal["cpu"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[CPU, _TF, *tuple[Any, ...]]: ...
@overload
def ones(
    *size: _int | _Size,
    dtype: _TF | None = None,
    layout: torch.layout | None = None,
    device: Literal["cuda"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[CUDA, _TF, *tuple[Any, ...]]: ...
@overload
def ones(
    *size: _int | _Size,
    dtype: _TF | None = None,
    layout: torch.layout | None = None,
    device: _OtherDevice,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[Any, _TF, *tuple[Any, ...]]: ...
@overload
def ones(
    *size: _int | _Size,
    dtype: torch.dtype,
    layout: torch.layout | None = None,
    device: _D | None = None,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[_D, Any, *tuple[Any, ...]]: ...
@overload
def ones(
    *size: _int | _Size,
    dtype: torch.dtype,
    layout: torch.layout | None = None,
    device: Literal["cpu"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[CPU, Any, *tuple[Any, ...]]: ...
@overload
def ones(
    *size: _int | _Size,
    dtype: torch.dtype,
    layout: torch.layout | None = None,
    device: Literal["cuda"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[CUDA, Any, *tuple[Any, ...]]: ...
@overload
def ones(
    *size: _int | _Size,
    dtype: torch.dtype,
    layout: torch.layout | None = None,
    device: _OtherDevice,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[Any, Any, *tuple[Any, ...]]: ...
@overload
def empty(
    *size: _int | _Size,
    dtype: _TF | None = None,
    layout: torch.layout | None = None,
    device: _D | None = None,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
    memory_format: torch.memory_format | None = None,
) -> Tensor[_D, _TF, *tuple[Any, ...]]: ...
@overload
def empty(
    *size: _int | _Size,
    dtype: _TF | None = None,
    layout: torch.layout | None = None,
    device: Literal["cpu"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
    memory_format: torch.memory_format | None = None,
) -> Tensor[CPU, _TF, *tuple[Any, ...]]: ...
@overload
def empty(
    *size: _int | _Size,
    dtype: _TF | None = None,
    layout: torch.layout | None = None,
    device: Literal["cuda"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
    memory_format: torch.memory_format | None = None,
) -> Tensor[CUDA, _TF, *tuple[Any, ...]]: ...
@overload
def empty(
    *size: _int | _Size,
    dtype: _TF | None = None,
    layout: torch.layout | None = None,
    device: _OtherDevice,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
    memory_format: torch.memory_format | None = None,
) -> Tensor[Any, _TF, *tuple[Any, ...]]: ...
@overload
def empty(
    *size: _int | _Size,
    dtype: torch.dtype,
    layout: torch.layout | None = None,
    device: _D | None = None,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
    memory_format: torch.memory_format | None = None,
) -> Tensor[_D, Any, *tuple[Any, ...]]: ...
@overload
def empty(
    *size: _int | _Size,
    dtype: torch.dtype,
    layout: torch.layout | None = None,
    device: Literal["cpu"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
    memory_format: torch.memory_format | None = None,
) -> Tensor[CPU, Any, *tuple[Any, ...]]: ...
@overload
def empty(
    *size: _int | _Size,
    dtype: torch.dtype,
    layout: torch.layout | None = None,
    device: Literal["cuda"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
    memory_format: torch.memory_format | None = None,
) -> Tensor[CUDA, Any, *tuple[Any, ...]]: ...
@overload
def empty(
    *size: _int | _Size,
    dtype: torch.dtype,
    layout: torch.layout | None = None,
    device: _OtherDevice,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
    memory_format: torch.memory_format | None = None,
) -> Tensor[Any, Any, *tuple[Any, ...]]: ...
@overload
def rand(
    *size: _int | _Size,
    generator: torch.Generator | None = None,
    dtype: _TF | None = None,
    layout: torch.layout | None = None,
    device: _D | None = None,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[_D, _TF, *tuple[Any, ...]]: ...
@overload
def rand(
    *size: _int | _Size,
    generator: torch.Generator | None = None,
    dtype: _TF | None = None,
    layout: torch.layout | None = None,
    device: Literal["cpu"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[CPU, _TF, *tuple[Any, ...]]: ...
@overload
def rand(
    *size: _int | _Size,
    generator: torch.Generator | None = None,
    dtype: _TF | None = None,
    layout: torch.layout | None = None,
    device: Literal["cuda"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[CUDA, _TF, *tuple[Any, ...]]: ...
@overload
def rand(
    *size: _int | _Size,
    generator: torch.Generator | None = None,
    dtype: _TF | None = None,
    layout: torch.layout | None = None,
    device: _OtherDevice,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[Any, _TF, *tuple[Any, ...]]: ...
@overload
def rand(
    *size: _int | _Size,
    generator: torch.Generator | None = None,
    dtype: torch.dtype,
    layout: torch.layout | None = None,
    device: _D | None = None,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[_D, Any, *tuple[Any, ...]]: ...
@overload
def rand(
    *size: _int | _Size,
    generator: torch.Generator | None = None,
    dtype: torch.dtype,
    layout: torch.layout | None = None,
    device: Literal["cpu"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[CPU, Any, *tuple[Any, ...]]: ...
@overload
def rand(
    *size: _int | _Size,
    generator: torch.Generator | None = None,
    dtype: torch.dtype,
    layout: torch.layout | None = None,
    device: Literal["cuda"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[CUDA, Any, *tuple[Any, ...]]: ...
@overload
def rand(
    *size: _int | _Size,
    generator: torch.Generator | None = None,
    dtype: torch.dtype,
    layout: torch.layout | None = None,
    device: _OtherDevice,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[Any, Any, *tuple[Any, ...]]: ...
@overload
def randn(
    *size: _int | _Size,
    generator: torch.Generator | None = None,
    dtype: _TF | None = None,
    layout: torch.layout | None = None,
    device: _D | None = None,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[_D, _TF, *tuple[Any, ...]]: ...
@overload
def randn(
    *size: _int | _Size,
    generator: torch.Generator | None = None,
    dtype: _TF | None = None,
    layout: torch.layout | None = None,
    device: Literal["cpu"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[CPU, _TF, *tuple[Any, ...]]: ...
@overload
def randn(
    *size: _int | _Size,
    generator: torch.Generator | None = None,
    dtype: _TF | None = None,
    layout: torch.layout | None = None,
    device: Literal["cuda"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[CUDA, _TF, *tuple[Any, ...]]: ...
@overload
def randn(
    *size: _int | _Size,
    generator: torch.Generator | None = None,
    dtype: _TF | None = None,
    layout: torch.layout | None = None,
    device: _OtherDevice,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[Any, _TF, *tuple[Any, ...]]: ...
@overload
def randn(
    *size: _int | _Size,
    generator: torch.Generator | None = None,
    dtype: torch.dtype,
    layout: torch.layout | None = None,
    device: _D | None = None,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[_D, Any, *tuple[Any, ...]]: ...
@overload
def randn(
    *size: _int | _Size,
    generator: torch.Generator | None = None,
    dtype: torch.dtype,
    layout: torch.layout | None = None,
    device: Literal["cpu"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[CPU, Any, *tuple[Any, ...]]: ...
@overload
def randn(
    *size: _int | _Size,
    generator: torch.Generator | None = None,
    dtype: torch.dtype,
    layout: torch.layout | None = None,
    device: Literal["cuda"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[CUDA, Any, *tuple[Any, ...]]: ...
@overload
def randn(
    *size: _int | _Size,
    generator: torch.Generator | None = None,
    dtype: torch.dtype,
    layout: torch.layout | None = None,
    device: _OtherDevice,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[Any, Any, *tuple[Any, ...]]: ...

# The dtype follows `fill_value` unless given: bool -> Bool, int -> Int64, float -> Float32.
@overload
def full(  # type: ignore[overload-overlap]
    size: _Size,
    fill_value: _bool,
    *,
    dtype: None = None,
    layout: torch.layout | None = None,
    device: _D | None = None,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[_D, Bool, *tuple[Any, ...]]: ...
@overload
def full(  # type: ignore[overload-overlap]
    size: _Size,
    fill_value: _bool,
    *,
    dtype: None = None,
    layout: torch.layout | None = None,
    device: Literal["cpu"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[CPU, Bool, *tuple[Any, ...]]: ...
@overload
def full(  # type: ignore[overload-overlap]
    size: _Size,
    fill_value: _bool,
    *,
    dtype: None = None,
    layout: torch.layout | None = None,
    device: Literal["cuda"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[CUDA, Bool, *tuple[Any, ...]]: ...
@overload
def full(  # type: ignore[overload-overlap]
    size: _Size,
    fill_value: _bool,
    *,
    dtype: None = None,
    layout: torch.layout | None = None,
    device: _OtherDevice,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[Any, Bool, *tuple[Any, ...]]: ...
@overload
def full(
    size: _Size,
    fill_value: _int,
    *,
    dtype: None = None,
    layout: torch.layout | None = None,
    device: _D | None = None,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[_D, Int64, *tuple[Any, ...]]: ...
@overload
def full(
    size: _Size,
    fill_value: _int,
    *,
    dtype: None = None,
    layout: torch.layout | None = None,
    device: Literal["cpu"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[CPU, Int64, *tuple[Any, ...]]: ...
@overload
def full(
    size: _Size,
    fill_value: _int,
    *,
    dtype: None = None,
    layout: torch.layout | None = None,
    device: Literal["cuda"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[CUDA, Int64, *tuple[Any, ...]]: ...
@overload
def full(
    size: _Size,
    fill_value: _int,
    *,
    dtype: None = None,
    layout: torch.layout | None = None,
    device: _OtherDevice,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[Any, Int64, *tuple[Any, ...]]: ...
@overload
def full(
    size: _Size,
    fill_value: _float,
    *,
    dtype: None = None,
    layout: torch.layout | None = None,
    device: _D | None = None,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[_D, Float32, *tuple[Any, ...]]: ...
@overload
def full(
    size: _Size,
    fill_value: _float,
    *,
    dtype: None = None,
    layout: torch.layout | None = None,
    device: Literal["cpu"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[CPU, Float32, *tuple[Any, ...]]: ...
@overload
def full(
    size: _Size,
    fill_value: _float,
    *,
    dtype: None = None,
    layout: torch.layout | None = None,
    device: Literal["cuda"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[CUDA, Float32, *tuple[Any, ...]]: ...
@overload
def full(
    size: _Size,
    fill_value: _float,
    *,
    dtype: None = None,
    layout: torch.layout | None = None,
    device: _OtherDevice,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[Any, Float32, *tuple[Any, ...]]: ...
@overload
def full(
    size: _Size,
    fill_value: complex,
    *,
    dtype: None = None,
    layout: torch.layout | None = None,
    device: _D | None = None,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[_D, Complex64, *tuple[Any, ...]]: ...
@overload
def full(
    size: _Size,
    fill_value: complex,
    *,
    dtype: None = None,
    layout: torch.layout | None = None,
    device: Literal["cpu"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[CPU, Complex64, *tuple[Any, ...]]: ...
@overload
def full(
    size: _Size,
    fill_value: complex,
    *,
    dtype: None = None,
    layout: torch.layout | None = None,
    device: Literal["cuda"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[CUDA, Complex64, *tuple[Any, ...]]: ...
@overload
def full(
    size: _Size,
    fill_value: complex,
    *,
    dtype: None = None,
    layout: torch.layout | None = None,
    device: _OtherDevice,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[Any, Complex64, *tuple[Any, ...]]: ...
@overload
def full(
    size: _Size,
    fill_value: _Number,
    *,
    dtype: _T,
    layout: torch.layout | None = None,
    device: _D | None = None,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[_D, _T, *tuple[Any, ...]]: ...
@overload
def full(
    size: _Size,
    fill_value: _Number,
    *,
    dtype: _T,
    layout: torch.layout | None = None,
    device: Literal["cpu"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[CPU, _T, *tuple[Any, ...]]: ...
@overload
def full(
    size: _Size,
    fill_value: _Number,
    *,
    dtype: _T,
    layout: torch.layout | None = None,
    device: Literal["cuda"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[CUDA, _T, *tuple[Any, ...]]: ...
@overload
def full(
    size: _Size,
    fill_value: _Number,
    *,
    dtype: _T,
    layout: torch.layout | None = None,
    device: _OtherDevice,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[Any, _T, *tuple[Any, ...]]: ...
@overload
def full(
    size: _Size,
    fill_value: _Number,
    *,
    dtype: torch.dtype,
    layout: torch.layout | None = None,
    device: _D | None = None,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[_D, Any, *tuple[Any, ...]]: ...
@overload
def full(
    size: _Size,
    fill_value: _Number,
    *,
    dtype: torch.dtype,
    layout: torch.layout | None = None,
    device: Literal["cpu"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[CPU, Any, *tuple[Any, ...]]: ...
@overload
def full(
    size: _Size,
    fill_value: _Number,
    *,
    dtype: torch.dtype,
    layout: torch.layout | None = None,
    device: Literal["cuda"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[CUDA, Any, *tuple[Any, ...]]: ...
@overload
def full(
    size: _Size,
    fill_value: _Number,
    *,
    dtype: torch.dtype,
    layout: torch.layout | None = None,
    device: _OtherDevice,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[Any, Any, *tuple[Any, ...]]: ...

# `randint(high, size)` and `randint(low, high, size)`; int64 unless given.
@overload
def randint(
    high: _int,
    size: _Size,
    *,
    generator: torch.Generator | None = None,
    dtype: _TI | None = None,
    layout: torch.layout | None = None,
    device: _D | None = None,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[_D, _TI, *tuple[Any, ...]]: ...
@overload
def randint(
    high: _int,
    size: _Size,
    *,
    generator: torch.Generator | None = None,
    dtype: _TI | None = None,
    layout: torch.layout | None = None,
    device: Literal["cpu"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[CPU, _TI, *tuple[Any, ...]]: ...
@overload
def randint(
    high: _int,
    size: _Size,
    *,
    generator: torch.Generator | None = None,
    dtype: _TI | None = None,
    layout: torch.layout | None = None,
    device: Literal["cuda"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[CUDA, _TI, *tuple[Any, ...]]: ...
@overload
def randint(
    high: _int,
    size: _Size,
    *,
    generator: torch.Generator | None = None,
    dtype: _TI | None = None,
    layout: torch.layout | None = None,
    device: _OtherDevice,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[Any, _TI, *tuple[Any, ...]]: ...
@overload
def randint(
    high: _int,
    size: _Size,
    *,
    generator: torch.Generator | None = None,
    dtype: torch.dtype,
    layout: torch.layout | None = None,
    device: _D | None = None,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[_D, Any, *tuple[Any, ...]]: ...
@overload
def randint(
    high: _int,
    size: _Size,
    *,
    generator: torch.Generator | None = None,
    dtype: torch.dtype,
    layout: torch.layout | None = None,
    device: Literal["cpu"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[CPU, Any, *tuple[Any, ...]]: ...
@overload
def randint(
    high: _int,
    size: _Size,
    *,
    generator: torch.Generator | None = None,
    dtype: torch.dtype,
    layout: torch.layout | None = None,
    device: Literal["cuda"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[CUDA, Any, *tuple[Any, ...]]: ...
@overload
def randint(
    high: _int,
    size: _Size,
    *,
    generator: torch.Generator | None = None,
    dtype: torch.dtype,
    layout: torch.layout | None = None,
    device: _OtherDevice,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[Any, Any, *tuple[Any, ...]]: ...
@overload
def randint(
    low: _int,
    high: _int,
    size: _Size,
    *,
    generator: torch.Generator | None = None,
    dtype: _TI | None = None,
    layout: torch.layout | None = None,
    device: _D | None = None,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[_D, _TI, *tuple[Any, ...]]: ...
@overload
def randint(
    low: _int,
    high: _int,
    size: _Size,
    *,
    generator: torch.Generator | None = None,
    dtype: _TI | None = None,
    layout: torch.layout | None = None,
    device: Literal["cpu"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[CPU, _TI, *tuple[Any, ...]]: ...
@overload
def randint(
    low: _int,
    high: _int,
    size: _Size,
    *,
    generator: torch.Generator | None = None,
    dtype: _TI | None = None,
    layout: torch.layout | None = None,
    device: Literal["cuda"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[CUDA, _TI, *tuple[Any, ...]]: ...
@overload
def randint(
    low: _int,
    high: _int,
    size: _Size,
    *,
    generator: torch.Generator | None = None,
    dtype: _TI | None = None,
    layout: torch.layout | None = None,
    device: _OtherDevice,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[Any, _TI, *tuple[Any, ...]]: ...
@overload
def randint(
    low: _int,
    high: _int,
    size: _Size,
    *,
    generator: torch.Generator | None = None,
    dtype: torch.dtype,
    layout: torch.layout | None = None,
    device: _D | None = None,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[_D, Any, *tuple[Any, ...]]: ...
@overload
def randint(
    low: _int,
    high: _int,
    size: _Size,
    *,
    generator: torch.Generator | None = None,
    dtype: torch.dtype,
    layout: torch.layout | None = None,
    device: Literal["cpu"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[CPU, Any, *tuple[Any, ...]]: ...
@overload
def randint(
    low: _int,
    high: _int,
    size: _Size,
    *,
    generator: torch.Generator | None = None,
    dtype: torch.dtype,
    layout: torch.layout | None = None,
    device: Literal["cuda"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[CUDA, Any, *tuple[Any, ...]]: ...
@overload
def randint(
    low: _int,
    high: _int,
    size: _Size,
    *,
    generator: torch.Generator | None = None,
    dtype: torch.dtype,
    layout: torch.layout | None = None,
    device: _OtherDevice,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[Any, Any, *tuple[Any, ...]]: ...

# `arange(end)` and `arange(start, end, step=1)`; int64 when every bound is an int.
@overload
def arange(
    end: _int,
    *,
    dtype: _TI | None = None,
    layout: torch.layout | None = None,
    device: _D | None = None,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[_D, _TI, *tuple[Any, ...]]: ...
@overload
def arange(
    end: _int,
    *,
    dtype: _TI | None = None,
    layout: torch.layout | None = None,
    device: Literal["cpu"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[CPU, _TI, *tuple[Any, ...]]: ...
@overload
def arange(
    end: _int,
    *,
    dtype: _TI | None = None,
    layout: torch.layout | None = None,
    device: Literal["cuda"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[CUDA, _TI, *tuple[Any, ...]]: ...
@overload
def arange(
    end: _int,
    *,
    dtype: _TI | None = None,
    layout: torch.layout | None = None,
    device: _OtherDevice,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[Any, _TI, *tuple[Any, ...]]: ...
@overload
def arange(
    end: _float,
    *,
    dtype: _TF | None = None,
    layout: torch.layout | None = None,
    device: _D | None = None,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[_D, _TF, *tuple[Any, ...]]: ...
@overload
def arange(
    end: _float,
    *,
    dtype: _TF | None = None,
    layout: torch.layout | None = None,
    device: Literal["cpu"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[CPU, _TF, *tuple[Any, ...]]: ...
@overload
def arange(
    end: _float,
    *,
    dtype: _TF | None = None,
    layout: torch.layout | None = None,
    device: Literal["cuda"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[CUDA, _TF, *tuple[Any, ...]]: ...
@overload
def arange(
    end: _float,
    *,
    dtype: _TF | None = None,
    layout: torch.layout | None = None,
    device: _OtherDevice,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[Any, _TF, *tuple[Any, ...]]: ...
@overload
def arange(
    end: _float,
    *,
    dtype: torch.dtype,
    layout: torch.layout | None = None,
    device: _D | None = None,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[_D, Any, *tuple[Any, ...]]: ...
@overload
def arange(
    end: _float,
    *,
    dtype: torch.dtype,
    layout: torch.layout | None = None,
    device: Literal["cpu"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[CPU, Any, *tuple[Any, ...]]: ...
@overload
def arange(
    end: _float,
    *,
    dtype: torch.dtype,
    layout: torch.layout | None = None,
    device: Literal["cuda"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[CUDA, Any, *tuple[Any, ...]]: ...
@overload
def arange(
    end: _float,
    *,
    dtype: torch.dtype,
    layout: torch.layout | None = None,
    device: _OtherDevice,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[Any, Any, *tuple[Any, ...]]: ...
@overload
def arange(
    start: _int,
    end: _int,
    step: _int = 1,
    *,
    dtype: _TI | None = None,
    layout: torch.layout | None = None,
    device: _D | None = None,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[_D, _TI, *tuple[Any, ...]]: ...
@overload
def arange(
    start: _int,
    end: _int,
    step: _int = 1,
    *,
    dtype: _TI | None = None,
    layout: torch.layout | None = None,
    device: Literal["cpu"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[CPU, _TI, *tuple[Any, ...]]: ...
@overload
def arange(
    start: _int,
    end: _int,
    step: _int = 1,
    *,
    dtype: _TI | None = None,
    layout: torch.layout | None = None,
    device: Literal["cuda"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[CUDA, _TI, *tuple[Any, ...]]: ...
@overload
def arange(
    start: _int,
    end: _int,
    step: _int = 1,
    *,
    dtype: _TI | None = None,
    layout: torch.layout | None = None,
    device: _OtherDevice,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[Any, _TI, *tuple[Any, ...]]: ...
@overload
def arange(
    start: _float,
    end: _float,
    step: _float = 1,
    *,
    dtype: _TF | None = None,
    layout: torch.layout | None = None,
    device: _D | None = None,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[_D, _TF, *tuple[Any, ...]]: ...
@overload
def arange(
    start: _float,
    end: _float,
    step: _float = 1,
    *,
    dtype: _TF | None = None,
    layout: torch.layout | None = None,
    device: Literal["cpu"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[CPU, _TF, *tuple[Any, ...]]: ...
@overload
def arange(
    start: _float,
    end: _float,
    step: _float = 1,
    *,
    dtype: _TF | None = None,
    layout: torch.layout | None = None,
    device: Literal["cuda"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[CUDA, _TF, *tuple[Any, ...]]: ...
@overload
def arange(
    start: _float,
    end: _float,
    step: _float = 1,
    *,
    dtype: _TF | None = None,
    layout: torch.layout | None = None,
    device: _OtherDevice,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[Any, _TF, *tuple[Any, ...]]: ...
@overload
def arange(
    start: _float,
    end: _float,
    step: _float = 1,
    *,
    dtype: torch.dtype,
    layout: torch.layout | None = None,
    device: _D | None = None,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[_D, Any, *tuple[Any, ...]]: ...
@overload
def arange(
    start: _float,
    end: _float,
    step: _float = 1,
    *,
    dtype: torch.dtype,
    layout: torch.layout | None = None,
    device: Literal["cpu"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[CPU, Any, *tuple[Any, ...]]: ...
@overload
def arange(
    start: _float,
    end: _float,
    step: _float = 1,
    *,
    dtype: torch.dtype,
    layout: torch.layout | None = None,
    device: Literal["cuda"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[CUDA, Any, *tuple[Any, ...]]: ...
@overload
def arange(
    start: _float,
    end: _float,
    step: _float = 1,
    *,
    dtype: torch.dtype,
    layout: torch.layout | None = None,
    device: _OtherDevice,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[Any, Any, *tuple[Any, ...]]: ...
@overload
def linspace(
    start: _float,
    end: _float,
    steps: _int,
    *,
    dtype: _TF | None = None,
    layout: torch.layout | None = None,
    device: _D | None = None,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[_D, _TF, *tuple[Any, ...]]: ...
@overload
def linspace(
    start: _float,
    end: _float,
    steps: _int,
    *,
    dtype: _TF | None = None,
    layout: torch.layout | None = None,
    device: Literal["cpu"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[CPU, _TF, *tuple[Any, ...]]: ...
@overload
def linspace(
    start: _float,
    end: _float,
    steps: _int,
    *,
    dtype: _TF | None = None,
    layout: torch.layout | None = None,
    device: Literal["cuda"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[CUDA, _TF, *tuple[Any, ...]]: ...
@overload
def linspace(
    start: _float,
    end: _float,
    steps: _int,
    *,
    dtype: _TF | None = None,
    layout: torch.layout | None = None,
    device: _OtherDevice,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[Any, _TF, *tuple[Any, ...]]: ...
@overload
def linspace(
    start: _float,
    end: _float,
    steps: _int,
    *,
    dtype: torch.dtype,
    layout: torch.layout | None = None,
    device: _D | None = None,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[_D, Any, *tuple[Any, ...]]: ...
@overload
def linspace(
    start: _float,
    end: _float,
    steps: _int,
    *,
    dtype: torch.dtype,
    layout: torch.layout | None = None,
    device: Literal["cpu"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[CPU, Any, *tuple[Any, ...]]: ...
@overload
def linspace(
    start: _float,
    end: _float,
    steps: _int,
    *,
    dtype: torch.dtype,
    layout: torch.layout | None = None,
    device: Literal["cuda"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[CUDA, Any, *tuple[Any, ...]]: ...
@overload
def linspace(
    start: _float,
    end: _float,
    steps: _int,
    *,
    dtype: torch.dtype,
    layout: torch.layout | None = None,
    device: _OtherDevice,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[Any, Any, *tuple[Any, ...]]: ...
@overload
def eye(
    n: _int,
    m: _int | None = None,
    *,
    dtype: _TF | None = None,
    layout: torch.layout | None = None,
    device: _D | None = None,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[_D, _TF, *tuple[Any, ...]]: ...
@overload
def eye(
    n: _int,
    m: _int | None = None,
    *,
    dtype: _TF | None = None,
    layout: torch.layout | None = None,
    device: Literal["cpu"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[CPU, _TF, *tuple[Any, ...]]: ...
@overload
def eye(
    n: _int,
    m: _int | None = None,
    *,
    dtype: _TF | None = None,
    layout: torch.layout | None = None,
    device: Literal["cuda"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[CUDA, _TF, *tuple[Any, ...]]: ...
@overload
def eye(
    n: _int,
    m: _int | None = None,
    *,
    dtype: _TF | None = None,
    layout: torch.layout | None = None,
    device: _OtherDevice,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[Any, _TF, *tuple[Any, ...]]: ...
@overload
def eye(
    n: _int,
    m: _int | None = None,
    *,
    dtype: torch.dtype,
    layout: torch.layout | None = None,
    device: _D | None = None,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[_D, Any, *tuple[Any, ...]]: ...
@overload
def eye(
    n: _int,
    m: _int | None = None,
    *,
    dtype: torch.dtype,
    layout: torch.layout | None = None,
    device: Literal["cpu"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[CPU, Any, *tuple[Any, ...]]: ...
@overload
def eye(
    n: _int,
    m: _int | None = None,
    *,
    dtype: torch.dtype,
    layout: torch.layout | None = None,
    device: Literal["cuda"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[CUDA, Any, *tuple[Any, ...]]: ...
@overload
def eye(
    n: _int,
    m: _int | None = None,
    *,
    dtype: torch.dtype,
    layout: torch.layout | None = None,
    device: _OtherDevice,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
) -> Tensor[Any, Any, *tuple[Any, ...]]: ...

# The dtype follows the data unless given: the widest of bool < int64 < float32 < complex64
# (float32 for empty data).
@overload
def tensor(  # type: ignore[overload-overlap]
    data: _NestedEmpty,
    *,
    dtype: None = None,
    device: _D | None = None,
    requires_grad: _bool | None = False,
    pin_memory: _bool | None = False,
) -> Tensor[_D, Float32, *tuple[Any, ...]]: ...
@overload
def tensor(  # type: ignore[overload-overlap]
    data: _NestedEmpty,
    *,
    dtype: None = None,
    device: Literal["cpu"],
    requires_grad: _bool | None = False,
    pin_memory: _bool | None = False,
) -> Tensor[CPU, Float32, *tuple[Any, ...]]: ...
@overload
def tensor(  # type: ignore[overload-overlap]
    data: _NestedEmpty,
    *,
    dtype: None = None,
    device: Literal["cuda"],
    requires_grad: _bool | None = False,
    pin_memory: _bool | None = False,
) -> Tensor[CUDA, Float32, *tuple[Any, ...]]: ...
@overload
def tensor(  # type: ignore[overload-overlap]
    data: _NestedEmpty,
    *,
    dtype: None = None,
    device: _OtherDevice,
    requires_grad: _bool | None = False,
    pin_memory: _bool | None = False,
) -> Tensor[Any, Float32, *tuple[Any, ...]]: ...
@overload
def tensor(  # type: ignore[overload-overlap]
    data: _NestedBool,
    *,
    dtype: None = None,
    device: _D | None = None,
    requires_grad: _bool | None = False,
    pin_memory: _bool | None = False,
) -> Tensor[_D, Bool, *tuple[Any, ...]]: ...
@overload
def tensor(  # type: ignore[overload-overlap]
    data: _NestedBool,
    *,
    dtype: None = None,
    device: Literal["cpu"],
    requires_grad: _bool | None = False,
    pin_memory: _bool | None = False,
) -> Tensor[CPU, Bool, *tuple[Any, ...]]: ...
@overload
def tensor(  # type: ignore[overload-overlap]
    data: _NestedBool,
    *,
    dtype: None = None,
    device: Literal["cuda"],
    requires_grad: _bool | None = False,
    pin_memory: _bool | None = False,
) -> Tensor[CUDA, Bool, *tuple[Any, ...]]: ...
@overload
def tensor(  # type: ignore[overload-overlap]
    data: _NestedBool,
    *,
    dtype: None = None,
    device: _OtherDevice,
    requires_grad: _bool | None = False,
    pin_memory: _bool | None = False,
) -> Tensor[Any, Bool, *tuple[Any, ...]]: ...
@overload
def tensor(  # type: ignore[overload-overlap]
    data: _NestedInt,
    *,
    dtype: None = None,
    device: _D | None = None,
    requires_grad: _bool | None = False,
    pin_memory: _bool | None = False,
) -> Tensor[_D, Int64, *tuple[Any, ...]]: ...
@overload
def tensor(  # type: ignore[overload-overlap]
    data: _NestedInt,
    *,
    dtype: None = None,
    device: Literal["cpu"],
    requires_grad: _bool | None = False,
    pin_memory: _bool | None = False,
) -> Tensor[CPU, Int64, *tuple[Any, ...]]: ...
@overload
def tensor(  # type: ignore[overload-overlap]
    data: _NestedInt,
    *,
    dtype: None = None,
    device: Literal["cuda"],
    requires_grad: _bool | None = False,
    pin_memory: _bool | None = False,
) -> Tensor[CUDA, Int64, *tuple[Any, ...]]: ...
@overload
def tensor(  # type: ignore[overload-overlap]
    data: _NestedInt,
    *,
    dtype: None = None,
    device: _OtherDevice,
    requires_grad: _bool | None = False,
    pin_memory: _bool | None = False,
) -> Tensor[Any, Int64, *tuple[Any, ...]]: ...
@overload
def tensor(  # type: ignore[overload-overlap]
    data: _NestedFloat,
    *,
    dtype: None = None,
    device: _D | None = None,
    requires_grad: _bool | None = False,
    pin_memory: _bool | None = False,
) -> Tensor[_D, Float32, *tuple[Any, ...]]: ...
@overload
def tensor(  # type: ignore[overload-overlap]
    data: _NestedFloat,
    *,
    dtype: None = None,
    device: Literal["cpu"],
    requires_grad: _bool | None = False,
    pin_memory: _bool | None = False,
) -> Tensor[CPU, Float32, *tuple[Any, ...]]: ...
@overload
def tensor(  # type: ignore[overload-overlap]
    data: _NestedFloat,
    *,
    dtype: None = None,
    device: Literal["cuda"],
    requires_grad: _bool | None = False,
    pin_memory: _bool | None = False,
) -> Tensor[CUDA, Float32, *tuple[Any, ...]]: ...
@overload
def tensor(  # type: ignore[overload-overlap]
    data: _NestedFloat,
    *,
    dtype: None = None,
    device: _OtherDevice,
    requires_grad: _bool | None = False,
    pin_memory: _bool | None = False,
) -> Tensor[Any, Float32, *tuple[Any, ...]]: ...
@overload
def tensor(
    data: _NestedComplex,
    *,
    dtype: None = None,
    device: _D | None = None,
    requires_grad: _bool | None = False,
    pin_memory: _bool | None = False,
) -> Tensor[_D, Complex64, *tuple[Any, ...]]: ...
@overload
def tensor(
    data: _NestedComplex,
    *,
    dtype: None = None,
    device: Literal["cpu"],
    requires_grad: _bool | None = False,
    pin_memory: _bool | None = False,
) -> Tensor[CPU, Complex64, *tuple[Any, ...]]: ...
@overload
def tensor(
    data: _NestedComplex,
    *,
    dtype: None = None,
    device: Literal["cuda"],
    requires_grad: _bool | None = False,
    pin_memory: _bool | None = False,
) -> Tensor[CUDA, Complex64, *tuple[Any, ...]]: ...
@overload
def tensor(
    data: _NestedComplex,
    *,
    dtype: None = None,
    device: _OtherDevice,
    requires_grad: _bool | None = False,
    pin_memory: _bool | None = False,
) -> Tensor[Any, Complex64, *tuple[Any, ...]]: ...
@overload
def tensor(
    data: Any,
    *,
    dtype: _T,
    device: _D | None = None,
    requires_grad: _bool | None = False,
    pin_memory: _bool | None = False,
) -> Tensor[_D, _T, *tuple[Any, ...]]: ...
@overload
def tensor(
    data: Any,
    *,
    dtype: _T,
    device: Literal["cpu"],
    requires_grad: _bool | None = False,
    pin_memory: _bool | None = False,
) -> Tensor[CPU, _T, *tuple[Any, ...]]: ...
@overload
def tensor(
    data: Any,
    *,
    dtype: _T,
    device: Literal["cuda"],
    requires_grad: _bool | None = False,
    pin_memory: _bool | None = False,
) -> Tensor[CUDA, _T, *tuple[Any, ...]]: ...
@overload
def tensor(
    data: Any,
    *,
    dtype: _T,
    device: _OtherDevice,
    requires_grad: _bool | None = False,
    pin_memory: _bool | None = False,
) -> Tensor[Any, _T, *tuple[Any, ...]]: ...
@overload
def tensor(
    data: Any,
    *,
    dtype: torch.dtype,
    device: _D | None = None,
    requires_grad: _bool | None = False,
    pin_memory: _bool | None = False,
) -> Tensor[_D, Any, *tuple[Any, ...]]: ...
@overload
def tensor(
    data: Any,
    *,
    dtype: torch.dtype,
    device: Literal["cpu"],
    requires_grad: _bool | None = False,
    pin_memory: _bool | None = False,
) -> Tensor[CPU, Any, *tuple[Any, ...]]: ...
@overload
def tensor(
    data: Any,
    *,
    dtype: torch.dtype,
    device: Literal["cuda"],
    requires_grad: _bool | None = False,
    pin_memory: _bool | None = False,
) -> Tensor[CUDA, Any, *tuple[Any, ...]]: ...
@overload
def tensor(
    data: Any,
    *,
    dtype: torch.dtype,
    device: _OtherDevice,
    requires_grad: _bool | None = False,
    pin_memory: _bool | None = False,
) -> Tensor[Any, Any, *tuple[Any, ...]]: ...
@overload
def tensor(
    data: Any,
    *,
    dtype: None = None,
    device: _D | None = None,
    requires_grad: _bool | None = False,
    pin_memory: _bool | None = False,
) -> Tensor[_D, Any, *tuple[Any, ...]]: ...
@overload
def tensor(
    data: Any,
    *,
    dtype: None = None,
    device: Literal["cpu"],
    requires_grad: _bool | None = False,
    pin_memory: _bool | None = False,
) -> Tensor[CPU, Any, *tuple[Any, ...]]: ...
@overload
def tensor(
    data: Any,
    *,
    dtype: None = None,
    device: Literal["cuda"],
    requires_grad: _bool | None = False,
    pin_memory: _bool | None = False,
) -> Tensor[CUDA, Any, *tuple[Any, ...]]: ...
@overload
def tensor(
    data: Any,
    *,
    dtype: None = None,
    device: _OtherDevice,
    requires_grad: _bool | None = False,
    pin_memory: _bool | None = False,
) -> Tensor[Any, Any, *tuple[Any, ...]]: ...

# `*_like`: the input's shape, and its device and dtype unless given.

@overload
def zeros_like(
    input: Tensor[_D0, _T0, *_S],
    *,
    dtype: _TL | None = None,
    layout: torch.layout | None = None,
    device: _DL | None = None,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
    memory_format: torch.memory_format | None = None,
) -> Tensor[_DL, _TL, *_S]: ...
@overload
def zeros_like(
    input: Tensor[_D0, _T0, *_S],
    *,
    dtype: _TL | None = None,
    layout: torch.layout | None = None,
    device: Literal["cpu"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
    memory_format: torch.memory_format | None = None,
) -> Tensor[CPU, _TL, *_S]: ...
@overload
def zeros_like(
    input: Tensor[_D0, _T0, *_S],
    *,
    dtype: _TL | None = None,
    layout: torch.layout | None = None,
    device: Literal["cuda"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
    memory_format: torch.memory_format | None = None,
) -> Tensor[CUDA, _TL, *_S]: ...
@overload
def zeros_like(
    input: Tensor[_D0, _T0, *_S],
    *,
    dtype: _TL | None = None,
    layout: torch.layout | None = None,
    device: _OtherDevice,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
    memory_format: torch.memory_format | None = None,
) -> Tensor[Any, _TL, *_S]: ...
@overload
def zeros_like(
    input: Tensor[_D0, _T0, *_S],
    *,
    dtype: torch.dtype,
    layout: torch.layout | None = None,
    device: _DL | None = None,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
    memory_format: torch.memory_format | None = None,
) -> Tensor[_DL, Any, *_S]: ...
@overload
def zeros_like(
    input: Tensor[_D0, _T0, *_S],
    *,
    dtype: torch.dtype,
    layout: torch.layout | None = None,
    device: Literal["cpu"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
    memory_format: torch.memory_format | None = None,
) -> Tensor[CPU, Any, *_S]: ...
@overload
def zeros_like(
    input: Tensor[_D0, _T0, *_S],
    *,
    dtype: torch.dtype,
    layout: torch.layout | None = None,
    device: Literal["cuda"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
    memory_format: torch.memory_format | None = None,
) -> Tensor[CUDA, Any, *_S]: ...
@overload
def zeros_like(
    input: Tensor[_D0, _T0, *_S],
    *,
    dtype: torch.dtype,
    layout: torch.layout | None = None,
    device: _OtherDevice,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
    memory_format: torch.memory_format | None = None,
) -> Tensor[Any, Any, *_S]: ...
@overload
def zeros_like(
    input: torch.Tensor,
    *,
    dtype: torch.dtype | None = None,
    layout: torch.layout | None = None,
    device: _OtherDevice | None = None,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
    memory_format: torch.memory_format | None = None,
) -> Tensor[Any, Any, *tuple[Any, ...]]: ...
@overload
def ones_like(
    input: Tensor[_D0, _T0, *_S],
    *,
    dtype: _TL | None = None,
    layout: torch.layout | None = None,
    device: _DL | None = None,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
    memory_format: torch.memory_format | None = None,
) -> Tensor[_DL, _TL, *_S]: ...
@overload
def ones_like(
    input: Tensor[_D0, _T0, *_S],
    *,
    dtype: _TL | None = None,
    layout: torch.layout | None = None,
    device: Literal["cpu"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
    memory_format: torch.memory_format | None = None,
) -> Tensor[CPU, _TL, *_S]: ...
@overload
def ones_like(
    input: Tensor[_D0, _T0, *_S],
    *,
    dtype: _TL | None = None,
    layout: torch.layout | None = None,
    device: Literal["cuda"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
    memory_format: torch.memory_format | None = None,
) -> Tensor[CUDA, _TL, *_S]: ...
@overload
def ones_like(
    input: Tensor[_D0, _T0, *_S],
    *,
    dtype: _TL | None = None,
    layout: torch.layout | None = None,
    device: _OtherDevice,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
    memory_format: torch.memory_format | None = None,
) -> Tensor[Any, _TL, *_S]: ...
@overload
def ones_like(
    input: Tensor[_D0, _T0, *_S],
    *,
    dtype: torch.dtype,
    layout: torch.layout | None = None,
    device: _DL | None = None,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
    memory_format: torch.memory_format | None = None,
) -> Tensor[_DL, Any, *_S]: ...
@overload
def ones_like(
    input: Tensor[_D0, _T0, *_S],
    *,
    dtype: torch.dtype,
    layout: torch.layout | None = None,
    device: Literal["cpu"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
    memory_format: torch.memory_format | None = None,
) -> Tensor[CPU, Any, *_S]: ...
@overload
def ones_like(
    input: Tensor[_D0, _T0, *_S],
    *,
    dtype: torch.dtype,
    layout: torch.layout | None = None,
    device: Literal["cuda"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
    memory_format: torch.memory_format | None = None,
) -> Tensor[CUDA, Any, *_S]: ...
@overload
def ones_like(
    input: Tensor[_D0, _T0, *_S],
    *,
    dtype: torch.dtype,
    layout: torch.layout | None = None,
    device: _OtherDevice,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
    memory_format: torch.memory_format | None = None,
) -> Tensor[Any, Any, *_S]: ...
@overload
def ones_like(
    input: torch.Tensor,
    *,
    dtype: torch.dtype | None = None,
    layout: torch.layout | None = None,
    device: _OtherDevice | None = None,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
    memory_format: torch.memory_format | None = None,
) -> Tensor[Any, Any, *tuple[Any, ...]]: ...
@overload
def empty_like(
    input: Tensor[_D0, _T0, *_S],
    *,
    dtype: _TL | None = None,
    layout: torch.layout | None = None,
    device: _DL | None = None,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
    memory_format: torch.memory_format | None = None,
) -> Tensor[_DL, _TL, *_S]: ...
@overload
def empty_like(
    input: Tensor[_D0, _T0, *_S],
    *,
    dtype: _TL | None = None,
    layout: torch.layout | None = None,
    device: Literal["cpu"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
    memory_format: torch.memory_format | None = None,
) -> Tensor[CPU, _TL, *_S]: ...
@overload
def empty_like(
    input: Tensor[_D0, _T0, *_S],
    *,
    dtype: _TL | None = None,
    layout: torch.layout | None = None,
    device: Literal["cuda"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
    memory_format: torch.memory_format | None = None,
) -> Tensor[CUDA, _TL, *_S]: ...
@overload
def empty_like(
    input: Tensor[_D0, _T0, *_S],
    *,
    dtype: _TL | None = None,
    layout: torch.layout | None = None,
    device: _OtherDevice,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
    memory_format: torch.memory_format | None = None,
) -> Tensor[Any, _TL, *_S]: ...
@overload
def empty_like(
    input: Tensor[_D0, _T0, *_S],
    *,
    dtype: torch.dtype,
    layout: torch.layout | None = None,
    device: _DL | None = None,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
    memory_format: torch.memory_format | None = None,
) -> Tensor[_DL, Any, *_S]: ...
@overload
def empty_like(
    input: Tensor[_D0, _T0, *_S],
    *,
    dtype: torch.dtype,
    layout: torch.layout | None = None,
    device: Literal["cpu"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
    memory_format: torch.memory_format | None = None,
) -> Tensor[CPU, Any, *_S]: ...
@overload
def empty_like(
    input: Tensor[_D0, _T0, *_S],
    *,
    dtype: torch.dtype,
    layout: torch.layout | None = None,
    device: Literal["cuda"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
    memory_format: torch.memory_format | None = None,
) -> Tensor[CUDA, Any, *_S]: ...
@overload
def empty_like(
    input: Tensor[_D0, _T0, *_S],
    *,
    dtype: torch.dtype,
    layout: torch.layout | None = None,
    device: _OtherDevice,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
    memory_format: torch.memory_format | None = None,
) -> Tensor[Any, Any, *_S]: ...
@overload
def empty_like(
    input: torch.Tensor,
    *,
    dtype: torch.dtype | None = None,
    layout: torch.layout | None = None,
    device: _OtherDevice | None = None,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
    memory_format: torch.memory_format | None = None,
) -> Tensor[Any, Any, *tuple[Any, ...]]: ...
@overload
def full_like(
    input: Tensor[_D0, _T0, *_S],
    fill_value: _Number,
    *,
    dtype: _TL | None = None,
    layout: torch.layout | None = None,
    device: _DL | None = None,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
    memory_format: torch.memory_format | None = None,
) -> Tensor[_DL, _TL, *_S]: ...
@overload
def full_like(
    input: Tensor[_D0, _T0, *_S],
    fill_value: _Number,
    *,
    dtype: _TL | None = None,
    layout: torch.layout | None = None,
    device: Literal["cpu"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
    memory_format: torch.memory_format | None = None,
) -> Tensor[CPU, _TL, *_S]: ...
@overload
def full_like(
    input: Tensor[_D0, _T0, *_S],
    fill_value: _Number,
    *,
    dtype: _TL | None = None,
    layout: torch.layout | None = None,
    device: Literal["cuda"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
    memory_format: torch.memory_format | None = None,
) -> Tensor[CUDA, _TL, *_S]: ...
@overload
def full_like(
    input: Tensor[_D0, _T0, *_S],
    fill_value: _Number,
    *,
    dtype: _TL | None = None,
    layout: torch.layout | None = None,
    device: _OtherDevice,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
    memory_format: torch.memory_format | None = None,
) -> Tensor[Any, _TL, *_S]: ...
@overload
def full_like(
    input: Tensor[_D0, _T0, *_S],
    fill_value: _Number,
    *,
    dtype: torch.dtype,
    layout: torch.layout | None = None,
    device: _DL | None = None,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
    memory_format: torch.memory_format | None = None,
) -> Tensor[_DL, Any, *_S]: ...
@overload
def full_like(
    input: Tensor[_D0, _T0, *_S],
    fill_value: _Number,
    *,
    dtype: torch.dtype,
    layout: torch.layout | None = None,
    device: Literal["cpu"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
    memory_format: torch.memory_format | None = None,
) -> Tensor[CPU, Any, *_S]: ...
@overload
def full_like(
    input: Tensor[_D0, _T0, *_S],
    fill_value: _Number,
    *,
    dtype: torch.dtype,
    layout: torch.layout | None = None,
    device: Literal["cuda"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
    memory_format: torch.memory_format | None = None,
) -> Tensor[CUDA, Any, *_S]: ...
@overload
def full_like(
    input: Tensor[_D0, _T0, *_S],
    fill_value: _Number,
    *,
    dtype: torch.dtype,
    layout: torch.layout | None = None,
    device: _OtherDevice,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
    memory_format: torch.memory_format | None = None,
) -> Tensor[Any, Any, *_S]: ...
@overload
def full_like(
    input: torch.Tensor,
    fill_value: _Number,
    *,
    dtype: torch.dtype | None = None,
    layout: torch.layout | None = None,
    device: _OtherDevice | None = None,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
    memory_format: torch.memory_format | None = None,
) -> Tensor[Any, Any, *tuple[Any, ...]]: ...
@overload
def rand_like(
    input: Tensor[_D0, _T0, *_S],
    *,
    generator: torch.Generator | None = None,
    dtype: _TL | None = None,
    layout: torch.layout | None = None,
    device: _DL | None = None,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
    memory_format: torch.memory_format | None = None,
) -> Tensor[_DL, _TL, *_S]: ...
@overload
def rand_like(
    input: Tensor[_D0, _T0, *_S],
    *,
    generator: torch.Generator | None = None,
    dtype: _TL | None = None,
    layout: torch.layout | None = None,
    device: Literal["cpu"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
    memory_format: torch.memory_format | None = None,
) -> Tensor[CPU, _TL, *_S]: ...
@overload
def rand_like(
    input: Tensor[_D0, _T0, *_S],
    *,
    generator: torch.Generator | None = None,
    dtype: _TL | None = None,
    layout: torch.layout | None = None,
    device: Literal["cuda"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
    memory_format: torch.memory_format | None = None,
) -> Tensor[CUDA, _TL, *_S]: ...
@overload
def rand_like(
    input: Tensor[_D0, _T0, *_S],
    *,
    generator: torch.Generator | None = None,
    dtype: _TL | None = None,
    layout: torch.layout | None = None,
    device: _OtherDevice,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
    memory_format: torch.memory_format | None = None,
) -> Tensor[Any, _TL, *_S]: ...
@overload
def rand_like(
    input: Tensor[_D0, _T0, *_S],
    *,
    generator: torch.Generator | None = None,
    dtype: torch.dtype,
    layout: torch.layout | None = None,
    device: _DL | None = None,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
    memory_format: torch.memory_format | None = None,
) -> Tensor[_DL, Any, *_S]: ...
@overload
def rand_like(
    input: Tensor[_D0, _T0, *_S],
    *,
    generator: torch.Generator | None = None,
    dtype: torch.dtype,
    layout: torch.layout | None = None,
    device: Literal["cpu"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
    memory_format: torch.memory_format | None = None,
) -> Tensor[CPU, Any, *_S]: ...
@overload
def rand_like(
    input: Tensor[_D0, _T0, *_S],
    *,
    generator: torch.Generator | None = None,
    dtype: torch.dtype,
    layout: torch.layout | None = None,
    device: Literal["cuda"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
    memory_format: torch.memory_format | None = None,
) -> Tensor[CUDA, Any, *_S]: ...
@overload
def rand_like(
    input: Tensor[_D0, _T0, *_S],
    *,
    generator: torch.Generator | None = None,
    dtype: torch.dtype,
    layout: torch.layout | None = None,
    device: _OtherDevice,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
    memory_format: torch.memory_format | None = None,
) -> Tensor[Any, Any, *_S]: ...
@overload
def rand_like(
    input: torch.Tensor,
    *,
    generator: torch.Generator | None = None,
    dtype: torch.dtype | None = None,
    layout: torch.layout | None = None,
    device: _OtherDevice | None = None,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
    memory_format: torch.memory_format | None = None,
) -> Tensor[Any, Any, *tuple[Any, ...]]: ...
@overload
def randn_like(
    input: Tensor[_D0, _T0, *_S],
    *,
    generator: torch.Generator | None = None,
    dtype: _TL | None = None,
    layout: torch.layout | None = None,
    device: _DL | None = None,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
    memory_format: torch.memory_format | None = None,
) -> Tensor[_DL, _TL, *_S]: ...
@overload
def randn_like(
    input: Tensor[_D0, _T0, *_S],
    *,
    generator: torch.Generator | None = None,
    dtype: _TL | None = None,
    layout: torch.layout | None = None,
    device: Literal["cpu"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
    memory_format: torch.memory_format | None = None,
) -> Tensor[CPU, _TL, *_S]: ...
@overload
def randn_like(
    input: Tensor[_D0, _T0, *_S],
    *,
    generator: torch.Generator | None = None,
    dtype: _TL | None = None,
    layout: torch.layout | None = None,
    device: Literal["cuda"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
    memory_format: torch.memory_format | None = None,
) -> Tensor[CUDA, _TL, *_S]: ...
@overload
def randn_like(
    input: Tensor[_D0, _T0, *_S],
    *,
    generator: torch.Generator | None = None,
    dtype: _TL | None = None,
    layout: torch.layout | None = None,
    device: _OtherDevice,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
    memory_format: torch.memory_format | None = None,
) -> Tensor[Any, _TL, *_S]: ...
@overload
def randn_like(
    input: Tensor[_D0, _T0, *_S],
    *,
    generator: torch.Generator | None = None,
    dtype: torch.dtype,
    layout: torch.layout | None = None,
    device: _DL | None = None,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
    memory_format: torch.memory_format | None = None,
) -> Tensor[_DL, Any, *_S]: ...
@overload
def randn_like(
    input: Tensor[_D0, _T0, *_S],
    *,
    generator: torch.Generator | None = None,
    dtype: torch.dtype,
    layout: torch.layout | None = None,
    device: Literal["cpu"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
    memory_format: torch.memory_format | None = None,
) -> Tensor[CPU, Any, *_S]: ...
@overload
def randn_like(
    input: Tensor[_D0, _T0, *_S],
    *,
    generator: torch.Generator | None = None,
    dtype: torch.dtype,
    layout: torch.layout | None = None,
    device: Literal["cuda"],
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
    memory_format: torch.memory_format | None = None,
) -> Tensor[CUDA, Any, *_S]: ...
@overload
def randn_like(
    input: Tensor[_D0, _T0, *_S],
    *,
    generator: torch.Generator | None = None,
    dtype: torch.dtype,
    layout: torch.layout | None = None,
    device: _OtherDevice,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
    memory_format: torch.memory_format | None = None,
) -> Tensor[Any, Any, *_S]: ...
@overload
def randn_like(
    input: torch.Tensor,
    *,
    generator: torch.Generator | None = None,
    dtype: torch.dtype | None = None,
    layout: torch.layout | None = None,
    device: _OtherDevice | None = None,
    pin_memory: _bool | None = False,
    requires_grad: _bool | None = False,
    memory_format: torch.memory_format | None = None,
) -> Tensor[Any, Any, *tuple[Any, ...]]: ...
