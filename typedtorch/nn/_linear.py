"""`Linear`, `Bilinear`, `Identity`: torch's layers with typed configuration (see `_linear.pyi`)."""

from __future__ import annotations

from typing import Any, Generic

import torch
from typing_extensions import TypeVar

from ._module import D, Module, T

In = TypeVar("In", bound=int, default=Any)
In2 = TypeVar("In2", bound=int, default=Any)
Out = TypeVar("Out", bound=int, default=Any)


class Linear(torch.nn.Linear, Module[D, T], Generic[In, Out, D, T]):
    """`torch.nn.Linear` typed as `Linear[in_features, out_features, Device, DType]`."""


class Bilinear(torch.nn.Bilinear, Module[D, T], Generic[In, In2, Out, D, T]):
    """`torch.nn.Bilinear` typed as `Bilinear[in1_features, in2_features, out_features, D, T]`."""


class Identity(torch.nn.Identity, Module[Any, Any]):
    """`torch.nn.Identity`: returns its input, typed as such."""
