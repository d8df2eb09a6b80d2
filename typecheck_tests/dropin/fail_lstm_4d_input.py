"""Bug: 4-D conv features [B, W, C, H] into an LSTM (flatten(2) forgotten).

A CRNN text-line recogniser: conv features read left to right by an LSTM.

The conv output `[B, C, H, W]` must become a sequence over the width, `[B, W, C * H]`.
"""

from typing import Literal as L
from typing import TypeVar

import torch
import torch.nn as nn
import torch.nn.functional as F

from typedtorch import CPU, Float32, Tensor

B = TypeVar("B", bound=int)


class CRNN(nn.Module):
    def __init__(self, num_chars: int = 37) -> None:
        super().__init__()
        self.conv = nn.Conv2d(1, 16, kernel_size=3, padding=1)
        self.pool = nn.MaxPool2d(2)
        self.lstm = nn.LSTM(input_size=16 * 16, hidden_size=64, batch_first=True)
        self.fc = nn.Linear(64, num_chars)

    def forward(self, lines: Tensor[CPU, Float32, B, L[1], L[32], L[128]]) -> Tensor[CPU, Float32, B, L[64], L[37]]:
        x = self.pool(F.relu(self.conv(lines)))
        seq = x.permute(0, 3, 1, 2)
        out, _ = self.lstm(seq)  # E: "LSTM(256, 64, batch_first=True)" expects a 2-D (unbatched) or 3-D (batched) input, got 4-D input [B, 64, 16, 16]  [shape]
        return self.fc(out)


if __name__ == "__main__":
    out = CRNN()(torch.randn(2, 1, 32, 128))
    assert out.shape == (2, 64, 37)
