"""Attention layers: each mistake reported once, at the call, with its code."""

from typing import Literal as L

import typedtorch.nn as tnn
from typedtorch import CPU, Bool, Float32, Int64, Tensor

tnn.MultiheadAttention(10, 3)  # E: "MultiheadAttention(10, 3)": embed_dim 10 must be divisible by num_heads 3  [layer-argument]
tnn.TransformerEncoderLayer(30, 4)  # E: "TransformerEncoderLayer(30, 4)": d_model 30 must be divisible by nhead 4  [layer-argument]


def attention_masks(
    x: Tensor[CPU, Float32, L[7], L[2], L[16]],
    m: Tensor[CPU, Float32, L[9], L[2], L[16]],
    square: Tensor[CPU, Bool, L[7], L[7]],
    pad: Tensor[CPU, Bool, L[7], L[2]],
    ints: Tensor[CPU, Int64, L[7], L[9]],
) -> None:
    mha = tnn.MultiheadAttention(16, 4)
    mha(x, m, m, attn_mask=square)  # E: "MultiheadAttention(16, 4)" expects attn_mask of shape [7, 9] (target length, source length) or [8, 7, 9] (batch * num_heads, target length, source length), got [7, 7]  [shape]
    mha(x, x, x, key_padding_mask=pad)  # E: "MultiheadAttention(16, 4)" expects key_padding_mask of shape [2, 7] (batch, source length), got [7, 2]  [shape]
    mha(x, m, m, attn_mask=ints)  # E: "MultiheadAttention(16, 4)" expects attn_mask of dtype bool or floating, got int64  [dtype]


def wrong_width(x: Tensor[CPU, Float32, L[7], L[2], L[12]]) -> None:
    tnn.MultiheadAttention(16, 4)(x, x, x)  # E: "MultiheadAttention(16, 4)" expects embed_dim 16 (last dim of query), got 12 in query [7, 2, 12]  [shape]
    tnn.TransformerEncoderLayer(16, 4)(x)  # E: "TransformerEncoderLayer(16, 4)" expects d_model 16 (last dim of src), got 12 in src [7, 2, 12]  [shape]


def decoder_masks(
    tgt: Tensor[CPU, Float32, L[2], L[5], L[16]], memory: Tensor[CPU, Float32, L[2], L[9], L[16]]
) -> None:
    layer = tnn.TransformerDecoderLayer(16, 4, batch_first=True)
    layer(tgt, memory, tgt_mask=tnn.generate_square_subsequent_mask(9))  # E: "TransformerDecoderLayer(16, 4, batch_first=True)" expects tgt_mask of shape [5, 5] (target length, source length) or [8, 5, 5] (batch * num_heads, target length, source length), got [9, 9]  [shape]
