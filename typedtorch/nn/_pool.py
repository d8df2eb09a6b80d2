"""Pooling layers: torch's layers with typed configuration (see `_pool.pyi`).

Pools have no parameters: they are not generic in device and dtype.
"""

from __future__ import annotations

from typing import Any, Generic

import torch
from typing_extensions import TypeVar

from ._module import Module

K = TypeVar("K", default=Any)
S = TypeVar("S", default=Any)
P = TypeVar("P", default=Any)
Dl = TypeVar("Dl", default=Any)
C = TypeVar("C", default=Any)
O = TypeVar("O", default=Any)  # noqa: E741


class MaxPool1d(torch.nn.MaxPool1d, Module[Any, Any], Generic[K, S, P, Dl, C]):
    """`torch.nn.MaxPool1d` typed as `MaxPool1d[kernel_size, stride, padding, dilation,
    ceil_mode]`."""


class MaxPool2d(torch.nn.MaxPool2d, Module[Any, Any], Generic[K, S, P, Dl, C]):
    """`torch.nn.MaxPool2d`, typed like `MaxPool1d`."""


class MaxPool3d(torch.nn.MaxPool3d, Module[Any, Any], Generic[K, S, P, Dl, C]):
    """`torch.nn.MaxPool3d`, typed like `MaxPool1d`."""


class AvgPool1d(torch.nn.AvgPool1d, Module[Any, Any], Generic[K, S, P, C]):
    """`torch.nn.AvgPool1d` typed as `AvgPool1d[kernel_size, stride, padding, ceil_mode]`."""


class AvgPool2d(torch.nn.AvgPool2d, Module[Any, Any], Generic[K, S, P, C]):
    """`torch.nn.AvgPool2d`, typed like `AvgPool1d`."""


class AvgPool3d(torch.nn.AvgPool3d, Module[Any, Any], Generic[K, S, P, C]):
    """`torch.nn.AvgPool3d`, typed like `AvgPool1d`."""


class AdaptiveAvgPool1d(torch.nn.AdaptiveAvgPool1d, Module[Any, Any], Generic[O]):
    """`torch.nn.AdaptiveAvgPool1d` typed as `AdaptiveAvgPool1d[output_size]`."""


class AdaptiveAvgPool2d(torch.nn.AdaptiveAvgPool2d, Module[Any, Any], Generic[O]):
    """`torch.nn.AdaptiveAvgPool2d` typed as `AdaptiveAvgPool2d[output_size]`."""


class AdaptiveAvgPool3d(torch.nn.AdaptiveAvgPool3d, Module[Any, Any], Generic[O]):
    """`torch.nn.AdaptiveAvgPool3d` typed as `AdaptiveAvgPool3d[output_size]`."""


class AdaptiveMaxPool1d(torch.nn.AdaptiveMaxPool1d, Module[Any, Any], Generic[O]):
    """`torch.nn.AdaptiveMaxPool1d` typed as `AdaptiveMaxPool1d[output_size]`."""


class AdaptiveMaxPool2d(torch.nn.AdaptiveMaxPool2d, Module[Any, Any], Generic[O]):
    """`torch.nn.AdaptiveMaxPool2d` typed as `AdaptiveMaxPool2d[output_size]`."""


class AdaptiveMaxPool3d(torch.nn.AdaptiveMaxPool3d, Module[Any, Any], Generic[O]):
    """`torch.nn.AdaptiveMaxPool3d` typed as `AdaptiveMaxPool3d[output_size]`."""
