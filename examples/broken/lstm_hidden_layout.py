"""Bug: with `batch_first=True` the initial state is still `[num_layers, batch, hidden]`."""

from typing import Literal as L

import typedtorch as tt
import typedtorch.nn as tnn
from typedtorch import CPU, Float32, Tensor


def demo() -> None:
    lstm = tnn.LSTM(input_size=10, hidden_size=20, num_layers=2, batch_first=True)
    x: Tensor[CPU, Float32, L[4], L[7], L[10]] = tt.randn(4, 7, 10)
    h0 = tt.zeros(4, 2, 20)  # batch first, like x: wrong for the state
    c0 = tt.zeros(4, 2, 20)
    lstm(x, (h0, c0))  # BUG: shape
