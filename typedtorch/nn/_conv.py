"""Convolutions: torch's layers with typed configuration (see `_conv.pyi`)."""

from __future__ import annotations

from typing import Any, Generic

import torch
from typing_extensions import TypeVar

from ._module import D, Module, T

InC = TypeVar("InC", bound=int, default=Any)
OutC = TypeVar("OutC", bound=int, default=Any)
K = TypeVar("K", default=Any)
S = TypeVar("S", default=Any)
P = TypeVar("P", default=Any)
Dl = TypeVar("Dl", default=Any)
G = TypeVar("G", default=Any)
OP = TypeVar("OP", default=Any)


class Conv1d(torch.nn.Conv1d, Module[D, T], Generic[InC, OutC, K, S, P, Dl, G, D, T]):
    """`torch.nn.Conv1d` typed as `Conv1d[in_channels, out_channels, kernel_size, stride,
    padding, dilation, groups, Device, DType]`."""


class Conv2d(torch.nn.Conv2d, Module[D, T], Generic[InC, OutC, K, S, P, Dl, G, D, T]):
    """`torch.nn.Conv2d` typed as `Conv2d[in_channels, out_channels, kernel_size, stride,
    padding, dilation, groups, Device, DType]`."""


class Conv3d(torch.nn.Conv3d, Module[D, T], Generic[InC, OutC, K, S, P, Dl, G, D, T]):
    """`torch.nn.Conv3d`, typed like `Conv2d`."""


class ConvTranspose1d(
    torch.nn.ConvTranspose1d, Module[D, T], Generic[InC, OutC, K, S, P, OP, G, Dl, D, T]
):
    """`torch.nn.ConvTranspose1d` typed as `ConvTranspose1d[in_channels, out_channels,
    kernel_size, stride, padding, output_padding, groups, dilation, Device, DType]`."""


class ConvTranspose2d(
    torch.nn.ConvTranspose2d, Module[D, T], Generic[InC, OutC, K, S, P, OP, G, Dl, D, T]
):
    """`torch.nn.ConvTranspose2d`, typed like `ConvTranspose1d`."""


class ConvTranspose3d(
    torch.nn.ConvTranspose3d, Module[D, T], Generic[InC, OutC, K, S, P, OP, G, Dl, D, T]
):
    """`torch.nn.ConvTranspose3d`, typed like `ConvTranspose1d`."""
