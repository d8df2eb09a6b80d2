"""Errors of attention, norms, grid sampling, sliding blocks, shuffles and embedding bags."""

from typing import Literal as L
from typing import TypeVar

import torch
import torch.nn.functional as F

from typedtorch import CPU, Float32, Float64, Int64, Tensor

B = TypeVar("B", bound=int)


def attention(q: Tensor[CPU, Float32, B, L[8], L[10], L[16]], k: Tensor[CPU, Float32, B, L[8], L[12], L[32]], d: Tensor[CPU, Float64, B, L[8], L[10], L[16]]) -> None:
    F.scaled_dot_product_attention(q, k, k)  # E: Incompatible shapes for "scaled_dot_product_attention": [B, 8, 10, 16] @ [B, 8, 32, 12], inner dimensions 16 and 32 differ  [shape]
    F.scaled_dot_product_attention(q, d, d)  # E: Incompatible dtypes for "scaled_dot_product_attention": query is float32, key is float64 and value is float64; they must be the same  [dtype]
    F.scaled_dot_product_attention(q, q, q, attn_mask=torch.ones(10, 10), is_causal=True, dropout_p=0.1)  # E: "scaled_dot_product_attention": an explicit attn_mask cannot be set with is_causal=True  [shape]


def norms(x: Tensor[CPU, Float32, B, L[3], L[32], L[32]]) -> None:
    F.rms_norm(x, (16,))  # E: "rms_norm" expects input [*, 16], got [B, 3, 32, 32]  [shape]
    F.instance_norm(x, weight=torch.ones(4))  # E: Incompatible shapes for "instance_norm": weight must have one entry per channel, 3 for input [B, 3, 32, 32], got weight [4]  [shape]
    F.local_response_norm(x[0, 0], 2)  # E: "local_response_norm" expects an input [N, C, *] with at least 3 dims, got 2-D input [32, 32]  [shape]


def sampling(x: Tensor[CPU, Float32, B, L[3], L[32], L[32]], grid: Tensor[CPU, Float32, B, L[7], L[7], L[3]], theta: Tensor[CPU, Float32, B, L[3], L[4]]) -> None:
    F.grid_sample(x, grid)  # E: Incompatible shapes for "grid_sample": a 4-D input takes a grid with last dim 2, got grid [B, 7, 7, 3]  [shape]
    F.affine_grid(theta, [1, 3, 16, 16])  # E: Incompatible shapes for "affine_grid": size [1, 3, 16, 16] takes theta [N, 2, 3], got theta [B, 3, 4]  [shape]


def blocks(x: Tensor[CPU, Float32, B, L[3], L[32], L[32]], cols: Tensor[CPU, Float32, B, L[48], L[60]], i: Tensor[CPU, Int64, L[12]], t: Tensor[CPU, Float32, L[100], L[16]]) -> None:
    F.fold(cols, (32, 32), kernel_size=4, stride=4)  # E: Incompatible shapes for "fold": input [B, 48, 60] has 60 blocks in its last dim, but output_size=(32, 32) with kernel_size=(4, 4), dilation=(1, 1), padding=(0, 0), stride=(4, 4) has 64  [shape]
    F.pixel_shuffle(x, 2)  # E: Incompatible shapes for "pixel_shuffle": the channels 3 (dim -3) of input [B, 3, 32, 32] must be divisible by upscale_factor**2 = 4  [shape]
    F.pixel_unshuffle(x, 3)  # E: Incompatible shapes for "pixel_unshuffle": the height 32 (dim -2) of input [B, 3, 32, 32] must be divisible by downscale_factor 3  [shape]
    F.embedding_bag(i, t)  # E: "embedding_bag": a 1-D input [12] needs 1-D offsets (the start of each bag), got none  [shape]
