"""Attention layers: outputs and attention weights from literal configuration; masks checked."""

from typing import Literal as L
from typing import TypeVar, reveal_type

import typedtorch.nn as tnn
from typedtorch import CPU, Bool, Float32, Tensor

N = TypeVar("N", bound=int)
S = TypeVar("S", bound=int)


def self_attention(
    x: Tensor[CPU, Float32, N, S, L[16]], mask: Tensor[CPU, Bool, S, S], pad: Tensor[CPU, Bool, N, S]
) -> Tensor[CPU, Float32, N, S, L[16]]:
    mha = tnn.MultiheadAttention(16, 4, batch_first=True)
    reveal_type(mha)  # N: Revealed type is "torch.nn.modules.activation.MultiheadAttention[Literal[16], Literal[4], Literal[False], Literal[False], None, None, Literal[True], typedtorch._devices.CPU, typedtorch._dtypes.Float32]"
    out, weights = mha(x, x, x, key_padding_mask=pad, attn_mask=mask)
    reveal_type(weights)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, N, S, S]"
    reveal_type(mha(x, x, x, need_weights=False))  # N: Revealed type is "tuple[torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, N, S, Literal[16]], None]"
    return out


def cross_attention(
    q: Tensor[CPU, Float32, L[7], L[2], L[8]],
    k: Tensor[CPU, Float32, L[9], L[2], L[3]],
    v: Tensor[CPU, Float32, L[9], L[2], L[5]],
    mask: Tensor[CPU, Float32, L[4], L[7], L[9]],
) -> None:
    mha = tnn.MultiheadAttention(8, 2, add_zero_attn=True, kdim=3, vdim=5)
    reveal_type(mha(q, k, v, attn_mask=mask, average_attn_weights=False))  # N: Revealed type is "tuple[torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[7], Literal[2], Literal[8]], torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Literal[2], Literal[7], Literal[10]]]"


def encoder_decoder(
    src: Tensor[CPU, Float32, N, S, L[16]], tgt: Tensor[CPU, Float32, N, L[5], L[16]]
) -> Tensor[CPU, Float32, N, L[5], L[16]]:
    encoder = tnn.TransformerEncoder(tnn.TransformerEncoderLayer(16, 4, 32, batch_first=True), 2)
    decoder = tnn.TransformerDecoder(tnn.TransformerDecoderLayer(16, 4, 32, batch_first=True), 2)
    causal = tnn.generate_square_subsequent_mask(5)
    reveal_type(causal)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[5], Literal[5]]"
    memory = encoder(src)
    reveal_type(memory)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, N, S, Literal[16]]"
    out = decoder(tgt, memory, tgt_mask=causal)
    reveal_type(out)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, N, Literal[5], Literal[16]]"
    return out


def full_transformer(src: Tensor[CPU, Float32, L[6], N, L[8]], tgt: Tensor[CPU, Float32, L[4], N, L[8]]) -> None:
    model = tnn.Transformer(8, 2, 1, 1, 16)
    mask = model.generate_square_subsequent_mask(4)
    reveal_type(model(src, tgt, tgt_mask=mask))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[4], N, Literal[8]]"


if __name__ == "__main__":
    import torch

    self_attention(torch.zeros(2, 3, 16), torch.zeros(3, 3, dtype=torch.bool), torch.zeros(2, 3, dtype=torch.bool))
    cross_attention(torch.zeros(7, 2, 8), torch.zeros(9, 2, 3), torch.zeros(9, 2, 5), torch.zeros(4, 7, 9))
    encoder_decoder(torch.zeros(2, 6, 16), torch.zeros(2, 5, 16))
    full_transformer(torch.zeros(6, 2, 8), torch.zeros(4, 2, 8))
