"""`Upsample` with typed configuration (see `_upsample.pyi`)."""

from __future__ import annotations

from typing import Any, Generic

import torch
from typing_extensions import TypeVar

from ._module import Module

Size = TypeVar("Size", default=Any)
Scale = TypeVar("Scale", default=Any)
Mode = TypeVar("Mode", default=Any)


class Upsample(torch.nn.Upsample, Module[Any, Any], Generic[Size, Scale, Mode]):
    """`torch.nn.Upsample` typed as `Upsample[size, scale_factor, mode]`."""
