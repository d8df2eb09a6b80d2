# Static view of `typedtorch`. Self-contained on purpose: the checker reads only stubs from here
# (typedtorch's runtime modules import jaxtyping, beartype and torch's internals, which would
# cost mypy ~10 s per cold run). Tensor ops and factories are torch's own names, re-exported:
# `tt.zeros` is `torch.zeros`, `typedtorch.Tensor` is `torch.Tensor` (see stubs/torch-stubs).
from builtins import bool as _bool
from collections.abc import Callable, Sequence
from typing import Any, TypeVar, overload

import torch
from torch import Generator as Generator
from torch import arange as arange
from torch import cat as cat
from torch import chunk as chunk
from torch import concat as concat
from torch import einsum as einsum
from torch import empty as empty
from torch import empty_like as empty_like
from torch import eye as eye
from torch import flatten as flatten
from torch import full as full
from torch import full_like as full_like
from torch import initial_seed as initial_seed
from torch import linspace as linspace
from torch import manual_seed as manual_seed
from torch import maximum as maximum
from torch import minimum as minimum
from torch import movedim as movedim
from torch import ones as ones
from torch import ones_like as ones_like
from torch import permute as permute
from torch import rand as rand
from torch import rand_like as rand_like
from torch import randint as randint
from torch import randn as randn
from torch import randn_like as randn_like
from torch import reshape as reshape
from torch import seed as seed
from torch import split as split
from torch import squeeze as squeeze
from torch import stack as stack
from torch import tensor as tensor
from torch import transpose as transpose
from torch import unbind as unbind
from torch import unsqueeze as unsqueeze
from torch import where as where
from torch import zeros as zeros
from torch import zeros_like as zeros_like
from torch._tensor import Tensor as Tensor
from torch._tensor import ValuesIndices as ValuesIndices

from . import functional as functional
from . import nn as nn
from ._devices import CPU as CPU
from ._devices import CUDA as CUDA
from ._devices import MPS as MPS
from ._devices import Device as Device
from ._devices import Meta as Meta
from ._devices import cpu as cpu
from ._devices import cuda as cuda
from ._devices import device_kind as device_kind
from ._devices import meta as meta
from ._devices import mps as mps
from ._dims import Add as Add
from ._dims import CeilDiv as CeilDiv
from ._dims import Dim as Dim
from ._dims import FloorDiv as FloorDiv
from ._dims import Mod as Mod
from ._dims import Mul as Mul
from ._dims import Sub as Sub
from ._dtypes import BFloat16 as BFloat16
from ._dtypes import Bool as Bool
from ._dtypes import BoolDType as BoolDType
from ._dtypes import Complex64 as Complex64
from ._dtypes import Complex128 as Complex128
from ._dtypes import ComplexFloating as ComplexFloating
from ._dtypes import DType as DType
from ._dtypes import Float16 as Float16
from ._dtypes import Float32 as Float32
from ._dtypes import Float64 as Float64
from ._dtypes import Floating as Floating
from ._dtypes import Int8 as Int8
from ._dtypes import Int16 as Int16
from ._dtypes import Int32 as Int32
from ._dtypes import Int64 as Int64
from ._dtypes import Integer as Integer
from ._dtypes import UInt8 as UInt8
from ._dtypes import bfloat16 as bfloat16
from ._dtypes import bool as bool
from ._dtypes import cdouble as cdouble
from ._dtypes import cfloat as cfloat
from ._dtypes import complex64 as complex64
from ._dtypes import complex128 as complex128
from ._dtypes import double as double
from ._dtypes import dtype_kind as dtype_kind
from ._dtypes import float as float
from ._dtypes import float16 as float16
from ._dtypes import float32 as float32
from ._dtypes import float64 as float64
from ._dtypes import half as half
from ._dtypes import int as int
from ._dtypes import int8 as int8
from ._dtypes import int16 as int16
from ._dtypes import int32 as int32
from ._dtypes import int64 as int64
from ._dtypes import long as long
from ._dtypes import short as short
from ._dtypes import uint8 as uint8

_X = TypeVar("_X", bound=torch.Tensor)
_A = TypeVar("_A", bound=torch.Tensor)
_B = TypeVar("_B", bound=torch.Tensor)
_C = TypeVar("_C", bound=torch.Tensor)
_D = TypeVar("_D", bound=torch.Tensor)
_F = TypeVar("_F", bound=Callable[..., Any])

class TensorTypeError(TypeError):
    """A tensor whose shape, dtype or device does not match its annotation (runtime check)."""

def checked(x: torch.Tensor, annotation: type[_X]) -> _X:
    """`x`, typed as `annotation` after checking its shape, dtype and device at runtime."""

def unchecked(x: torch.Tensor, annotation: type[_X]) -> _X:
    """`x`, typed as `annotation` without a check (zero cost)."""

def like(x: torch.Tensor, ref: _X) -> _X:
    """`x`, typed like `ref` after checking that they agree."""

def typechecked(fn: _F) -> _F:
    """Checks `fn`'s `Tensor[...]` arguments and result at runtime (jaxtyping + beartype)."""

class ImportHook:
    def covers(self, module: str) -> _bool: ...
    def uninstall(self) -> None: ...
    def __enter__(self) -> ImportHook: ...
    def __exit__(self, *exc: object) -> None: ...

def install_import_hook(packages: str | Sequence[str]) -> ImportHook:
    """Runtime-checks every function with `Tensor[...]` annotations in `packages` on import."""

@overload
def grad(
    outputs: torch.Tensor,
    inputs: _A,
    *,
    retain_graph: _bool | None = None,
    create_graph: _bool = False,
) -> tuple[_A]: ...
@overload
def grad(
    outputs: torch.Tensor,
    inputs: tuple[_A],
    *,
    retain_graph: _bool | None = None,
    create_graph: _bool = False,
) -> tuple[_A]: ...
@overload
def grad(
    outputs: torch.Tensor,
    inputs: tuple[_A, _B],
    *,
    retain_graph: _bool | None = None,
    create_graph: _bool = False,
) -> tuple[_A, _B]: ...
@overload
def grad(
    outputs: torch.Tensor,
    inputs: tuple[_A, _B, _C],
    *,
    retain_graph: _bool | None = None,
    create_graph: _bool = False,
) -> tuple[_A, _B, _C]: ...
@overload
def grad(
    outputs: torch.Tensor,
    inputs: tuple[_A, _B, _C, _D],
    *,
    retain_graph: _bool | None = None,
    create_graph: _bool = False,
) -> tuple[_A, _B, _C, _D]: ...
@overload
def grad(
    outputs: torch.Tensor,
    inputs: Sequence[_A],
    *,
    retain_graph: _bool | None = None,
    create_graph: _bool = False,
) -> tuple[_A, ...]: ...

__version__: str
