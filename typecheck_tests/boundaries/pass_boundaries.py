"""Values that fit their declared tensors: plain `torch.Tensor` is gradual both ways."""

from typing import Any, TypeVar, reveal_type
from typing import Literal as L

import torch
import torch.nn as nn
from typing_extensions import TypeVarTuple

from typedtorch import CPU, Float32, Floating, Int64, Tensor

B = TypeVar("B", bound=int)
Batch = TypeVarTuple("Batch")


def run(x: Tensor[CPU, Float32, L[4], L[3]]) -> Tensor[CPU, Float32, L[4]]:
    return x.sum(-1)


def pair(a: Tensor[CPU, Float32, B, L[3]], b: Tensor[CPU, Int64, B]) -> Tensor[CPU, Float32, B]:
    return a.sum(-1)


def last(x: Tensor[CPU, Floating, *Batch, L[3]]) -> Tensor[CPU, Floating, *Batch, L[3]]:
    return x


def plain(t: torch.Tensor) -> torch.Tensor:
    return run(t)


class MLP(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.fc = nn.Linear(3, 2)

    def forward(self, x: Tensor[CPU, Float32, B, L[3]]) -> Tensor[CPU, Float32, B, L[2]]:
        return self.fc(x)


def unknown(n: int) -> None:
    reveal_type(run(torch.randn(n, 3)))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[4]]"


reveal_type(pair(torch.randn(8, 3), torch.zeros(8, dtype=torch.int64)))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[8]]"
reveal_type(last(torch.randn(2, 5, 3)))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Floating, Literal[2], Literal[5], Literal[3]]"
reveal_type(MLP()(torch.randn(8, 3)))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[8], Literal[2]]"
y: torch.Tensor = run(torch.randn(4, 3))
z: Any = plain(torch.randn(4, 3))
unknown(4)
