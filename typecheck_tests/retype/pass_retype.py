"""Dtypes as torch gives them: float-valued functions of integer and bool tensors are float32,
`x.type(dtype)`, `x.view(dtype)`, `cat`/`stack` promote; `squeeze` of several dims, `std`/`var`
with `unbiased`/`correction`, `sum`/`mean` with `dtype=`."""

from typing import Literal as L
from typing import TypeVar, reveal_type

import torch

from typedtorch import CPU, Bool, Float32, Float64, Int64, Tensor

B = TypeVar("B", bound=int)


def unary(i: Tensor[CPU, Int64, B, L[3]], m: Tensor[CPU, Bool, B, L[3]], x: Tensor[CPU, Float64, B, L[3]]) -> Tensor[CPU, Float32, B, L[3]]:
    reveal_type(i.exp())  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3]]"
    reveal_type(torch.sqrt(m))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3]]"
    reveal_type(i.sigmoid())  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3]]"
    reveal_type(torch.log(i))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3]]"
    reveal_type(m.tanh())  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3]]"
    reveal_type(x.exp2())  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float64, B, Literal[3]]"
    reveal_type(torch.erfinv(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float64, B, Literal[3]]"
    return torch.rsqrt(i)


def converted(x: Tensor[CPU, Float32, B, L[4]]) -> None:
    reveal_type(x.type(torch.float64))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float64, B, Literal[4]]"
    reveal_type(x.type("torch.LongTensor"))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, B, Literal[4]]"
    reveal_type(x.type())  # N: Revealed type is "str"
    reveal_type(x.view(torch.int32))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int32, B, Literal[4]]"
    reveal_type(x.view(torch.uint8))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.UInt8, B, Literal[16]]"
    reveal_type(x.view(torch.float64))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float64, B, Literal[2]]"


def joined(a: Tensor[CPU, Float32, B, L[3]], b: Tensor[CPU, Float64, B, L[3]], n: Tensor[CPU, Int64, B, L[3]]) -> None:
    # torch promotes the tensors it joins (plain generics, for pyright, say a union here).
    reveal_type(torch.stack([a, b]))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float64, Literal[2], B, Literal[3]]"
    reveal_type(torch.cat([n, a], dim=1))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[6]]"
    reveal_type(torch.cat((a, b), dim=-1))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float64, B, Literal[6]]"


def reductions(x: Tensor[CPU, Float32, L[1], B, L[1], L[3]]) -> None:
    reveal_type(x.squeeze(0, 2))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3]]"
    reveal_type(torch.squeeze(x, (0, 2)))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3]]"
    reveal_type(x.std(False))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32]"
    reveal_type(x.std(unbiased=False))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32]"
    reveal_type(x.var(3, correction=0, keepdim=True))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[1], B, Literal[1], Literal[1]]"
    reveal_type(x.sum(-1, dtype=torch.float64))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float64, Literal[1], B, Literal[1]]"
    reveal_type(x.long().mean(dtype=torch.float32))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32]"


if __name__ == "__main__":
    assert unary(torch.ones(2, 3, dtype=torch.long), torch.ones(2, 3, dtype=torch.bool), torch.ones(2, 3, dtype=torch.float64)).dtype == torch.float32
    converted(torch.ones(2, 4))
    joined(torch.ones(2, 3), torch.ones(2, 3, dtype=torch.float64), torch.ones(2, 3, dtype=torch.long))
    reductions(torch.ones(1, 2, 1, 3))
