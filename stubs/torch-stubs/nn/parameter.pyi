# Static view of `torch.nn.parameter`. A `Parameter` is a tensor: `nn.Parameter(x)` keeps `x`'s
# device, dtype and shape.
from typing import Any

from torch._tensor import Tensor
from typing_extensions import TypeVar, TypeVarTuple, Unpack

from typedtorch._devices import Device
from typedtorch._dtypes import DType

_D = TypeVar("_D", bound=Device, covariant=True, default=Any)
_T = TypeVar("_T", bound=DType, covariant=True, default=Any)
_S = TypeVarTuple("_S", default=Unpack[tuple[Any, ...]])

class Parameter(Tensor[_D, _T, *_S]):
    def __new__(
        cls, data: Tensor[_D, _T, *_S] | None = None, requires_grad: bool = True
    ) -> Parameter[_D, _T, *_S]: ...
    def __init__(
        self, data: Tensor[_D, _T, *_S] | None = None, requires_grad: bool = True
    ) -> None: ...

class Buffer(Tensor[_D, _T, *_S]):
    def __new__(
        cls, data: Tensor[_D, _T, *_S] | None = None, *, persistent: bool = True
    ) -> Buffer[_D, _T, *_S]: ...
    def __init__(
        self, data: Tensor[_D, _T, *_S] | None = None, *, persistent: bool = True
    ) -> None: ...

class UninitializedParameter(Tensor): ...
class UninitializedBuffer(Tensor): ...

def __getattr__(name: str) -> Any: ...
