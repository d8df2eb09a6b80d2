"""Without the assert, the merge cannot be proven (and a wrong assert is no licence)."""

from dataclasses import dataclass
from typing import Generic, TypeVar

import torch.nn as nn

from typedtorch import CPU, Float32, Tensor

B = TypeVar("B", bound=int)
T = TypeVar("T", bound=int)
E = TypeVar("E", bound=int)
NH = TypeVar("NH", bound=int)


@dataclass
class Config(Generic[E, NH]):
    n_embd: E
    n_head: NH


class SelfAttention(nn.Module, Generic[E, NH]):
    def __init__(self, config: Config[E, NH]) -> None:
        super().__init__()
        self.n_head = config.n_head

    def forward(self, x: Tensor[CPU, Float32, B, T, E]) -> None:
        B_, T_, C = x.size()
        x.view(B_, T_, self.n_head, C // self.n_head)  # E: Cannot "view" [B, T, E] to [B, T, NH, E // NH]: B * E * T elements vs B * NH * T * (E // NH) (cannot prove they are equal)  [shape-unproven]
