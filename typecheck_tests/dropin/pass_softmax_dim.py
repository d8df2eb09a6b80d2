"""Attention pooling: one score per token `[B, S, 1]`, softmax over the sequence (dim 1)."""

from typing import Literal as L
from typing import TypeVar

import torch
import torch.nn as nn

from typedtorch import CPU, Float32, Tensor

B = TypeVar("B", bound=int)
S = TypeVar("S", bound=int)


class AttentionPool(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.score = nn.Linear(128, 1)

    def forward(self, tokens: Tensor[CPU, Float32, B, S, L[128]]) -> Tensor[CPU, Float32, B, L[128]]:
        weights = torch.softmax(self.score(tokens), dim=1)
        return (weights * tokens).sum(dim=1)


if __name__ == "__main__":
    torch.manual_seed(0)
    tokens = torch.randn(2, 6, 128)
    pooled = AttentionPool()(tokens)
    # A weighted average of the tokens never exceeds their maximum.
    assert (pooled <= tokens.max(dim=1).values + 1e-5).all()
