"""A speech model: a conv front-end over `[B, C, T]` features, then a sequence-first LSTM.

`nn.LSTM` without `batch_first` wants `[T, B, C]`: a permute of three dims, not a transpose.
"""

from typing import Literal as L
from typing import TypeVar

import torch
import torch.nn as nn
import torch.nn.functional as F

from typedtorch import CPU, Float32, Tensor

B = TypeVar("B", bound=int)
T = TypeVar("T", bound=int)


class SpeechModel(nn.Module):
    def __init__(self, vocab_size: int = 29) -> None:
        super().__init__()
        self.conv = nn.Conv1d(80, 128, kernel_size=3, padding=1)
        self.lstm = nn.LSTM(input_size=128, hidden_size=256)
        self.fc = nn.Linear(256, vocab_size)

    def forward(self, mels: Tensor[CPU, Float32, B, L[80], T]) -> Tensor[CPU, Float32, T, B, L[29]]:
        feats = F.relu(self.conv(mels))
        seq = feats.permute(2, 0, 1)
        out, _ = self.lstm(seq)
        return F.log_softmax(self.fc(out), dim=-1)


if __name__ == "__main__":
    assert SpeechModel()(torch.randn(3, 80, 50)).shape == (50, 3, 29)
