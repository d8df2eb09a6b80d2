"""`Dim[E]`: a size held as an int names the dim it stands for (in `__init__`, a config)."""

from dataclasses import dataclass
from typing import Generic, TypeVar, reveal_type
from typing import Literal as L

import torch
import torch.nn as nn

from typedtorch import CPU, Dim, Float32, Tensor

B = TypeVar("B", bound=int)
E = TypeVar("E", bound=int)
V = TypeVar("V", bound=int)


class Projection(nn.Module, Generic[E]):
    def __init__(self, n_embd: Dim[E]) -> None:
        super().__init__()
        self.fc = nn.Linear(n_embd, n_embd)

    def forward(self, x: Tensor[CPU, Float32, B, E]) -> Tensor[CPU, Float32, B, E]:
        return self.fc(x)


@dataclass
class Config(Generic[E, V]):
    n_embd: Dim[E]
    vocab_size: Dim[V]


class Head(nn.Module, Generic[E, V]):
    def __init__(self, config: Config[E, V]) -> None:
        super().__init__()
        self.lm_head = nn.Linear(config.n_embd, config.vocab_size, bias=False)

    def forward(self, x: Tensor[CPU, Float32, B, E]) -> Tensor[CPU, Float32, B, V]:
        return self.lm_head(x)


def use() -> None:
    projection = Projection(8)
    reveal_type(projection)  # N: Revealed type is "pass_dim.Projection[Literal[8]]"
    x: Tensor[CPU, Float32, L[2], L[8]] = torch.zeros(2, 8)
    reveal_type(projection(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Literal[8]]"
    head = Head(Config(n_embd=8, vocab_size=100))
    reveal_type(head(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Literal[100]]"


use()
