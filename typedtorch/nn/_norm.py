"""Normalization layers: torch's layers with typed configuration (see `_norm.pyi`)."""

from __future__ import annotations

from typing import Any, Generic

import torch
from typing_extensions import TypeVar

from ._module import D, Module, T

F = TypeVar("F", bound=int, default=Any)
G = TypeVar("G", bound=int, default=Any)
NS = TypeVar("NS", default=Any)


class BatchNorm1d(torch.nn.BatchNorm1d, Module[D, T], Generic[F, D, T]):
    """`torch.nn.BatchNorm1d` typed as `BatchNorm1d[num_features, Device, DType]`."""


class BatchNorm2d(torch.nn.BatchNorm2d, Module[D, T], Generic[F, D, T]):
    """`torch.nn.BatchNorm2d` typed as `BatchNorm2d[num_features, Device, DType]`."""


class BatchNorm3d(torch.nn.BatchNorm3d, Module[D, T], Generic[F, D, T]):
    """`torch.nn.BatchNorm3d` typed as `BatchNorm3d[num_features, Device, DType]`."""


class LayerNorm(torch.nn.LayerNorm, Module[D, T], Generic[NS, D, T]):
    """`torch.nn.LayerNorm` typed as `LayerNorm[normalized_shape, Device, DType]`."""


class GroupNorm(torch.nn.GroupNorm, Module[D, T], Generic[G, F, D, T]):
    """`torch.nn.GroupNorm` typed as `GroupNorm[num_groups, num_channels, Device, DType]`."""
