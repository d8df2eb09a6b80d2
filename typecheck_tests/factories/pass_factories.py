"""Tensor factories: literal and symbolic sizes, dtype/device arguments, defaults, `*_like`."""

from typing import Literal as L
from typing import TypeVar, reveal_type

import torch

import typedtorch as tt
from typedtorch import CPU, Float32, Float64, Int64, Tensor

B = TypeVar("B", bound=int)


def sizes() -> Tensor[CPU, Float32, L[3], L[4]]:
    reveal_type(tt.zeros(3, 4))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[3], Literal[4]]"
    reveal_type(tt.ones((3, 4)))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[3], Literal[4]]"
    reveal_type(tt.empty([2, 5]))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Literal[5]]"
    reveal_type(tt.rand(6))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[6]]"
    reveal_type(tt.randn(2, 3, 4))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Literal[3], Literal[4]]"
    reveal_type(tt.zeros(()))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32]"
    return tt.zeros(3, 4)


def symbolic(x: Tensor[CPU, Float32, B, L[3]]) -> Tensor[CPU, Float32, B, L[3]]:
    reveal_type(tt.zeros(x.shape[0], 4))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[4]]"
    reveal_type(tt.ones(x.shape))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3]]"
    reveal_type(tt.randn(x.shape[0], x.shape[1]))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3]]"
    reveal_type(tt.arange(x.shape[0]))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, B]"
    reveal_type(tt.linspace(0, 1, x.shape[0]))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B]"
    reveal_type(tt.eye(x.shape[0]))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, B]"
    return tt.randn(x.shape[0], 3)


def unknown_sizes(n: int, size: tuple[int, ...]) -> None:
    reveal_type(tt.zeros(n, 2))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Any, Literal[2]]"
    reveal_type(tt.zeros(size))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, *tuple[Any, ...]]"


def dtypes_and_devices() -> Tensor[CPU, Float64, L[2]]:
    reveal_type(tt.zeros(2, dtype=tt.float64))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float64, Literal[2]]"
    reveal_type(tt.zeros(2, dtype=torch.float64))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float64, Literal[2]]"
    reveal_type(tt.ones(2, dtype=torch.long))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, Literal[2]]"
    reveal_type(tt.zeros(2, dtype=tt.int64, device=tt.cpu))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, Literal[2]]"
    reveal_type(tt.zeros(2, device="cpu"))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2]]"
    reveal_type(tt.empty(2, device=tt.meta))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.Meta, typedtorch._dtypes.Float32, Literal[2]]"
    reveal_type(tt.zeros(2, dtype=None, device=None))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2]]"
    reveal_type(tt.zeros(2, requires_grad=True))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2]]"
    return tt.rand(2, dtype=torch.float64)


def ranges() -> Tensor[CPU, Int64, L[10]]:
    reveal_type(tt.arange(10))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, Literal[10]]"
    reveal_type(tt.arange(2, 10, 2))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, Literal[4]]"
    reveal_type(tt.arange(2, 11, 3))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, Literal[3]]"
    reveal_type(tt.arange(10, 0, -3))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, Literal[4]]"
    reveal_type(tt.arange(0, 1, 0.25))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[4]]"
    reveal_type(tt.arange(5, dtype=tt.float32))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[5]]"
    reveal_type(tt.linspace(0, 1, 5))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[5]]"
    reveal_type(tt.eye(3))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[3], Literal[3]]"
    reveal_type(tt.eye(2, 4, dtype=tt.float64))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float64, Literal[2], Literal[4]]"
    return tt.arange(10)


def fills() -> None:
    reveal_type(tt.full((2, 3), 1.5))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Literal[3]]"
    reveal_type(tt.full((2, 3), 7))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, Literal[2], Literal[3]]"
    reveal_type(tt.full((2, 3), True))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Bool, Literal[2], Literal[3]]"
    reveal_type(tt.full((2, 3), 1, dtype=tt.float64))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float64, Literal[2], Literal[3]]"
    reveal_type(tt.randint(10, (2, 3)))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, Literal[2], Literal[3]]"
    reveal_type(tt.randint(3, 10, (4,)))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, Literal[4]]"
    reveal_type(tt.randint(0, 10, size=(4,), dtype=tt.int32))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int32, Literal[4]]"


def literals() -> Tensor[CPU, Float32, L[2], L[2]]:
    reveal_type(tt.tensor([[1.0, 2.0], [3.0, 4.0]]))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Literal[2]]"
    reveal_type(tt.tensor([1, 2, 3]))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, Literal[3]]"
    reveal_type(tt.tensor([True, False]))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Bool, Literal[2]]"
    reveal_type(tt.tensor([1, 2.5]))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2]]"
    reveal_type(tt.tensor(3.0))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32]"
    reveal_type(tt.tensor([[1, 2]], dtype=torch.float64))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float64, Literal[1], Literal[2]]"
    reveal_type(tt.tensor([]))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[0]]"
    return tt.tensor([[1.0, 2.0], [3.0, 4.0]])


def likes(x: Tensor[CPU, Float32, B, L[3]]) -> Tensor[CPU, Float64, B, L[3]]:
    reveal_type(tt.zeros_like(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3]]"
    reveal_type(tt.ones_like(x, dtype=tt.int64))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, B, Literal[3]]"
    reveal_type(tt.full_like(x, 2.0))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3]]"
    reveal_type(tt.randn_like(x, device="cpu"))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3]]"
    reveal_type(tt.rand_like(x, dtype=torch.float64))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float64, B, Literal[3]]"
    return tt.zeros_like(x, dtype=tt.float64)


def untyped_inputs(t: torch.Tensor, size: torch.Size) -> None:
    reveal_type(tt.zeros_like(t))  # N: Revealed type is "torch._tensor.Tensor[Any, Any, *tuple[Any, ...]]"
    reveal_type(tt.zeros(size, device=torch.device("cpu")))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, *tuple[Any, ...]]"


def seeding() -> None:
    g = tt.manual_seed(0)
    reveal_type(g)  # N: Revealed type is "torch._C.Generator"
    reveal_type(tt.randn(3, generator=g))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[3]]"
    reveal_type(tt.randint(5, (2,), generator=tt.Generator().manual_seed(1)))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, Literal[2]]"


if __name__ == "__main__":
    assert sizes().shape == (3, 4)
    assert symbolic(torch.zeros(5, 3)).shape == (5, 3)
    unknown_sizes(2, (1, 2))
    assert dtypes_and_devices().dtype == torch.float64
    assert ranges().shape == (10,)
    fills()
    assert literals().shape == (2, 2)
    assert likes(torch.zeros(5, 3)).dtype == torch.float64
    untyped_inputs(torch.zeros(2), torch.Size([2, 3]))
    seeding()
