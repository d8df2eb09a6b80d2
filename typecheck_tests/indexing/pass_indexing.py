"""Indexing and `size()`: exact shapes with literal and symbolic dims."""

from typing import Literal as L
from typing import TypeVar, reveal_type

import torch

from typedtorch import CPU, Bool, Float32, Int64, Tensor

B = TypeVar("B", bound=int)
T = TypeVar("T", bound=int)


def basic(x: Tensor[CPU, Float32, B, L[20], L[3]]) -> None:
    reveal_type(x[:, 0])  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3]]"
    reveal_type(x[..., None])  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[20], Literal[3], Literal[1]]"
    reveal_type(x[:, 1:3])  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[2], Literal[3]]"
    reveal_type(x[:, ::2, -1])  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[10]]"
    reveal_type(x[0])  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[20], Literal[3]]"
    # B may be 0, and then x[1:] is empty, not B - 1 long: unknown (see `sequences` for the fact).
    reveal_type(x[1:])  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Any, Literal[20], Literal[3]]"
    reveal_type(x[None, :, -5:])  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[1], B, Literal[5], Literal[3]]"


def sequences(x: Tensor[CPU, Float32, B, T, L[8]]) -> None:
    # torch gives max(T - 1, 0): T - 1 only where T >= 1 is known.
    reveal_type(x[:, 1:])  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Any, Literal[8]]"
    assert x.size(1) >= 1
    reveal_type(x[:, 1:])  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, typedtorch._dims.Sum[T, Literal[-1]], Literal[8]]"
    reveal_type(x[:, :-1])  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, typedtorch._dims.Sum[T, Literal[-1]], Literal[8]]"
    reveal_type(x[:, 2:])  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Any, Literal[8]]"


def at_least_two(x: Tensor[CPU, Float32, B, T, L[8]]) -> None:
    if x.size(1) < 2:
        raise ValueError("need two steps")
    reveal_type(x[:, 2:])  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, typedtorch._dims.Sum[T, Literal[-2]], Literal[8]]"
    reveal_type(x[:, 1:-1])  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, typedtorch._dims.Sum[T, Literal[-2]], Literal[8]]"


def advanced(
    x: Tensor[CPU, Float32, B, L[20]],
    idx: Tensor[CPU, Int64, L[4]],
    mask: Tensor[CPU, Bool, B, L[20]],
    n: int,
) -> None:
    reveal_type(x[:, idx])  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[4]]"
    reveal_type(x[mask])  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Any]"
    reveal_type(x[n])  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[20]]"
    reveal_type(x[:, n:])  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Any]"
    reveal_type(x.index_select(1, idx))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[4]]"
    reveal_type(x.narrow(1, 2, 5))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[5]]"


def gathered(x: Tensor[CPU, Float32, B, L[20]], idx: Tensor[CPU, Int64, B, L[1]]) -> None:
    reveal_type(x.gather(1, idx))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[1]]"


def sizes(x: Tensor[CPU, Float32, B, L[20]]) -> None:
    # Sizes are ints to the type system (a variable holding one takes any int later); what dim
    # they are is read where they are used: `torch.zeros(x.size(-2), 4)` is `[B, 4]`.
    reveal_type(torch.zeros(x.size(-2), 4))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[4]]"
    reveal_type(x.size(1))  # N: Revealed type is "Literal[20]?"
    reveal_type(x.size(-2))  # N: Revealed type is "int"
    reveal_type(x.size())  # N: Revealed type is "tuple[int, Literal[20]?]"
    reveal_type(x.shape[1])  # N: Revealed type is "Literal[20]?"
    reveal_type(x.shape[0])  # N: Revealed type is "int"


if __name__ == "__main__":
    import torch

    basic(torch.zeros(2, 20, 3))
    sequences(torch.zeros(2, 5, 8))
    advanced(torch.zeros(2, 20), torch.zeros(4, dtype=torch.long), torch.zeros(2, 20, dtype=torch.bool), 1)
    gathered(torch.zeros(2, 20), torch.zeros(2, 1, dtype=torch.long))
    sizes(torch.zeros(2, 20))
