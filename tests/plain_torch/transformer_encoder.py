"""A Transformer encoder with padding and causal masks, and raw multi-head attention."""

import math

import torch
import torch.nn as nn


class PositionalEncoding(nn.Module):
    def __init__(self, d_model: int, max_len: int = 64) -> None:
        super().__init__()
        position = torch.arange(max_len).unsqueeze(1)
        div_term = torch.exp(torch.arange(0, d_model, 2) * (-math.log(10000.0) / d_model))
        pe = torch.zeros(max_len, d_model)
        pe[:, 0::2] = torch.sin(position * div_term)
        pe[:, 1::2] = torch.cos(position * div_term)
        self.register_buffer("pe", pe, persistent=False)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x + self.pe[: x.size(1)]


d_model, nhead = 16, 4
layer = nn.TransformerEncoderLayer(
    d_model, nhead, dim_feedforward=32, dropout=0.0, batch_first=True, norm_first=True
)
encoder = nn.TransformerEncoder(layer, num_layers=2, enable_nested_tensor=False)
pos = PositionalEncoding(d_model)
x = torch.randn(2, 7, d_model)
padding_mask = torch.zeros(2, 7, dtype=torch.bool)
padding_mask[1, 5:] = True
causal = nn.Transformer.generate_square_subsequent_mask(7)
out = encoder(pos(x), mask=causal, src_key_padding_mask=padding_mask, is_causal=True)
assert out.shape == (2, 7, d_model)

mha = nn.MultiheadAttention(embed_dim=d_model, num_heads=nhead, batch_first=True)
attn_out, attn_weights = mha(x, x, x, need_weights=True, average_attn_weights=True)
assert attn_out.shape == (2, 7, d_model)
assert attn_weights is not None and attn_weights.shape == (2, 7, 7)
