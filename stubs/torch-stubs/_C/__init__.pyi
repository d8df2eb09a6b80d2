# Static view of the parts of `torch._C` that user code names through `torch`: `dtype`, `device`,
# `Size`, `Generator`, memory formats and layouts. Everything else in `torch._C` is `Any`.
#
# A dtype or device value carries its kind in its type where typedtorch knows it
# (`torch.float64: Float64`, a subclass of `dtype`; see `torch/__init__.pyi`).
from typing import Any, Self, SupportsIndex, overload

from torch._tensor import Tensor

_int = int
_float = float
_bool = bool

class dtype:
    is_floating_point: _bool
    is_complex: _bool
    is_signed: _bool
    itemsize: _int
    def to_real(self) -> dtype: ...
    def to_complex(self) -> dtype: ...

class device:
    type: str
    index: _int | None
    @overload
    def __init__(self, device: device | str | _int) -> None: ...
    @overload
    def __init__(self, type: str, index: _int) -> None: ...
    def __enter__(self) -> Self: ...
    def __exit__(self, exc_type: Any, exc_val: Any, exc_tb: Any) -> None: ...

class Size(tuple[_int, ...]):
    @overload  # type: ignore[override]
    def __getitem__(self, key: SupportsIndex, /) -> _int: ...
    @overload
    def __getitem__(self, key: slice, /) -> Size: ...
    def __add__(self, other: tuple[_int, ...], /) -> Size: ...  # type: ignore[override]
    def __radd__(self, other: tuple[_int, ...], /) -> Size: ...
    def __mul__(self, other: SupportsIndex, /) -> Size: ...  # type: ignore[override]
    def __rmul__(self, other: SupportsIndex, /) -> Size: ...  # type: ignore[override]
    def numel(self) -> _int: ...

class Generator:
    device: device
    def __init__(self, device: device | str | _int | None = None) -> None: ...
    def get_state(self) -> Tensor: ...
    def set_state(self, new_state: Tensor, /) -> Generator: ...
    def manual_seed(self, seed: _int) -> Generator: ...
    def seed(self) -> _int: ...
    def initial_seed(self) -> _int: ...
    def get_offset(self) -> _int: ...
    def set_offset(self, offset: _int) -> Generator: ...

class memory_format: ...
class layout: ...
class qscheme: ...

class finfo:
    bits: _int
    min: _float
    max: _float
    eps: _float
    tiny: _float
    smallest_normal: _float
    resolution: _float
    dtype: str
    def __init__(self, type: dtype | None = None) -> None: ...

class iinfo:
    bits: _int
    min: _int
    max: _int
    dtype: str
    def __init__(self, type: dtype) -> None: ...

contiguous_format: memory_format
channels_last: memory_format
channels_last_3d: memory_format
preserve_format: memory_format
strided: layout
sparse_coo: layout
sparse_csr: layout
sparse_csc: layout
sparse_bsr: layout
sparse_bsc: layout
jagged: layout

def _get_tracing_state() -> Any: ...
def __getattr__(name: str) -> Any: ...
