# Static view of `torch`: the names user code reaches as `torch.<name>`.
#
# This package (`torch-stubs`, PEP 561, partial) is shipped by typedtorch. `torch.Tensor` is
# `Tensor[Device, DType, *Shape]` (gradual: a bare `torch.Tensor` has unknown kinds and shape);
# dtype and device values carry their kinds (`torch.float64: Float64`). Names not declared here
# are `Any` (the module-level `__getattr__`), never an error; modules this package lacks fall back
# to torch's own sources.
from builtins import bool as _bool
from builtins import int as _int
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import IO, Any, Final, ParamSpec, TypeVar, overload

from torch import nn as nn
from torch._C import (
    Generator as Generator,
)
from torch._C import (
    Size as Size,
)
from torch._C import (
    channels_last as channels_last,
)
from torch._C import (
    channels_last_3d as channels_last_3d,
)
from torch._C import (
    contiguous_format as contiguous_format,
)
from torch._C import (
    device as device,
)
from torch._C import (
    dtype as dtype,
)
from torch._C import (
    finfo as finfo,
)
from torch._C import (
    iinfo as iinfo,
)
from torch._C import (
    jagged as jagged,
)
from torch._C import (
    layout as layout,
)
from torch._C import (
    memory_format as memory_format,
)
from torch._C import (
    preserve_format as preserve_format,
)
from torch._C import (
    qscheme as qscheme,
)
from torch._C import (
    sparse_bsc as sparse_bsc,
)
from torch._C import (
    sparse_bsr as sparse_bsr,
)
from torch._C import (
    sparse_coo as sparse_coo,
)
from torch._C import (
    sparse_csc as sparse_csc,
)
from torch._C import (
    sparse_csr as sparse_csr,
)
from torch._C import (
    strided as strided,
)
from torch._C._VariableFunctions import (
    arange as arange,
)
from torch._C._VariableFunctions import (
    cat as cat,
)
from torch._C._VariableFunctions import (
    chunk as chunk,
)
from torch._C._VariableFunctions import (
    concat as concat,
)
from torch._C._VariableFunctions import (
    empty as empty,
)
from torch._C._VariableFunctions import (
    empty_like as empty_like,
)
from torch._C._VariableFunctions import (
    eye as eye,
)
from torch._C._VariableFunctions import (
    flatten as flatten,
)
from torch._C._VariableFunctions import (
    full as full,
)
from torch._C._VariableFunctions import (
    full_like as full_like,
)
from torch._C._VariableFunctions import (
    linspace as linspace,
)
from torch._C._VariableFunctions import (
    maximum as maximum,
)
from torch._C._VariableFunctions import (
    minimum as minimum,
)
from torch._C._VariableFunctions import (
    movedim as movedim,
)
from torch._C._VariableFunctions import (
    ones as ones,
)
from torch._C._VariableFunctions import (
    ones_like as ones_like,
)
from torch._C._VariableFunctions import (
    permute as permute,
)
from torch._C._VariableFunctions import (
    rand as rand,
)
from torch._C._VariableFunctions import (
    rand_like as rand_like,
)
from torch._C._VariableFunctions import (
    randint as randint,
)
from torch._C._VariableFunctions import (
    randn as randn,
)
from torch._C._VariableFunctions import (
    randn_like as randn_like,
)
from torch._C._VariableFunctions import (
    reshape as reshape,
)
from torch._C._VariableFunctions import (
    squeeze as squeeze,
)
from torch._C._VariableFunctions import (
    stack as stack,
)
from torch._C._VariableFunctions import (
    tensor as tensor,
)
from torch._C._VariableFunctions import (
    transpose as transpose,
)
from torch._C._VariableFunctions import (
    unbind as unbind,
)
from torch._C._VariableFunctions import (
    unsqueeze as unsqueeze,
)
from torch._C._VariableFunctions import (
    where as where,
)
from torch._C._VariableFunctions import (
    zeros as zeros,
)
from torch._C._VariableFunctions import (
    zeros_like as zeros_like,
)
from torch._tensor import Tensor as Tensor
from torch.functional import einsum as einsum
from torch.functional import split as split

