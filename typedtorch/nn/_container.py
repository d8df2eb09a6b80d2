"""`Sequential`, `ModuleList`, `ModuleDict` (see `_container.pyi`).

`Sequential[Layers]` records its layers' types as a tuple type (`Sequential[tuple[Linear[...],
ReLU, ...]]`, built by the mypy plugin), so its forward is the composition of theirs.
"""

from __future__ import annotations

from typing import Any, Generic

import torch
from typing_extensions import TypeVar

from ._module import Module

Layers = TypeVar("Layers", default=Any)
M = TypeVar("M", bound=torch.nn.Module, default=torch.nn.Module)


class Sequential(torch.nn.Sequential, Module[Any, Any], Generic[Layers]):
    """`torch.nn.Sequential` typed as `Sequential[tuple[<layer types>]]`."""


class ModuleList(torch.nn.ModuleList, Module[Any, Any], Generic[M]):
    """`torch.nn.ModuleList` typed as `ModuleList[<module type>]`."""


class ModuleDict(torch.nn.ModuleDict, Module[Any, Any], Generic[M]):
    """`torch.nn.ModuleDict` typed as `ModuleDict[<module type>]`."""
