# Static view of `parameters_of` / `functional_call`. A typed module's parameters share its device
# and dtype: `parameters_of(Linear[..., CPU, Float32])` is `dict[str, Tensor[CPU, Float32, ...]]`.
# `functional_call`'s result is `Any` here; the mypy plugin types it as the module's own call on
# the same arguments (`mypy_plugin/_nn_rnn.py`).
from collections.abc import Mapping
from typing import Any, overload

import torch
from typing_extensions import TypeVar

from .._devices import Device
from .._dtypes import DType
from .._tensor import Tensor
from ._module import Module

_D = TypeVar("_D", bound=Device)
_T = TypeVar("_T", bound=DType)

@overload
def parameters_of(model: Module[_D, _T]) -> dict[str, Tensor[_D, _T, *tuple[Any, ...]]]: ...
@overload
def parameters_of(model: torch.nn.Module) -> dict[str, torch.Tensor]: ...
def functional_call(
    module: torch.nn.Module,
    parameter_and_buffer_dicts: Mapping[str, torch.Tensor] | tuple[Mapping[str, torch.Tensor], ...],
    args: Any = None,
    kwargs: dict[str, Any] | None = None,
    *,
    tie_weights: bool = True,
    strict: bool = False,
) -> Any: ...
