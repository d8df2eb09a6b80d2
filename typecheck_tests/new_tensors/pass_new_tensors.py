"""`x.new_zeros`, `new_ones`, `new_empty`, `new_full`, `new_tensor`: on `x`'s device, of `x`'s
dtype unless `dtype=`/`device=` say otherwise."""

from typing import Literal as L
from typing import TypeVar, reveal_type

import torch

from typedtorch import CPU, Float32, Tensor

B = TypeVar("B", bound=int)


def new(x: Tensor[CPU, Float32, B, L[3]]) -> Tensor[CPU, Float32, B, L[8]]:
    reveal_type(x.new_zeros(2, 3))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Literal[3]]"
    reveal_type(x.new_ones((x.size(0), 5)))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[5]]"
    reveal_type(x.new_empty(4, dtype=torch.int64))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, Literal[4]]"
    reveal_type(x.new_full((2,), 7, dtype=torch.float64))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float64, Literal[2]]"
    reveal_type(x.new_tensor([[1, 2], [3, 4]]))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Literal[2]]"
    reveal_type(x.new_zeros(2, device="meta"))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.Meta, typedtorch._dtypes.Float32, Literal[2]]"
    return x.new_zeros(x.shape[0], 8)


if __name__ == "__main__":
    assert tuple(new(torch.ones(4, 3)).shape) == (4, 8)
