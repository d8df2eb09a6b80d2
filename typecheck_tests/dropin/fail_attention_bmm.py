"""Bug: bmm(q, k) without transposing k: inner dims 64 and S.

Scaled dot-product attention written out with `torch.bmm`: scores are `q @ k^T`."""

import math
from typing import Literal as L
from typing import TypeVar

import torch
import torch.nn as nn
import torch.nn.functional as F

from typedtorch import CPU, Float32, Tensor

B = TypeVar("B", bound=int)
S = TypeVar("S", bound=int)


class SelfAttention(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.query = nn.Linear(64, 64)
        self.key = nn.Linear(64, 64)
        self.value = nn.Linear(64, 64)

    def forward(self, x: Tensor[CPU, Float32, B, S, L[64]]) -> Tensor[CPU, Float32, B, S, L[64]]:
        q, k, v = self.query(x), self.key(x), self.value(x)
        scores = torch.bmm(q, k) / math.sqrt(64)  # E: Incompatible shapes for "bmm": [B, S, 64] @ [B, S, 64], inner dimensions 64 and S differ (cannot prove they are equal)  [shape-unproven]
        weights = F.softmax(scores, dim=-1)
        return torch.bmm(weights, v)


if __name__ == "__main__":
    assert SelfAttention()(torch.randn(2, 7, 64)).shape == (2, 7, 64)
