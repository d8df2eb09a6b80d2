"""Patterns from real model code (ViT, Llama, U-Net, seq2seq) typed exactly."""

from typing import Literal as L
from typing import TypeVar, reveal_type

import torch
import torch.nn as nn

from typedtorch import CPU, Float32, Tensor

B = TypeVar("B", bound=int)
T = TypeVar("T", bound=int)
H = TypeVar("H", bound=int)


class ViTStem(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.cls_token = nn.Parameter(torch.randn(1, 1, 64))
        self.pos_embedding = nn.Parameter(torch.randn(1, 17, 64))
        self.layers = nn.ModuleList([])
        for _ in range(2):
            self.layers.append(nn.ModuleList([nn.Linear(64, 64), nn.GELU()]))

    def forward(self, x: Tensor[CPU, Float32, L[8], L[16], L[64]]) -> None:
        # Methods of a Parameter are the Tensor's.
        reveal_type(self.cls_token.expand(8, -1, -1))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[8], Literal[1], Literal[64]]"
        reveal_type(self.pos_embedding[:, :17])  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[1], Literal[17], Literal[64]]"
        # A ModuleList filled by `append` holds anything (here, ModuleLists to unpack).
        for linear, act in self.layers:
            x = act(linear(x))


def rotary(x: Tensor[CPU, Float32, B, T, L[6], L[8]]) -> None:
    # Sizes spelled from the shape: a slice of it, and star-spread.
    reveal_type(x.reshape(x.shape[:-1] + (-1, 2)))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, T, Literal[6], Literal[4], Literal[2]]"
    reveal_type(x.reshape(*x.shape[:-1], -1, 2))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, T, Literal[6], Literal[4], Literal[2]]"


def last_token(h: Tensor[CPU, Float32, B, T, L[32]]) -> None:
    # A list index keeps its dim (torch: like an int64 index of that length).
    reveal_type(h[:, [-1], :])  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[1], Literal[32]]"


def pooled(x: Tensor[CPU, Float32, B, L[8], H, H]) -> None:
    pool = nn.MaxPool2d(2)
    reveal_type(pool(pool(pool(x))))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[8], typedtorch._dims.Quotient[H, Literal[8]], typedtorch._dims.Quotient[H, Literal[8]]]"


def unknown_rank(x: torch.Tensor) -> None:
    # A plain tensor through a Linear: unknown rank, but the last dim is the layer's.
    reveal_type(nn.Linear(3, 4)(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, *tuple[Any, ...], Literal[4]]"


ViTStem()(torch.randn(8, 16, 64))
rotary(torch.randn(2, 3, 6, 8))
last_token(torch.randn(2, 5, 32))
pooled(torch.randn(2, 8, 16, 16))
unknown_rank(torch.randn(5, 3))
