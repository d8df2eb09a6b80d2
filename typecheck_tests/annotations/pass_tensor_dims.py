"""Every spelling of a dim in `Tensor[...]` is accepted: literals, TypeVars bound to int, dim
operators, `Any`, unpacked tuples and TypeVarTuples, and a bare `Tensor`."""

from typing import Any, Generic, TypeVar, reveal_type
from typing import Literal as L

import torch
from typing_extensions import TypeVarTuple

import typedtorch as tt
from typedtorch import CPU, Device, Dim, DType, Float32, Tensor

H = TypeVar("H", bound=int)
W = TypeVar("W", bound=int)
Dv = TypeVar("Dv", bound=Device)
Dt = TypeVar("Dt", bound=DType)
Batch = TypeVarTuple("Batch")


def sizes(
    x: Tensor[CPU, Float32, L[0], L[1], L[3]],
    y: Tensor[CPU, Float32, H, Dim[W]],
    z: Tensor[CPU, Float32, tt.Add[H, L[1]], tt.Sub[H, L[1]], tt.Mul[L[2], H]],
    w: Tensor[CPU, Float32, tt.FloorDiv[H, L[2]], tt.CeilDiv[H, L[2]], tt.Mod[H, L[3]]],
    v: Tensor[CPU, Float32, tt.Add[H, L[-1]]],
) -> None:
    reveal_type(x)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[0], Literal[1], Literal[3]]"
    reveal_type(y)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, H, W]"
    reveal_type(v)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, typedtorch._dims.Sum[H, Literal[-1]]]"


def unknown(
    x: Tensor[CPU, Float32, *tuple[Any, ...]],
    y: Tensor[Any, Any],
    z: Tensor,
    w: torch.Tensor,
    v: Tensor[CPU, Float32, Any, L[3]],
    u: Tensor[CPU, Float32, *tuple[L[2], L[3]]],
) -> None:
    reveal_type(u)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Literal[3]]"


def generic(x: Tensor[Dv, Dt, *Batch, H]) -> Tensor[Dv, Dt, *Batch, H]:
    return x


class Holder(Generic[H]):
    def get(self, x: list[Tensor[CPU, Float32, H]]) -> Tensor[CPU, Float32, H]:
        return x[0]


def use() -> None:
    x: Tensor[CPU, Float32, L[2], L[3]] = torch.zeros(2, 3)
    reveal_type(generic(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Literal[3]]"
    reveal_type(Holder[L[3]]().get([torch.zeros(3)]))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[3]]"


use()
