# Static view of the containers. `Sequential[Layers]`: the mypy plugin sets `Layers` to the tuple
# of its layers' types and types a call as their composition; without the plugin it is `Any`.
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Generic, overload

import torch
from typing_extensions import TypeVar

from .module import Module

Layers = TypeVar("Layers", default=Any)
M = TypeVar("M", bound=torch.nn.Module, default=torch.nn.Module)

class Sequential(Module[Any, Any], Generic[Layers]):
    """`torch.nn.Sequential` typed as `Sequential[tuple[<layer types>]]`.

    Shape:
        the composition of its layers' shapes, checked layer by layer.
    """

    def __init__(self, *args: torch.nn.Module) -> None: ...
    def __call__(self, input: Any) -> Any: ...
    def forward(self, input: Any) -> Any: ...

class ModuleList(Module[Any, Any], Generic[M]):
    """`torch.nn.ModuleList` typed as `ModuleList[<module type>]`."""

    def __init__(self, modules: Iterable[M] | None = None) -> None: ...
    @overload  # type: ignore[override]
    def __getitem__(self, idx: int) -> M: ...
    @overload
    def __getitem__(self, idx: slice) -> ModuleList[M]: ...
    def __iter__(self) -> Iterator[M]: ...
    def append(self, module: M) -> ModuleList[M]: ...  # type: ignore[override]
    def extend(self, modules: Iterable[M]) -> ModuleList[M]: ...  # type: ignore[override]

class ModuleDict(Module[Any, Any], Generic[M]):
    """`torch.nn.ModuleDict` typed as `ModuleDict[<module type>]`."""

    def __init__(self, modules: Mapping[str, M] | None = None) -> None: ...
    def __getitem__(self, key: str) -> M: ...
    def values(self) -> Iterable[M]: ...  # type: ignore[override]
    def items(self) -> Iterable[tuple[str, M]]: ...  # type: ignore[override]

# Names not declared here are `Any` (gradual), never an error.
def __getattr__(name: str) -> Any: ...
