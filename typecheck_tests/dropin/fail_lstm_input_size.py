"""Bug: LSTM input_size 32 for 64-wide embeddings.

A sentiment classifier: token ids -> embeddings -> LSTM -> last hidden state -> 2 classes."""

from typing import Literal as L
from typing import TypeVar

import torch
import torch.nn as nn

from typedtorch import CPU, Float32, Int64, Tensor

B = TypeVar("B", bound=int)
S = TypeVar("S", bound=int)


class SentimentLSTM(nn.Module):
    def __init__(self, vocab_size: int = 1000) -> None:
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, 64)
        self.lstm = nn.LSTM(input_size=32, hidden_size=128, batch_first=True)
        self.fc = nn.Linear(128, 2)

    def forward(self, tokens: Tensor[CPU, Int64, B, S]) -> Tensor[CPU, Float32, B, L[2]]:
        x = self.embedding(tokens)
        out, (h_n, c_n) = self.lstm(x)  # E: "LSTM(32, 128, batch_first=True)" expects input_size 32 (last dim), got 64 in input [B, S, 64]  [shape]
        return self.fc(h_n[-1])


if __name__ == "__main__":
    model = SentimentLSTM()
    logits = model(torch.randint(0, 1000, (4, 12)))
    assert logits.shape == (4, 2)
