"""Models as functions of their parameters (the seeds' `Parameterized`).

`parameters_of(model)` is the model's parameters as a flat dict (torch's dotted names, as in
`named_parameters`); `functional_call(model, params, args)` runs the model's forward with those
tensors in place of its own (`torch.func.functional_call`), without touching the model. Together
they let pure optimizers (`typedtorch.optim`) and `torch.func` transforms treat a model as a
function from parameters to results.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import torch
import torch.func

__all__ = ["functional_call", "parameters_of"]


def parameters_of(model: torch.nn.Module) -> dict[str, torch.Tensor]:
    """The model's parameters by dotted name, in `named_parameters()` order (shared ones once).

    The tensors are the model's own `Parameter`s (no copy): detach or clone them to start a
    functional computation that must not write back.
    """
    return dict(model.named_parameters())


def functional_call(
    module: torch.nn.Module,
    parameter_and_buffer_dicts: Mapping[str, torch.Tensor] | tuple[Mapping[str, torch.Tensor], ...],
    args: Any = None,
    kwargs: dict[str, Any] | None = None,
    *,
    tie_weights: bool = True,
    strict: bool = False,
) -> Any:
    """`module(*args, **kwargs)` computed with `parameter_and_buffer_dicts` in place of the
    module's own parameters and buffers; as `torch.func.functional_call`, whose arguments these
    are (`args` is a tuple of positional arguments, or the single one).

    Statically the result is the module's forward result for those arguments.
    """
    # torch takes dicts only (it checks `isinstance(..., dict)`): any other mapping is copied.
    dicts = (
        dict(parameter_and_buffer_dicts)
        if isinstance(parameter_and_buffer_dicts, Mapping)
        else tuple(dict(d) for d in parameter_and_buffer_dicts)
    )
    return torch.func.functional_call(
        module,
        dicts,
        args,
        kwargs,
        tie_weights=tie_weights,
        strict=strict,
    )
