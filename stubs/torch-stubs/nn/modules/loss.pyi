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
R = TypeVar("R", default=Any)

class CrossEntropyLoss(Module[Any, Any], Generic[R]):
    """`torch.nn.CrossEntropyLoss` typed as `CrossEntropyLoss[reduction]`."""

    def __init__(
        self,
        weight: torch.Tensor | None = None,
        size_average: bool | None = None,
        ignore_index: int = -100,
        reduce: bool | None = None,
        reduction: str = "mean",
        label_smoothing: float = 0.0,
    ) -> None: ...
    def __call__(
        self, input: Tensor[_AD, _AT, *tuple[Any, ...]], target: Tensor[_AD, Any, *tuple[Any, ...]]
    ) -> Tensor[_AD, _AT, *tuple[Any, ...]]: ...
    def forward(
        self,
        input: Tensor[_AD, _AT, *tuple[Any, ...]],  # type: ignore[override]
        target: Tensor[_AD, Any, *tuple[Any, ...]],  # type: ignore[override, override]
    ) -> Tensor[_AD, _AT, *tuple[Any, ...]]: ...

class NLLLoss(Module[Any, Any], Generic[R]):
    """`torch.nn.NLLLoss` typed as `NLLLoss[reduction]`."""

    def __init__(
        self,
        weight: torch.Tensor | None = None,
        size_average: bool | None = None,
        ignore_index: int = -100,
        reduce: bool | None = None,
        reduction: str = "mean",
    ) -> None: ...
    def __call__(
        self, input: Tensor[_AD, _AT, *tuple[Any, ...]], target: Tensor[_AD, Any, *tuple[Any, ...]]
    ) -> Tensor[_AD, _AT, *tuple[Any, ...]]: ...
    def forward(
        self,
        input: Tensor[_AD, _AT, *tuple[Any, ...]],  # type: ignore[override]
        target: Tensor[_AD, Any, *tuple[Any, ...]],  # type: ignore[override, override]
    ) -> Tensor[_AD, _AT, *tuple[Any, ...]]: ...

class MSELoss(Module[Any, Any], Generic[R]):
    """`torch.nn.MSELoss` typed as `MSELoss[reduction]`."""

    def __init__(
        self, size_average: bool | None = None, reduce: bool | None = None, reduction: str = "mean"
    ) -> None: ...
    def __call__(
        self, input: Tensor[_AD, _AT, *tuple[Any, ...]], target: Tensor[_AD, Any, *tuple[Any, ...]]
    ) -> Tensor[_AD, _AT, *tuple[Any, ...]]: ...
    def forward(
        self,
        input: Tensor[_AD, _AT, *tuple[Any, ...]],  # type: ignore[override]
        target: Tensor[_AD, Any, *tuple[Any, ...]],  # type: ignore[override, override]
    ) -> Tensor[_AD, _AT, *tuple[Any, ...]]: ...

class L1Loss(Module[Any, Any], Generic[R]):
    """`torch.nn.L1Loss` typed as `L1Loss[reduction]`."""

    def __init__(
        self, size_average: bool | None = None, reduce: bool | None = None, reduction: str = "mean"
    ) -> None: ...
    def __call__(
        self, input: Tensor[_AD, _AT, *tuple[Any, ...]], target: Tensor[_AD, Any, *tuple[Any, ...]]
    ) -> Tensor[_AD, _AT, *tuple[Any, ...]]: ...
    def forward(
        self,
        input: Tensor[_AD, _AT, *tuple[Any, ...]],  # type: ignore[override]
        target: Tensor[_AD, Any, *tuple[Any, ...]],  # type: ignore[override, override]
    ) -> Tensor[_AD, _AT, *tuple[Any, ...]]: ...

class BCELoss(Module[Any, Any], Generic[R]):
    """`torch.nn.BCELoss` typed as `BCELoss[reduction]`."""

    def __init__(
        self,
        weight: torch.Tensor | None = None,
        size_average: bool | None = None,
        reduce: bool | None = None,
        reduction: str = "mean",
    ) -> None: ...
    def __call__(
        self, input: Tensor[_AD, _AT, *tuple[Any, ...]], target: Tensor[_AD, Any, *tuple[Any, ...]]
    ) -> Tensor[_AD, _AT, *tuple[Any, ...]]: ...
    def forward(
        self,
        input: Tensor[_AD, _AT, *tuple[Any, ...]],  # type: ignore[override]
        target: Tensor[_AD, Any, *tuple[Any, ...]],  # type: ignore[override, override]
    ) -> Tensor[_AD, _AT, *tuple[Any, ...]]: ...

class BCEWithLogitsLoss(Module[Any, Any], Generic[R]):
    """`torch.nn.BCEWithLogitsLoss` typed as `BCEWithLogitsLoss[reduction]`."""

    def __init__(
        self,
        weight: torch.Tensor | None = None,
        size_average: bool | None = None,
        reduce: bool | None = None,
        reduction: str = "mean",
        pos_weight: torch.Tensor | None = None,
    ) -> None: ...
    def __call__(
        self, input: Tensor[_AD, _AT, *tuple[Any, ...]], target: Tensor[_AD, Any, *tuple[Any, ...]]
    ) -> Tensor[_AD, _AT, *tuple[Any, ...]]: ...
    def forward(
        self,
        input: Tensor[_AD, _AT, *tuple[Any, ...]],  # type: ignore[override]
        target: Tensor[_AD, Any, *tuple[Any, ...]],  # type: ignore[override, override]
    ) -> Tensor[_AD, _AT, *tuple[Any, ...]]: ...

# Names not declared here are `Any` (gradual), never an error.
def __getattr__(name: str) -> Any: ...
