"""`tt.einsum` with a literal equation: the result shape, with literal and symbolic dims."""

from typing import Literal as L
from typing import TypeVar, reveal_type

import typedtorch as tt
from typedtorch import CPU, Float32, Tensor

B = TypeVar("B", bound=int)
I = TypeVar("I", bound=int)  # noqa: E741
J = TypeVar("J", bound=int)
K = TypeVar("K", bound=int)


def batched(x: Tensor[CPU, Float32, B, I, J], y: Tensor[CPU, Float32, B, J, K]) -> Tensor[CPU, Float32, B, I, K]:
    z = tt.einsum("bij,bjk->bik", x, y)
    reveal_type(z)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, I, K]"
    return z


def literal(x: Tensor[CPU, Float32, L[2], L[3]], y: Tensor[CPU, Float32, L[3], L[4]]) -> None:
    reveal_type(tt.einsum("ij,jk", x, y))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Literal[4]]"
    reveal_type(tt.einsum("ij->ji", x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[3], Literal[2]]"
    reveal_type(tt.einsum("ij,ij->", x, x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32]"


def ellipsis(
    x: Tensor[CPU, Float32, B, L[5], I, J],
    y: Tensor[CPU, Float32, L[1], J, K],
    d: Tensor[CPU, Float32, B, L[5], J, J],
) -> None:
    reveal_type(tt.einsum("...ij,...jk->...ik", x, y))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[5], I, K]"
    reveal_type(tt.einsum("...ii->...i", d))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[5], J]"


def not_literal(x: Tensor[CPU, Float32, L[2], L[3]], equation: str) -> None:
    reveal_type(tt.einsum(equation, x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, *tuple[Any, ...]]"


if __name__ == "__main__":
    import torch

    out: torch.Tensor = batched(torch.zeros(2, 3, 4), torch.zeros(2, 4, 5))
    assert tuple(out.shape) == (2, 3, 5)
