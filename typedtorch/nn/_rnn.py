"""Recurrent layers: torch's `RNN`, `LSTM`, `GRU` and their cells with typed configuration.

The runtime classes add nothing to torch's; the static view (`_rnn.pyi`) records the sizes that
decide shapes, and the mypy plugin (`mypy_plugin/_nn_rnn.py`) computes forward shapes with the
rules in `typedtorch._shapes._rnn`.
"""

from __future__ import annotations

from typing import Any, Generic

import torch
from typing_extensions import TypeVar

from ._module import D, Module, T

In = TypeVar("In", bound=int, default=Any)
H = TypeVar("H", bound=int, default=Any)
NL = TypeVar("NL", bound=int, default=Any)
Bi = TypeVar("Bi", bound=bool, default=Any)
BF = TypeVar("BF", bound=bool, default=Any)
P = TypeVar("P", bound=int, default=Any)


class RNN(torch.nn.RNN, Module[D, T], Generic[In, H, NL, Bi, BF, D, T]):
    """`torch.nn.RNN` typed as `RNN[input_size, hidden_size, num_layers, bidirectional,
    batch_first, Device, DType]`."""


class LSTM(torch.nn.LSTM, Module[D, T], Generic[In, H, NL, Bi, BF, P, D, T]):
    """`torch.nn.LSTM` typed as `LSTM[input_size, hidden_size, num_layers, bidirectional,
    batch_first, proj_size, Device, DType]`."""


class GRU(torch.nn.GRU, Module[D, T], Generic[In, H, NL, Bi, BF, D, T]):
    """`torch.nn.GRU` typed as `GRU[input_size, hidden_size, num_layers, bidirectional,
    batch_first, Device, DType]`."""


class RNNCell(torch.nn.RNNCell, Module[D, T], Generic[In, H, D, T]):
    """`torch.nn.RNNCell` typed as `RNNCell[input_size, hidden_size, Device, DType]`."""


class LSTMCell(torch.nn.LSTMCell, Module[D, T], Generic[In, H, D, T]):
    """`torch.nn.LSTMCell` typed as `LSTMCell[input_size, hidden_size, Device, DType]`."""


class GRUCell(torch.nn.GRUCell, Module[D, T], Generic[In, H, D, T]):
    """`torch.nn.GRUCell` typed as `GRUCell[input_size, hidden_size, Device, DType]`."""
