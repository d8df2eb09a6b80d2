"""A Python number compared with a tensor on its right (`0 == x`, `3 != x`) is a bool tensor of
the tensor's shape, as torch gives it (mypy alone would take `int.__eq__` and say `bool`)."""

from typing import Literal as L
from typing import reveal_type

import torch

from typedtorch import CPU, Complex64, Float32, Int64, Tensor


def compare(
    x: Tensor[CPU, Float32, L[3], L[4]], i: Tensor[CPU, Int64, L[2]], c: Tensor[CPU, Complex64, L[2]]
) -> None:
    reveal_type(0 == x)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Bool, Literal[3], Literal[4]]"
    reveal_type(3 != x)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Bool, Literal[3], Literal[4]]"
    reveal_type(0.5 == i)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Bool, Literal[2]]"
    reveal_type(True != i)  # noqa: E712  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Bool, Literal[2]]"
    reveal_type(1j == c)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Bool, Literal[2]]"
    reveal_type(x == 0)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Bool, Literal[3], Literal[4]]"


def plain(t: torch.Tensor, n: int) -> None:
    reveal_type(0 == t)  # N: Revealed type is "torch._tensor.Tensor[Any, typedtorch._dtypes.Bool, *tuple[Any, ...]]"
    reveal_type(n == 3)  # N: Revealed type is "bool"
    reveal_type(n != 3.5)  # N: Revealed type is "bool"


compare(torch.zeros(3, 4), torch.zeros(2, dtype=torch.int64), torch.zeros(2, dtype=torch.complex64))
plain(torch.zeros(2), 3)
