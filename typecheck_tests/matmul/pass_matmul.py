"""matmul and friends: exact shapes, literal and symbolic."""

from typing import Literal as L
from typing import TypeVar, reveal_type

import typedtorch as tt
from typedtorch import CPU, Float32, Tensor

B = TypeVar("B", bound=int)
H = TypeVar("H", bound=int)


def linear_map(x: Tensor[CPU, Float32, B, L[3]], w: Tensor[CPU, Float32, L[3], L[4]]) -> Tensor[CPU, Float32, B, L[4]]:
    y = x @ w
    reveal_type(y)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[4]]"
    return y


def batched(a: Tensor[CPU, Float32, B, L[2], L[3]], b: Tensor[CPU, Float32, L[3], L[5]]) -> Tensor[CPU, Float32, B, L[2], L[5]]:
    return a @ b


def symbolic(a: Tensor[CPU, Float32, B, H], b: Tensor[CPU, Float32, H, L[5]]) -> None:
    reveal_type(a @ b)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[5]]"
    reveal_type(a.mm(b))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[5]]"


def vector(a: Tensor[CPU, Float32, L[3]], m: Tensor[CPU, Float32, L[3], L[5]]) -> None:
    reveal_type(a @ a)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32]"
    reveal_type(a @ m)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[5]]"
    reveal_type(m.t().mv(a))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[5]]"
    reveal_type(a.dot(a))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32]"


def batch_matmul(a: Tensor[CPU, Float32, B, L[2], L[3]], b: Tensor[CPU, Float32, B, L[3], L[4]]) -> None:
    reveal_type(a.bmm(b))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[2], Literal[4]]"


if __name__ == "__main__":
    out = linear_map(tt.zeros(2, 3), tt.zeros(3, 4))
    assert tuple(out.shape) == (2, 4)
    batched(tt.zeros(5, 2, 3), tt.zeros(3, 5))
