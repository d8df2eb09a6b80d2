"""Bug: padding mask [B, S] unsqueezed to [B, S, 1] against scores [B, T, S].

Cross-attention with a key padding mask: `[B, S]` must broadcast against scores `[B, T, S]`."""

import math
from typing import Literal as L
from typing import TypeVar

import torch
import torch.nn.functional as F

from typedtorch import CPU, Bool, Float32, Tensor

B = TypeVar("B", bound=int)
T = TypeVar("T", bound=int)
S = TypeVar("S", bound=int)


def cross_attention(
    queries: Tensor[CPU, Float32, B, T, L[32]],
    keys: Tensor[CPU, Float32, B, S, L[32]],
    values: Tensor[CPU, Float32, B, S, L[32]],
    key_padding: Tensor[CPU, Bool, B, S],
) -> Tensor[CPU, Float32, B, T, L[32]]:
    scores = queries @ keys.transpose(1, 2) / math.sqrt(32)
    scores = scores.masked_fill(key_padding.unsqueeze(2), float("-inf"))  # E: Shapes [B, T, S] and [B, S, 1] cannot be broadcast together for "masked_fill": dimension 1 has sizes T and S (cannot prove they are equal or 1)  [shape-unproven]
    return F.softmax(scores, dim=-1) @ values


if __name__ == "__main__":
    padding = torch.zeros(2, 5, dtype=torch.bool)
    padding[0, 3:] = True
    out = cross_attention(torch.randn(2, 4, 32), torch.randn(2, 5, 32), torch.randn(2, 5, 32), padding)
    assert out.shape == (2, 4, 32)
