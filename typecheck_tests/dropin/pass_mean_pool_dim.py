"""Sentence embeddings by mean pooling token vectors `[B, S, E]` over the sequence (dim 1)."""

from typing import Literal as L
from typing import TypeVar

import torch
import torch.nn as nn

from typedtorch import CPU, Float32, Int64, Tensor

B = TypeVar("B", bound=int)
S = TypeVar("S", bound=int)


class MeanPoolClassifier(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.embedding = nn.Embedding(3000, 96)
        self.fc = nn.Linear(96, 5)

    def forward(self, tokens: Tensor[CPU, Int64, B, S]) -> Tensor[CPU, Float32, B, L[5]]:
        vectors = self.embedding(tokens)
        sentence = vectors.mean(dim=1)
        return self.fc(sentence)


if __name__ == "__main__":
    assert MeanPoolClassifier()(torch.randint(0, 3000, (2, 11))).shape == (2, 5)
