from typing import Any

from torch._tensor import Tensor
from typing_extensions import TypeVar, TypeVarTuple

from typedtorch._devices import Device
from typedtorch._dtypes import DType

from .module import Module

_S = TypeVarTuple("_S")
_AD = TypeVar("_AD", bound=Device)
_AT = TypeVar("_AT", bound=DType)

class Dropout(Module[Any, Any]):
    """`torch.nn.Dropout`: the output has the input's type."""

    def __init__(self, p: float = 0.5, inplace: bool = False) -> None: ...
    def __call__(self, input: Tensor[_AD, _AT, *_S]) -> Tensor[_AD, _AT, *_S]: ...
    def forward(self, input: Tensor[_AD, _AT, *_S]) -> Tensor[_AD, _AT, *_S]: ...  # type: ignore[override]

class Dropout1d(Module[Any, Any]):
    """`torch.nn.Dropout1d`: the output has the input's type."""

    def __init__(self, p: float = 0.5, inplace: bool = False) -> None: ...
    def __call__(self, input: Tensor[_AD, _AT, *_S]) -> Tensor[_AD, _AT, *_S]: ...
    def forward(self, input: Tensor[_AD, _AT, *_S]) -> Tensor[_AD, _AT, *_S]: ...  # type: ignore[override]

class Dropout2d(Module[Any, Any]):
    """`torch.nn.Dropout2d`: the output has the input's type."""

    def __init__(self, p: float = 0.5, inplace: bool = False) -> None: ...
    def __call__(self, input: Tensor[_AD, _AT, *_S]) -> Tensor[_AD, _AT, *_S]: ...
    def forward(self, input: Tensor[_AD, _AT, *_S]) -> Tensor[_AD, _AT, *_S]: ...  # type: ignore[override]

class Dropout3d(Module[Any, Any]):
    """`torch.nn.Dropout3d`: the output has the input's type."""

    def __init__(self, p: float = 0.5, inplace: bool = False) -> None: ...
    def __call__(self, input: Tensor[_AD, _AT, *_S]) -> Tensor[_AD, _AT, *_S]: ...
    def forward(self, input: Tensor[_AD, _AT, *_S]) -> Tensor[_AD, _AT, *_S]: ...  # type: ignore[override]

class AlphaDropout(Module[Any, Any]):
    """`torch.nn.AlphaDropout`: the output has the input's type."""

    def __init__(self, p: float = 0.5, inplace: bool = False) -> None: ...
    def __call__(self, input: Tensor[_AD, _AT, *_S]) -> Tensor[_AD, _AT, *_S]: ...
    def forward(self, input: Tensor[_AD, _AT, *_S]) -> Tensor[_AD, _AT, *_S]: ...  # type: ignore[override]

# Names not declared here are `Any` (gradual), never an error.
def __getattr__(name: str) -> Any: ...
