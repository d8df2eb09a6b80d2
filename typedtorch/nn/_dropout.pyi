from typing import Any

import torch
from typing_extensions import TypeVar, TypeVarTuple

from .._devices import Device
from .._dtypes import DType
from .._tensor import Tensor
from ._module import Module

_S = TypeVarTuple("_S")
_AD = TypeVar("_AD", bound=Device)
_AT = TypeVar("_AT", bound=DType)

class Dropout(torch.nn.Dropout, Module[Any, Any]):
    """`torch.nn.Dropout`: the output has the input's type."""

    def __init__(self, p: float = 0.5, inplace: bool = False) -> None: ...
    def __call__(self, input: Tensor[_AD, _AT, *_S]) -> Tensor[_AD, _AT, *_S]: ...
    def forward(self, input: Tensor[_AD, _AT, *_S]) -> Tensor[_AD, _AT, *_S]: ...  # type: ignore[override]

class Dropout1d(torch.nn.Dropout1d, Module[Any, Any]):
    """`torch.nn.Dropout1d`: the output has the input's type."""

    def __init__(self, p: float = 0.5, inplace: bool = False) -> None: ...
    def __call__(self, input: Tensor[_AD, _AT, *_S]) -> Tensor[_AD, _AT, *_S]: ...
    def forward(self, input: Tensor[_AD, _AT, *_S]) -> Tensor[_AD, _AT, *_S]: ...  # type: ignore[override]

class Dropout2d(torch.nn.Dropout2d, Module[Any, Any]):
    """`torch.nn.Dropout2d`: the output has the input's type."""

    def __init__(self, p: float = 0.5, inplace: bool = False) -> None: ...
    def __call__(self, input: Tensor[_AD, _AT, *_S]) -> Tensor[_AD, _AT, *_S]: ...
    def forward(self, input: Tensor[_AD, _AT, *_S]) -> Tensor[_AD, _AT, *_S]: ...  # type: ignore[override]

class Dropout3d(torch.nn.Dropout3d, Module[Any, Any]):
    """`torch.nn.Dropout3d`: the output has the input's type."""

    def __init__(self, p: float = 0.5, inplace: bool = False) -> None: ...
    def __call__(self, input: Tensor[_AD, _AT, *_S]) -> Tensor[_AD, _AT, *_S]: ...
    def forward(self, input: Tensor[_AD, _AT, *_S]) -> Tensor[_AD, _AT, *_S]: ...  # type: ignore[override]

class AlphaDropout(torch.nn.AlphaDropout, Module[Any, Any]):
    """`torch.nn.AlphaDropout`: the output has the input's type."""

    def __init__(self, p: float = 0.5, inplace: bool = False) -> None: ...
    def __call__(self, input: Tensor[_AD, _AT, *_S]) -> Tensor[_AD, _AT, *_S]: ...
    def forward(self, input: Tensor[_AD, _AT, *_S]) -> Tensor[_AD, _AT, *_S]: ...  # type: ignore[override]
