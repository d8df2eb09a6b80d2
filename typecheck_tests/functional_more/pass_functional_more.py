"""More of `torch.nn.functional`: `scaled_dot_product_attention`, `rms_norm`, `instance_norm`,
`local_response_norm`, `grid_sample`, `affine_grid`, `unfold`/`fold`, pixel and channel shuffles,
`embedding_bag`."""

from typing import Literal as L
from typing import TypeVar, reveal_type

import torch
import torch.nn.functional as F

from typedtorch import CPU, Float32, Int64, Tensor

B = TypeVar("B", bound=int)
T = TypeVar("T", bound=int)


def attention(
    q: Tensor[CPU, Float32, B, L[8], T, L[16]],
    kv: Tensor[CPU, Float32, B, L[2], L[20], L[16]],
    mask: Tensor[CPU, Float32, T, L[20]],
) -> Tensor[CPU, Float32, B, L[8], T, L[16]]:
    reveal_type(F.scaled_dot_product_attention(q, q, q, is_causal=True))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[8], T, Literal[16]]"
    reveal_type(F.scaled_dot_product_attention(q, kv, kv, enable_gqa=True))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[8], T, Literal[16]]"
    dropout = 0.1
    training = bool(q.numel())
    # A dropout known only at run time (nanoGPT's): every value gives the same shape.
    reveal_type(F.scaled_dot_product_attention(q, q, q, dropout_p=dropout if training else 0.0, is_causal=True))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[8], T, Literal[16]]"
    return F.scaled_dot_product_attention(q, kv.repeat(1, 4, 1, 1), kv.repeat(1, 4, 1, 1), attn_mask=mask)


def norms(x: Tensor[CPU, Float32, B, L[3], L[32], L[32]], w: Tensor[CPU, Float32, L[32]]) -> None:
    reveal_type(F.rms_norm(x, (32,), w, eps=1e-6))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3], Literal[32], Literal[32]]"
    reveal_type(F.instance_norm(x, weight=torch.ones(3), bias=torch.zeros(3)))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3], Literal[32], Literal[32]]"
    reveal_type(F.local_response_norm(x, 2))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3], Literal[32], Literal[32]]"


def sampling(x: Tensor[CPU, Float32, B, L[3], L[32], L[32]], theta: Tensor[CPU, Float32, B, L[2], L[3]]) -> Tensor[CPU, Float32, B, L[3], L[16], L[16]]:
    grid = F.affine_grid(theta, [x.size(0), 3, 16, 16], align_corners=False)
    reveal_type(grid)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[16], Literal[16], Literal[2]]"
    return F.grid_sample(x, grid, align_corners=False)


def blocks(x: Tensor[CPU, Float32, B, L[3], L[32], L[32]]) -> Tensor[CPU, Float32, B, L[3], L[32], L[32]]:
    cols = F.unfold(x, kernel_size=4, stride=4)
    reveal_type(cols)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[48], Literal[64]]"
    reveal_type(F.unfold(x, 3, padding=1))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[27], Literal[1024]]"
    reveal_type(F.pixel_shuffle(x.repeat(1, 4, 1, 1), 2))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3], Literal[64], Literal[64]]"
    reveal_type(F.pixel_unshuffle(x, 4))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[48], Literal[8], Literal[8]]"
    reveal_type(torch.channel_shuffle(x.repeat(1, 2, 1, 1), 3))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[6], Literal[32], Literal[32]]"
    return F.fold(cols, (32, 32), kernel_size=4, stride=4)


def bags(ids: Tensor[CPU, Int64, B, L[5]], flat: Tensor[CPU, Int64, L[12]], offsets: Tensor[CPU, Int64, L[4]], table: Tensor[CPU, Float32, L[100], L[16]]) -> Tensor[CPU, Float32, B, L[16]]:
    reveal_type(F.embedding_bag(flat, table, offsets, mode="sum"))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[4], Literal[16]]"
    reveal_type(F.embedding_bag(flat, table, offsets, include_last_offset=True))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[3], Literal[16]]"
    return F.embedding_bag(ids, table, mode="max")


if __name__ == "__main__":
    q = torch.randn(2, 8, 5, 16)
    kv = torch.randn(2, 2, 20, 16)
    assert tuple(attention(q, kv, torch.zeros(5, 20)).shape) == (2, 8, 5, 16)
    norms(torch.randn(2, 3, 32, 32), torch.ones(32))
    assert tuple(sampling(torch.randn(2, 3, 32, 32), torch.randn(2, 2, 3)).shape) == (2, 3, 16, 16)
    assert tuple(blocks(torch.randn(2, 3, 32, 32)).shape) == (2, 3, 32, 32)
    out = bags(torch.randint(0, 100, (2, 5)), torch.randint(0, 100, (12,)), torch.tensor([0, 3, 6, 9]), torch.randn(100, 16))
    assert tuple(out.shape) == (2, 16)
