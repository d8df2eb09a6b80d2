"""Recurrent layers: each mistake reported once, at the call, with its code."""

from typing import Literal as L

import typedtorch.nn as tnn
from typedtorch import CPU, Float32, Float64, Tensor


def batch_first_state_layout(
    x: Tensor[CPU, Float32, L[4], L[7], L[10]], h: Tensor[CPU, Float32, L[4], L[2], L[20]]
) -> None:
    lstm = tnn.LSTM(10, 20, num_layers=2, batch_first=True)
    lstm(x, (h, h))  # E: "LSTM(10, 20, num_layers=2, batch_first=True)" expects h_0 of shape [2, 4, 20] (num_layers * num_directions, batch, hidden); this layout holds even with batch_first=True, got [4, 2, 20]  [shape]


def input_size_mismatch(x: Tensor[CPU, Float32, L[5], L[3], L[8]]) -> None:
    tnn.LSTM(10, 20)(x)  # E: "LSTM(10, 20)" expects input_size 10 (last dim), got 8 in input [5, 3, 8]  [shape]


def cell_state(x: Tensor[CPU, Float32, L[3], L[4]], h: Tensor[CPU, Float32, L[3], L[6]]) -> None:
    tnn.GRUCell(4, 7)(x, h)  # E: "GRUCell(4, 7)" expects hx of shape [3, 7] (batch, hidden_size), got [3, 6]  [shape]


def dtype_mismatch(x: Tensor[CPU, Float64, L[5], L[3], L[10]]) -> None:
    tnn.GRU(10, 20)(x)  # E: Incompatible dtypes for "GRU(10, 20)": the layer is float32 and the input is float64 (convert one with .to(), e.g. .to(torch.float32))  [dtype]


tnn.LSTM(10, 20, proj_size=20)  # E: "LSTM(10, 20, proj_size=20)": proj_size has to be smaller than hidden_size, got proj_size=20 and hidden_size=20  [layer-argument]
