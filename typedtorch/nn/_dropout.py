"""Dropout layers: torch's layers, typed as shape-preserving (see `_dropout.pyi`)."""

from __future__ import annotations

from typing import Any

import torch

from ._module import Module


class Dropout(torch.nn.Dropout, Module[Any, Any]):
    """`torch.nn.Dropout`: the output has the input's type."""


class Dropout1d(torch.nn.Dropout1d, Module[Any, Any]):
    """`torch.nn.Dropout1d`: the output has the input's type."""


class Dropout2d(torch.nn.Dropout2d, Module[Any, Any]):
    """`torch.nn.Dropout2d`: the output has the input's type."""


class Dropout3d(torch.nn.Dropout3d, Module[Any, Any]):
    """`torch.nn.Dropout3d`: the output has the input's type."""


class AlphaDropout(torch.nn.AlphaDropout, Module[Any, Any]):
    """`torch.nn.AlphaDropout`: the output has the input's type."""
