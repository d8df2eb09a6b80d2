"""Multi-head self-attention: heads split to `[B, H, S, D]`, scores are `q @ k.transpose(-2, -1)`."""

import math
from typing import Literal as L
from typing import TypeVar

import torch
import torch.nn as nn

from typedtorch import CPU, Float32, Tensor

B = TypeVar("B", bound=int)
S = TypeVar("S", bound=int)


class MultiHeadSelfAttention(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.qkv = nn.Linear(64, 3 * 64)
        self.out = nn.Linear(64, 64)

    def forward(self, x: Tensor[CPU, Float32, B, S, L[64]]) -> Tensor[CPU, Float32, B, S, L[64]]:
        b, s, _ = x.shape
        q, k, v = self.qkv(x).chunk(3, dim=-1)
        q = q.view(b, s, 4, 16).transpose(1, 2)
        k = k.view(b, s, 4, 16).transpose(1, 2)
        v = v.view(b, s, 4, 16).transpose(1, 2)
        scores = q @ k.transpose(-2, -1) / math.sqrt(16)
        heads = torch.softmax(scores, dim=-1) @ v
        return self.out(heads.transpose(1, 2).reshape(b, s, 64))


if __name__ == "__main__":
    assert MultiHeadSelfAttention()(torch.randn(2, 5, 64)).shape == (2, 5, 64)