from typedtorch._dtypes import (
    BFloat16,
    Bool,
    Complex64,
    Complex128,
    Float16,
    Float32,
    Float64,
    Int8,
    Int16,
    Int32,
    Int64,
    UInt8,
)

_P = ParamSpec("_P")
_R = TypeVar("_R")
_C2 = TypeVar("_C2", bound=Callable[..., Any])

# -- dtypes: typedtorch's kinds where it has one ----------------------------------------------------
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
complex32: Final[dtype]
chalf: Final[dtype]
uint16: Final[dtype]
uint32: Final[dtype]
uint64: Final[dtype]
float8_e4m3fn: Final[dtype]
float8_e4m3fnuz: Final[dtype]
float8_e5m2: Final[dtype]
float8_e5m2fnuz: Final[dtype]
quint8: Final[dtype]
qint8: Final[dtype]
qint32: Final[dtype]

# -- autograd modes: context managers and decorators that keep the function's signature ----------
class _GradMode:
    def __enter__(self) -> None: ...
    def __exit__(self, exc_type: Any, exc_value: Any, traceback: Any) -> None: ...
    def __call__(self, func: Callable[_P, _R]) -> Callable[_P, _R]: ...
    def clone(self) -> _GradMode: ...

class no_grad(_GradMode):
    def __init__(self) -> None: ...

class enable_grad(_GradMode):
    def __init__(self) -> None: ...

class inference_mode(_GradMode):
    def __init__(self, mode: _bool = True) -> None: ...

class set_grad_enabled(_GradMode):
    def __init__(self, mode: _bool) -> None: ...

def is_grad_enabled() -> _bool: ...
def is_inference_mode_enabled() -> _bool: ...

# -- global state, serialization, misc ------------------------------------------------------------
def manual_seed(seed: _int) -> Generator: ...
def seed() -> _int: ...
def initial_seed() -> _int: ...
def get_rng_state() -> Tensor: ...
def set_rng_state(new_state: Tensor) -> None: ...
def set_default_dtype(d: dtype, /) -> None: ...
def get_default_dtype() -> dtype: ...
def set_default_device(device: device | str | _int | None) -> None: ...
def get_default_device() -> device: ...
def set_printoptions(
    precision: _int | None = None,
    threshold: _int | None = None,
    edgeitems: _int | None = None,
    linewidth: _int | None = None,
    profile: str | None = None,
    sci_mode: _bool | None = None,
) -> None: ...
def set_num_threads(num: _int, /) -> None: ...
def get_num_threads() -> _int: ...
def use_deterministic_algorithms(mode: _bool, *, warn_only: _bool = False) -> None: ...
def is_tensor(obj: object, /) -> _bool: ...
def is_floating_point(input: Tensor, /) -> _bool: ...
def is_complex(input: Tensor, /) -> _bool: ...
def numel(input: Tensor, /) -> _int: ...
def save(
    obj: object,
    f: str | Any | IO[bytes],
    pickle_module: Any = ...,
    pickle_protocol: _int = ...,
    _use_new_zipfile_serialization: _bool = True,
    _disable_byteorder_record: _bool = False,
) -> None: ...
def load(
    f: str | Any | IO[bytes],
    map_location: Any = None,
    pickle_module: Any = None,
    *,
    weights_only: _bool | None = None,
    mmap: _bool | None = None,
    **pickle_load_args: Any,
) -> Any: ...
def from_numpy(ndarray: Any, /) -> Tensor: ...
def autocast(
    device_type: str,
    dtype: dtype | None = None,
    enabled: _bool = True,
    cache_enabled: _bool | None = None,
) -> AbstractContextManager[None]: ...
@overload
def compile(model: _C2, **kwargs: Any) -> _C2: ...
@overload
def compile(model: None = None, **kwargs: Any) -> Callable[[_C2], _C2]: ...

__version__: str

def __getattr__(name: str) -> Any: ...
