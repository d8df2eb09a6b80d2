"""Sizes held in variables, constants and attributes keep the dims they stand for."""

from typing import Final, TypeVar, reveal_type
from typing import Literal as L

import torch
import torch.nn as nn

from typedtorch import CPU, Float32, Tensor

B = TypeVar("B", bound=int)
H = TypeVar("H", bound=int)
W = TypeVar("W", bound=int)

BATCH_SIZE = 64  # a module constant, bound once
HIDDEN: Final = 32


def unpacked(x: Tensor[CPU, Float32, B, L[3], H, W]) -> None:
    b, c, h, w = x.shape
    n = c * h * w
    reveal_type(torch.zeros(b, n))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, typedtorch._dims.Product[Literal[3], H, W]]"
    reveal_type(x.view(b, -1))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, typedtorch._dims.Product[Literal[3], H, W]]"
    half = h // 2
    reveal_type(torch.zeros(half + 1))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, typedtorch._dims.Sum[typedtorch._dims.Quotient[H, Literal[2]], Literal[1]]]"
    size = x.size()
    reveal_type(torch.zeros(size[0], len(size)))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[4]]"


def constants() -> None:
    reveal_type(torch.zeros(BATCH_SIZE, HIDDEN))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[64], Literal[32]]"


def reassigned(x: Tensor[CPU, Float32, L[8], L[3]]) -> None:
    # A size is an int: the variable takes any other int later (valid torch code, no error).
    n = x.size(0)
    for _ in range(3):
        n = n + 1
    total = x.shape[0]
    total += 5
    reveal_type(torch.zeros(n, total))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Any, Any]"


class Head(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.n_head = 4
        self.head_dim = 8
        self.proj = nn.Linear(self.n_head * self.head_dim, 10)

    def forward(self, x: Tensor[CPU, Float32, B, L[32]]) -> None:
        reveal_type(self.proj)  # N: Revealed type is "torch.nn.modules.linear.Linear[Literal[32], Literal[10], typedtorch._devices.CPU, typedtorch._dtypes.Float32]"
        reveal_type(x.view(-1, self.n_head, self.head_dim))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[4], Literal[8]]"


unpacked(torch.randn(2, 3, 4, 6))
constants()
reassigned(torch.randn(8, 3))
Head()(torch.randn(5, 32))
