"""Elementwise ops: broadcast shapes, promoted dtypes, devices; literal and symbolic dims."""

from typing import Literal as L
from typing import TypeVar, reveal_type

import typedtorch as tt
from typedtorch import CPU, Float32, Float64, Floating, Int64, Tensor

B = TypeVar("B", bound=int)
F = TypeVar("F", bound=Floating)


def broadcast(
    x: Tensor[CPU, Float32, B, L[1], L[3]], y: Tensor[CPU, Float32, L[4], L[1]]
) -> Tensor[CPU, Float32, B, L[4], L[3]]:
    z = x + y
    reveal_type(z)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[4], Literal[3]]"
    reveal_type(y * x)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[4], Literal[3]]"
    return z


def promotion(
    i: Tensor[CPU, Int64, B, L[3]], f: Tensor[CPU, Float32, L[3]], d: Tensor[CPU, Float64]
) -> None:
    reveal_type(i + f)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3]]"
    reveal_type(f + d)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[3]]"
    reveal_type(i / 2)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3]]"
    reveal_type(2.5 * i)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3]]"
    reveal_type(i.div(2, rounding_mode="floor"))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, B, Literal[3]]"
    reveal_type(i & 1)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, B, Literal[3]]"
    reveal_type(i.maximum(f))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3]]"


def comparisons(x: Tensor[CPU, Float32, B, L[1]], y: Tensor[CPU, Int64, L[3]]) -> None:
    reveal_type(x < y)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Bool, B, Literal[3]]"
    reveal_type(y >= x)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Bool, B, Literal[3]]"
    reveal_type(x == 0)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Bool, B, Literal[1]]"
    reveal_type(x.ne(y))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Bool, B, Literal[3]]"


def generic(x: Tensor[CPU, F, B, L[3]], bias: Tensor[CPU, F, L[3]]) -> Tensor[CPU, F, B, L[3]]:
    reveal_type(x * 2.0 + bias)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, F, B, Literal[3]]"
    return x * 2.0 + bias


def selection(
    x: Tensor[CPU, Float32, B, L[3]], y: Tensor[CPU, Float32, L[3]]
) -> Tensor[CPU, Float32, B, L[3]]:
    mask = x > 0
    reveal_type(tt.where(mask, x, y))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3]]"
    reveal_type(tt.where(mask, x, 0))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3]]"
    reveal_type(x.masked_fill(mask, 0.0))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3]]"
    reveal_type(y.lerp(x, 0.5))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3]]"
    reveal_type(tt.maximum(x, y))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3]]"
    return tt.where(mask, x, y)


if __name__ == "__main__":
    import torch

    assert tuple(broadcast(torch.zeros(2, 1, 3), torch.zeros(4, 1)).shape) == (2, 4, 3)
    promotion(
        torch.zeros(2, 3, dtype=torch.int64),
        torch.zeros(3),
        torch.tensor(1.0, dtype=torch.float64),
    )
    comparisons(torch.zeros(2, 1), torch.zeros(3, dtype=torch.int64))
    assert tuple(generic(torch.zeros(2, 3), torch.zeros(3)).shape) == (2, 3)
    assert tuple(selection(torch.zeros(2, 3), torch.zeros(3)).shape) == (2, 3)
