"""`grad(loss, (x, w))`: gradients typed like the inputs they are taken with respect to."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar, overload

import torch

from ._devices import Device
from ._dtypes import DType
from ._tensor import Tensor

_A = TypeVar("_A", bound=torch.Tensor)
_B = TypeVar("_B", bound=torch.Tensor)
_C = TypeVar("_C", bound=torch.Tensor)
_D = TypeVar("_D", bound=torch.Tensor)
_Dev = TypeVar("_Dev", bound=Device)
_T = TypeVar("_T", bound=DType)


@overload
def grad(
    outputs: Tensor[_Dev, _T],
    inputs: _A,
    *,
    retain_graph: bool | None = None,
    create_graph: bool = False,
) -> tuple[_A]: ...
@overload
def grad(
    outputs: Tensor[_Dev, _T],
    inputs: tuple[_A],
    *,
    retain_graph: bool | None = None,
    create_graph: bool = False,
) -> tuple[_A]: ...
@overload
def grad(
    outputs: Tensor[_Dev, _T],
    inputs: tuple[_A, _B],
    *,
    retain_graph: bool | None = None,
    create_graph: bool = False,
) -> tuple[_A, _B]: ...
@overload
def grad(
    outputs: Tensor[_Dev, _T],
    inputs: tuple[_A, _B, _C],
    *,
    retain_graph: bool | None = None,
    create_graph: bool = False,
) -> tuple[_A, _B, _C]: ...
@overload
def grad(
    outputs: Tensor[_Dev, _T],
    inputs: tuple[_A, _B, _C, _D],
    *,
    retain_graph: bool | None = None,
    create_graph: bool = False,
) -> tuple[_A, _B, _C, _D]: ...
@overload
def grad(
    outputs: Tensor[_Dev, _T],
    inputs: Sequence[_A],
    *,
    retain_graph: bool | None = None,
    create_graph: bool = False,
) -> tuple[_A, ...]: ...
def grad(
    outputs: Tensor[Any, Any],
    inputs: torch.Tensor | Sequence[torch.Tensor],
    *,
    retain_graph: bool | None = None,
    create_graph: bool = False,
) -> tuple[torch.Tensor, ...]:
    """Gradients of a scalar `outputs` with respect to `inputs`: `torch.autograd.grad`, typed.

    Each gradient has its input's type (device, dtype and shape). Pass the inputs as a tuple to
    keep a different type per input; a list gives them the list's common element type.

    Args:
        outputs: the scalar (rank-0) tensor to differentiate, e.g. a loss.
        inputs: a tensor, or a tuple or list of tensors, that require grad.
        retain_graph: keep the graph for another backward pass (default: `create_graph`).
        create_graph: build the graph of the gradients, for higher-order derivatives.

    Returns:
        One gradient per input, in order.

    Raises:
        TensorTypeError: `outputs` is not a scalar (rank 0).
    """
    from ._checking import TensorTypeError, show_tensor

    if not isinstance(outputs, torch.Tensor) or outputs.dim() != 0:
        actual = show_tensor(outputs) if isinstance(outputs, torch.Tensor) else type(outputs)
        raise TensorTypeError(
            f'Argument "outputs" of "grad": expected a scalar (rank-0) tensor, got {actual}'
        )
    grads = torch.autograd.grad(
        outputs, inputs, retain_graph=retain_graph, create_graph=create_graph
    )
    return tuple(grads)
