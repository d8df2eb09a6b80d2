"""Wrong sizes in a config-driven GPT, each caught at the line that is wrong."""

from dataclasses import dataclass
from typing import Generic, TypeVar

import torch
import torch.nn as nn

from typedtorch import CPU, Dim, Float32, Int64, Tensor

B = TypeVar("B", bound=int)
T = TypeVar("T", bound=int)
E = TypeVar("E", bound=int)
NH = TypeVar("NH", bound=int)
V = TypeVar("V", bound=int)


@dataclass
class GPTConfig(Generic[V, NH, E]):
    vocab_size: Dim[V]
    n_head: Dim[NH]
    n_embd: Dim[E]


class MLP(nn.Module, Generic[E]):
    def __init__(self, config: GPTConfig[V, NH, E]) -> None:
        super().__init__()
        self.c_fc = nn.Linear(config.n_embd, 4 * config.n_embd)
        self.c_proj = nn.Linear(2 * config.n_embd, config.n_embd)  # the bug: 4 * n_embd

    def forward(self, x: Tensor[CPU, Float32, B, T, E]) -> Tensor[CPU, Float32, B, T, E]:
        return self.c_proj(self.c_fc(x))  # E: "Linear(2 * E, E)" expects last dim 2 * E, got 4 * E in input [B, T, 4 * E] (cannot prove they are equal)  [shape-unproven]


class Heads(nn.Module, Generic[NH, E]):
    """The multi-head merge without `assert n_embd % n_head == 0`: not provable."""

    def __init__(self, config: GPTConfig[V, NH, E]) -> None:
        super().__init__()
        self.n_head = config.n_head

    def forward(self, x: Tensor[CPU, Float32, B, T, E]) -> Tensor[CPU, Float32, B, T, E]:
        b, t, c = x.size()
        h = x.view(b, t, self.n_head, c // self.n_head).transpose(1, 2)  # E: Cannot "view" [B, T, E] to [B, T, NH, E // NH]: B * E * T elements vs B * NH * T * (E // NH) (cannot prove they are equal)  [shape-unproven]
        return h.transpose(1, 2).contiguous().view(b, t, c)


class Embeddings(nn.Module, Generic[V, E]):
    def __init__(self, config: GPTConfig[V, NH, E]) -> None:
        super().__init__()
        self.wte = nn.Embedding(config.vocab_size, config.n_embd)
        self.wpe = nn.Embedding(config.vocab_size, config.vocab_size)  # the bug: n_embd

    def forward(self, idx: Tensor[CPU, Int64, B, T]) -> Tensor[CPU, Float32, B, T, E]:
        pos = torch.arange(0, idx.size(1), dtype=torch.long)
        return self.wte(idx) + self.wpe(pos)  # E: Shapes [B, T, E] and [T, V] cannot be broadcast together for "add": dimension 2 has sizes E and V (cannot prove they are equal or 1)  [shape-unproven]

