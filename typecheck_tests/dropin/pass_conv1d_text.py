"""A text CNN: embeddings `[B, S, E]` are transposed to `[B, E, S]` for `nn.Conv1d`."""

from typing import Literal as L
from typing import TypeVar

import torch
import torch.nn as nn
import torch.nn.functional as F

from typedtorch import CPU, Float32, Int64, Tensor

B = TypeVar("B", bound=int)
S = TypeVar("S", bound=int)


class TextCNN(nn.Module):
    def __init__(self, vocab_size: int = 2000) -> None:
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, 50)
        self.conv = nn.Conv1d(50, 100, kernel_size=3, padding=1)
        self.fc = nn.Linear(100, 2)

    def forward(self, tokens: Tensor[CPU, Int64, B, S]) -> Tensor[CPU, Float32, B, L[2]]:
        emb = self.embedding(tokens)
        h = F.relu(self.conv(emb.transpose(1, 2)))
        return self.fc(h.max(dim=2).values)


if __name__ == "__main__":
    assert TextCNN()(torch.randint(0, 2000, (3, 17))).shape == (3, 2)
