from typing import Any, Generic

import torch
from torch._tensor import Tensor
from typing_extensions import TypeVar, TypeVarTuple

from typedtorch._devices import Device
from typedtorch._dtypes import DType

from .module import Module

_S = TypeVarTuple("_S")
_AD = TypeVar("_AD", bound=Device)
_AT = TypeVar("_AT", bound=DType)
Start = TypeVar("Start", default=Any)
End = TypeVar("End", default=Any)
Dim = TypeVar("Dim", default=Any)
Sizes = TypeVar("Sizes", default=Any)

class Flatten(Module[Any, Any], Generic[Start, End]):
    """`torch.nn.Flatten` typed as `Flatten[start_dim, end_dim]`.

    Shape:
        `(*, S_start, ..., S_end, *)` -> `(*, S_start * ... * S_end, *)`.
    """

    def __init__(self, start_dim: int = 1, end_dim: int = -1) -> None: ...
    def __call__(
        self, input: Tensor[_AD, _AT, *tuple[Any, ...]]
    ) -> Tensor[_AD, _AT, *tuple[Any, ...]]: ...
    def forward(
        self,
        input: Tensor[_AD, _AT, *tuple[Any, ...]],  # type: ignore[override]
    ) -> Tensor[_AD, _AT, *tuple[Any, ...]]: ...

class Unflatten(Module[Any, Any], Generic[Dim, Sizes]):
    """`torch.nn.Unflatten` typed as `Unflatten[dim, unflattened_size]`.

    Shape:
        `(*, S_dim, *)` -> `(*, U_1, ..., U_n, *)` with `U_1 * ... * U_n = S_dim`.
    """

    def __init__(
        self, dim: int | str, unflattened_size: tuple[int, ...] | list[int] | torch.Size | Any
    ) -> None: ...
    def __call__(
        self, input: Tensor[_AD, _AT, *tuple[Any, ...]]
    ) -> Tensor[_AD, _AT, *tuple[Any, ...]]: ...
    def forward(
        self,
        input: Tensor[_AD, _AT, *tuple[Any, ...]],  # type: ignore[override]
    ) -> Tensor[_AD, _AT, *tuple[Any, ...]]: ...

# Names not declared here are `Any` (gradual), never an error.
def __getattr__(name: str) -> Any: ...
