"""`Flatten` and `Unflatten` with typed dims (see `_flatten.pyi`)."""

from __future__ import annotations

from typing import Any, Generic

import torch
from typing_extensions import TypeVar

from ._module import Module

Start = TypeVar("Start", default=Any)
End = TypeVar("End", default=Any)
Dim = TypeVar("Dim", default=Any)
Sizes = TypeVar("Sizes", default=Any)


class Flatten(torch.nn.Flatten, Module[Any, Any], Generic[Start, End]):
    """`torch.nn.Flatten` typed as `Flatten[start_dim, end_dim]`."""


class Unflatten(torch.nn.Unflatten, Module[Any, Any], Generic[Dim, Sizes]):
    """`torch.nn.Unflatten` typed as `Unflatten[dim, unflattened_size]`."""
