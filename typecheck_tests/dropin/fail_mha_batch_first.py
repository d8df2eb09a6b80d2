"""Bug: batch-first input into a sequence-first nn.MultiheadAttention.

`nn.MultiheadAttention` is sequence-first unless built with `batch_first=True`."""

from typing import Literal as L
from typing import TypeVar

import torch
import torch.nn as nn

from typedtorch import CPU, Bool, Float32, Tensor

B = TypeVar("B", bound=int)
S = TypeVar("S", bound=int)


class EncoderBlock(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.attn = nn.MultiheadAttention(embed_dim=64, num_heads=4)
        self.norm = nn.LayerNorm(64)

    def forward(self, x: Tensor[CPU, Float32, B, S, L[64]], padding: Tensor[CPU, Bool, B, S]) -> Tensor[CPU, Float32, B, S, L[64]]:
        attended, _ = self.attn(x, x, x, key_padding_mask=padding)  # E: "MultiheadAttention(64, 4)" expects key_padding_mask of shape [S, B] (batch, source length), got [B, S] (cannot prove they are equal)  [shape-unproven]
        return self.norm(x + attended)


if __name__ == "__main__":
    padding = torch.zeros(2, 9, dtype=torch.bool)
    padding[1, 6:] = True
    assert EncoderBlock()(torch.randn(2, 9, 64), padding).shape == (2, 9, 64)
