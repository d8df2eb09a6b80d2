"""`Module`: `torch.nn.Module` with its device and dtype as type parameters.

At runtime it adds nothing to torch's class (no `__init__`, no `forward`, no `__call__`): it
exists so that `Module[CUDA, Float64]` can be written and `isinstance(layer, tnn.Module)` holds.
The static view (`_module.pyi`) types `__call__` as the subclass's `forward` and the movers
(`.to`, `.cuda`, `.double`, ...) as returning the module itself; the mypy plugin retypes them.
"""

from __future__ import annotations

from typing import Generic

import torch
from typing_extensions import TypeVar

from .._devices import CPU, Device
from .._dtypes import DType, Float32

D = TypeVar("D", bound=Device, default=CPU)
T = TypeVar("T", bound=DType, default=Float32)


class Module(torch.nn.Module, Generic[D, T]):
    """A `torch.nn.Module` whose type carries the device `D` and dtype `T` of its parameters."""
