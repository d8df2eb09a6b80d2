"""matmul and friends: exact shapes, literal and symbolic."""

from typing import Literal as L
from typing import TypeVar, reveal_type

from typedtorch import CPU, Float32, Tensor

B = TypeVar("B", bound=int)


def linear_map(
    x: Tensor[CPU, Float32, B, L[3]], w: Tensor[CPU, Float32, L[3], L[4]]
) -> Tensor[CPU, Float32, B, L[4]]:
    y = x @ w
    reveal_type(
        y
    )  # N: Revealed type is "typedtorch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[4]]"
    return y


def batched(
    a: Tensor[CPU, Float32, B, L[2], L[3]], b: Tensor[CPU, Float32, L[3], L[5]]
) -> Tensor[CPU, Float32, B, L[2], L[5]]:
    return a @ b


def vector(a: Tensor[CPU, Float32, L[3]], m: Tensor[CPU, Float32, L[3], L[5]]) -> None:
    reveal_type(
        a @ a
    )  # N: Revealed type is "typedtorch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32]"
    reveal_type(
        a @ m
    )  # N: Revealed type is "typedtorch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[5]]"
    reveal_type(
        m.t().mv(a)
    )  # N: Revealed type is "typedtorch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[5]]"


if __name__ == "__main__":
    import torch

    out = linear_map(torch.zeros(2, 3), torch.zeros(3, 4))  # type: ignore[arg-type]
    assert tuple(out.shape) == (2, 4)
