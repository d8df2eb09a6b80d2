"""Elementwise functions of several tensors: `where`, `maximum`, `minimum`.

Thin calls into torch. The signatures are exact for same-shape, same-dtype operands without the
mypy plugin; the plugin computes broadcast shapes and promoted dtypes for the rest.
"""

from __future__ import annotations

from typing import Any, TypeVar, overload

import torch
from typing_extensions import TypeVarTuple

from ._devices import Device
from ._dtypes import Bool, DType
from ._tensor import Tensor

_D = TypeVar("_D", bound=Device)
_T = TypeVar("_T", bound=DType)
_S = TypeVarTuple("_S")


@overload
def where(
    condition: Tensor[_D, Bool, *_S], input: Tensor[_D, _T, *_S], other: Tensor[_D, _T, *_S]
) -> Tensor[_D, _T, *_S]: ...
@overload
def where(
    condition: torch.Tensor, input: torch.Tensor | complex, other: torch.Tensor | complex
) -> Tensor[Any, Any, *tuple[Any, ...]]: ...
def where(
    condition: torch.Tensor, input: torch.Tensor | complex, other: torch.Tensor | complex
) -> Any:
    """Elements of `input` where `condition` holds, else of `other` (torch.where).

    Args:
        condition: a bool tensor.
        input: the values where `condition` is true (a tensor or a Python scalar).
        other: the values where `condition` is false (a tensor or a Python scalar).

    Returns:
        The broadcast of the three shapes, with the promoted dtype of `input` and `other`.

    Shape:
        - condition, input, other: broadcastable to one another.
        - Output: their broadcast shape.
    """
    return torch.where(condition, input, other)


@overload
def maximum(input: Tensor[_D, _T, *_S], other: Tensor[_D, _T, *_S]) -> Tensor[_D, _T, *_S]: ...
@overload
def maximum(input: torch.Tensor, other: torch.Tensor) -> Tensor[Any, Any, *tuple[Any, ...]]: ...
def maximum(input: torch.Tensor, other: torch.Tensor) -> Any:
    """The elementwise maximum of `input` and `other` (torch.maximum), broadcast and promoted.

    Shape:
        - input, other: broadcastable to each other.
        - Output: their broadcast shape.
    """
    return torch.maximum(input, other)


@overload
def minimum(input: Tensor[_D, _T, *_S], other: Tensor[_D, _T, *_S]) -> Tensor[_D, _T, *_S]: ...
@overload
def minimum(input: torch.Tensor, other: torch.Tensor) -> Tensor[Any, Any, *tuple[Any, ...]]: ...
def minimum(input: torch.Tensor, other: torch.Tensor) -> Any:
    """The elementwise minimum of `input` and `other` (torch.minimum), broadcast and promoted.

    Shape:
        - input, other: broadcastable to each other.
        - Output: their broadcast shape.
    """
    return torch.minimum(input, other)
