"""karpathy/llama2.c's Llama, annotated (examples/real_models/llama2/model.py): what mypy computes.

A decoder block is walked through (RMSNorm, attention with RoPE and grouped KV heads, SwiGLU), then
the whole model on concrete token ids, in inference and in training mode.
"""

from typing import Any, TypeVar, reveal_type
from typing import Literal as L

import torch

import typedtorch as tt
from examples.real_models.llama2.model import (
    Attention,
    FeedForward,
    ModelArgs,
    RMSNorm,
    Transformer,
    TransformerBlock,
    apply_rotary_emb,
    precompute_freqs_cis,
    repeat_kv,
)
from typedtorch import CPU, Float32, Int64, Tensor

B = TypeVar("B", bound=int)
T = TypeVar("T", bound=int)

torch.manual_seed(0)
args = ModelArgs(dim=64, n_layers=2, n_heads=4, n_kv_heads=2, vocab_size=32, multiple_of=16, max_seq_len=32)
model = Transformer(args).eval()
reveal_type(model.tok_embeddings)  # N: Revealed type is "torch.nn.modules.sparse.Embedding[Any, Any, typedtorch._devices.CPU, typedtorch._dtypes.Float32]"
reveal_type(model.layers)  # N: Revealed type is "torch.nn.modules.container.ModuleList[Any]"
reveal_type(model.output)  # N: Revealed type is "torch.nn.modules.linear.Linear[Any, Any, typedtorch._devices.CPU, typedtorch._dtypes.Float32]"

tokens = torch.randint(0, 32, (2, 16))
reveal_type(tokens)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, Literal[2], Literal[16]]"
h = model.tok_embeddings(tokens)
reveal_type(h)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, Any, Literal[2], Literal[16], Any]"
freqs_cos, freqs_sin = precompute_freqs_cis(16, 32)
reveal_type(freqs_cos)  # N: Revealed type is "Any"
# The rotary tables enter typed here: `precompute_freqs_cis` declares no result type.
cos = tt.checked(freqs_cos[:16], Tensor[CPU, Float32, L[16], Any])
sin = tt.checked(freqs_sin[:16], Tensor[CPU, Float32, L[16], Any])

norm = RMSNorm(64, eps=1e-5)
reveal_type(norm.weight)  # N: Revealed type is "torch.nn.parameter.Parameter[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Any]"
reveal_type(norm(h))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Literal[16], Any]"
attention = Attention(args)
reveal_type(attention.wq)  # N: Revealed type is "torch.nn.modules.linear.Linear[Any, Any, typedtorch._devices.CPU, typedtorch._dtypes.Float32]"
xq = attention.wq(h).view(2, 16, 4, 16)
reveal_type(xq)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, Any, Literal[2], Literal[16], Literal[4], Literal[16]]"
xk = attention.wk(h).view(2, 16, 2, 16)
reveal_type(xk)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, Any, Literal[2], Literal[16], Literal[2], Literal[16]]"
reveal_type(apply_rotary_emb(xq, xk, cos, sin))  # N: Revealed type is "tuple[torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Literal[16], Any, Any], torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Literal[16], Any, Any]]"
reveal_type(repeat_kv(xk, 2))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Literal[16], Any, Any]"
reveal_type(attention(h, cos, sin))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Literal[16], Any]"
reveal_type(FeedForward(64, None, 16, 0.0)(h))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Literal[16], Any]"
reveal_type(TransformerBlock(0, args)(h, cos, sin))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Literal[16], Any]"

reveal_type(model(tokens))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Any, Any]"
reveal_type(model(tokens, tokens))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Any, Any]"
reveal_type(model.last_loss)  # N: Revealed type is "torch._tensor.Tensor[Any, Any, *tuple[Any, ...]] | None"


def next_token_logits(ids: Tensor[CPU, Int64, B, T]) -> Tensor[CPU, Float32, B, Any, Any]:
    reveal_type(model.tok_embeddings(ids))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, Any, B, T, Any]"
    return model(ids)


reveal_type(next_token_logits(tokens))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Any, Any]"
