"""Activation layers: torch's layers, typed as shape-preserving (see `_activation.pyi`)."""

from __future__ import annotations

from typing import Any, Generic

import torch
from typing_extensions import TypeVar

from ._module import D, Module, T

Dim = TypeVar("Dim", default=Any)
N = TypeVar("N", bound=int, default=Any)


class ReLU(torch.nn.ReLU, Module[Any, Any]):
    """`torch.nn.ReLU`."""


class GELU(torch.nn.GELU, Module[Any, Any]):
    """`torch.nn.GELU`."""


class SiLU(torch.nn.SiLU, Module[Any, Any]):
    """`torch.nn.SiLU`."""


class Tanh(torch.nn.Tanh, Module[Any, Any]):
    """`torch.nn.Tanh`."""


class Sigmoid(torch.nn.Sigmoid, Module[Any, Any]):
    """`torch.nn.Sigmoid`."""


class LeakyReLU(torch.nn.LeakyReLU, Module[Any, Any]):
    """`torch.nn.LeakyReLU`."""


class ELU(torch.nn.ELU, Module[Any, Any]):
    """`torch.nn.ELU`."""


class PReLU(torch.nn.PReLU, Module[D, T], Generic[N, D, T]):
    """`torch.nn.PReLU` typed as `PReLU[num_parameters, Device, DType]`."""


class Softmax(torch.nn.Softmax, Module[Any, Any], Generic[Dim]):
    """`torch.nn.Softmax` typed as `Softmax[dim]`."""


class LogSoftmax(torch.nn.LogSoftmax, Module[Any, Any], Generic[Dim]):
    """`torch.nn.LogSoftmax` typed as `LogSoftmax[dim]`."""
