"""Facts the code states about sizes: the multi-head merge after `assert n_embd % n_head == 0`."""

from dataclasses import dataclass
from typing import Generic, TypeVar, reveal_type

import torch
import torch.nn as nn

from typedtorch import CPU, Float32, Tensor

B = TypeVar("B", bound=int)
T = TypeVar("T", bound=int)
H = TypeVar("H", bound=int)
W = TypeVar("W", bound=int)
E = TypeVar("E", bound=int)
NH = TypeVar("NH", bound=int)


@dataclass
class Config(Generic[E, NH]):
    n_embd: E
    n_head: NH


class SelfAttention(nn.Module, Generic[E, NH]):
    def __init__(self, config: Config[E, NH]) -> None:
        super().__init__()
        assert config.n_embd % config.n_head == 0  # stated once, where the sizes are made
        self.c_attn = nn.Linear(config.n_embd, 3 * config.n_embd)
        self.c_proj = nn.Linear(config.n_embd, config.n_embd)
        self.n_head = config.n_head
        self.n_embd = config.n_embd

    def forward(self, x: Tensor[CPU, Float32, B, T, E]) -> Tensor[CPU, Float32, B, T, E]:
        B_, T_, C = x.size()
        q, k, v = self.c_attn(x).split(self.n_embd, dim=2)
        q = q.view(B_, T_, self.n_head, C // self.n_head).transpose(1, 2)
        k = k.view(B_, T_, self.n_head, C // self.n_head).transpose(1, 2)
        v = v.view(B_, T_, self.n_head, C // self.n_head).transpose(1, 2)
        att = (q @ k.transpose(-2, -1)).softmax(dim=-1)
        y = att @ v
        y = y.transpose(1, 2).contiguous().view(B_, T_, C)  # no shape-unproven: the assert holds
        reveal_type(y)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, T, E]"
        return self.c_proj(y)


def square(x: Tensor[CPU, Float32, B, H, W]) -> None:
    if x.size(1) != x.size(2):
        raise ValueError("square images only")
    # H == W here: an image and its transpose stack (without the check: shape-unproven).
    reveal_type(torch.cat([x, x.transpose(1, 2)]))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, typedtorch._dims.Product[Literal[2], B], H, H]"


config = Config(n_embd=64, n_head=4)
reveal_type(config)  # N: Revealed type is "pass_facts.Config[Literal[64], Literal[4]]"
attn = SelfAttention(config)
reveal_type(attn(torch.randn(2, 5, 64)))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Literal[5], Literal[64]]"
square(torch.randn(2, 4, 4))
