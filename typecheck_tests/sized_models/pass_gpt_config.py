"""A nanoGPT-style GPT whose sizes all come from a config dataclass: exact shapes, no ignores.

The config is generic in the sizes it holds (`n_embd: Dim[E]`); `GPTConfig(n_embd=64, ...)`
keeps 64, so `GPT(config)(idx)` is `[8, 32, 65]`. The multi-head merge type-checks because
`__init__` asserts `n_embd % n_head == 0` (a fact the checker uses).
"""

import math
from dataclasses import dataclass
from typing import Generic, TypeVar, reveal_type

import torch
import torch.nn as nn
import torch.nn.functional as F

from typedtorch import CPU, Dim, Float32, Int64, Tensor

B = TypeVar("B", bound=int)
T = TypeVar("T", bound=int)
E = TypeVar("E", bound=int)
NH = TypeVar("NH", bound=int)
V = TypeVar("V", bound=int)
BS = TypeVar("BS", bound=int)


@dataclass
class GPTConfig(Generic[BS, V, NH, E]):
    block_size: Dim[BS]
    vocab_size: Dim[V]
    n_layer: int
    n_head: Dim[NH]
    n_embd: Dim[E]
    dropout: float = 0.0


class CausalSelfAttention(nn.Module, Generic[NH, E]):
    def __init__(self, config: GPTConfig[BS, V, NH, E]) -> None:
        super().__init__()
        assert config.n_embd % config.n_head == 0
        self.c_attn = nn.Linear(config.n_embd, 3 * config.n_embd)
        self.c_proj = nn.Linear(config.n_embd, config.n_embd)
        self.n_head = config.n_head
        self.n_embd = config.n_embd

    def forward(self, x: Tensor[CPU, Float32, B, T, E]) -> Tensor[CPU, Float32, B, T, E]:
        Bs, Ts, C = x.size()
        q, k, v = self.c_attn(x).split(self.n_embd, dim=2)
        k = k.view(Bs, Ts, self.n_head, C // self.n_head).transpose(1, 2)
        q = q.view(Bs, Ts, self.n_head, C // self.n_head).transpose(1, 2)
        v = v.view(Bs, Ts, self.n_head, C // self.n_head).transpose(1, 2)
        reveal_type(q)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, NH, T, typedtorch._dims.Quotient[E, NH]]"
        att = (q @ k.transpose(-2, -1)) * (1.0 / math.sqrt(k.size(-1)))
        att = F.softmax(att, dim=-1)
        y = att @ v
        y = y.transpose(1, 2).contiguous().view(Bs, Ts, C)
        reveal_type(y)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, T, E]"
        return self.c_proj(y)


class MLP(nn.Module, Generic[E]):
    def __init__(self, config: GPTConfig[BS, V, NH, E]) -> None:
        super().__init__()
        self.c_fc = nn.Linear(config.n_embd, 4 * config.n_embd)
        self.gelu = nn.GELU()
        self.c_proj = nn.Linear(4 * config.n_embd, config.n_embd)

    def forward(self, x: Tensor[CPU, Float32, B, T, E]) -> Tensor[CPU, Float32, B, T, E]:
        return self.c_proj(self.gelu(self.c_fc(x)))


class Block(nn.Module, Generic[NH, E]):
    def __init__(self, config: GPTConfig[BS, V, NH, E]) -> None:
        super().__init__()
        self.ln_1 = nn.LayerNorm(config.n_embd)
        self.attn = CausalSelfAttention(config)
        self.ln_2 = nn.LayerNorm(config.n_embd)
        self.mlp = MLP(config)

    def forward(self, x: Tensor[CPU, Float32, B, T, E]) -> Tensor[CPU, Float32, B, T, E]:
        x = x + self.attn(self.ln_1(x))
        x = x + self.mlp(self.ln_2(x))
        return x


class GPT(nn.Module, Generic[BS, V, NH, E]):
    def __init__(self, config: GPTConfig[BS, V, NH, E]) -> None:
        super().__init__()
        self.config = config
        self.wte = nn.Embedding(config.vocab_size, config.n_embd)
        self.wpe = nn.Embedding(config.block_size, config.n_embd)
        self.h = nn.ModuleList([Block(config) for _ in range(config.n_layer)])
        self.ln_f = nn.LayerNorm(config.n_embd)
        self.lm_head = nn.Linear(config.n_embd, config.vocab_size, bias=False)

    def forward(self, idx: Tensor[CPU, Int64, B, T]) -> Tensor[CPU, Float32, B, T, V]:
        b, t = idx.size()
        pos = torch.arange(0, t, dtype=torch.long)
        tok_emb = self.wte(idx)
        pos_emb = self.wpe(pos)
        x = tok_emb + pos_emb
        for block in self.h:
            x = block(x)
        x = self.ln_f(x)
        return self.lm_head(x)


def train_step() -> None:
    config = GPTConfig(block_size=32, vocab_size=65, n_layer=2, n_head=4, n_embd=64)
    model = GPT(config)
    reveal_type(model)  # N: Revealed type is "pass_gpt_config.GPT[Literal[32], Literal[65], Literal[4], Literal[64]]"
    idx = torch.randint(0, 65, (8, 32))
    logits = model(idx)
    reveal_type(logits)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[8], Literal[32], Literal[65]]"
    loss = F.cross_entropy(logits.view(-1, logits.size(-1)), idx.view(-1))
    reveal_type(loss)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32]"


train_step()
