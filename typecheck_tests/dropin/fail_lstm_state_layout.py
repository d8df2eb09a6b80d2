"""Bug: h0/c0 built batch-first ([B, layers, hidden]) for a batch_first LSTM.

A sequence tagger that starts its LSTM from an explicit zero state.

With `batch_first=True` the input is `[batch, seq, feature]`, but `h_0` and `c_0` keep the
layout `[num_layers, batch, hidden]`.
"""

from typing import Literal as L
from typing import TypeVar

import torch
import torch.nn as nn

from typedtorch import CPU, Float32, Tensor

B = TypeVar("B", bound=int)
S = TypeVar("S", bound=int)


class Tagger(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.lstm = nn.LSTM(input_size=16, hidden_size=32, num_layers=2, batch_first=True)
        self.head = nn.Linear(32, 5)

    def forward(self, x: Tensor[CPU, Float32, B, S, L[16]]) -> Tensor[CPU, Float32, B, S, L[5]]:
        h0 = torch.zeros(x.size(0), 2, 32)
        c0 = torch.zeros(x.size(0), 2, 32)
        out, _ = self.lstm(x, (h0, c0))  # E: "LSTM(16, 32, num_layers=2, batch_first=True)" expects h_0 of shape [2, B, 32] (num_layers * num_directions, batch, hidden); this layout holds even with batch_first=True, got [B, 2, 32] (cannot prove they are equal)  [shape-unproven]
        return self.head(out)


if __name__ == "__main__":
    tags = Tagger()(torch.randn(3, 9, 16))
    assert tags.shape == (3, 9, 5)
