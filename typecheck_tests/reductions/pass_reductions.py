"""Reductions and dim-wise ops: reduced shapes with `dim`, tuples of dims, `keepdim`; dtypes."""

from typing import Literal as L
from typing import TypeVar, reveal_type

from typedtorch import CPU, Bool, Float32, Int64, Tensor

B = TypeVar("B", bound=int)


def reduce(x: Tensor[CPU, Float32, B, L[3], L[4]]) -> Tensor[CPU, Float32, B, L[3]]:
    reveal_type(x.sum(-1))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3]]"
    reveal_type(x.sum((0, 2), keepdim=True))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[1], Literal[3], Literal[1]]"
    reveal_type(x.mean(dim=1))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[4]]"
    reveal_type(x.std(0, keepdim=True))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[1], Literal[3], Literal[4]]"
    reveal_type(x.amax((-1, -2)))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B]"
    reveal_type(x.logsumexp(2))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3]]"
    reveal_type(x.norm(2, 1))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[4]]"
    reveal_type(x.sum())  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32]"
    return x.sum(-1)


def extremes(x: Tensor[CPU, Float32, B, L[3]]) -> Tensor[CPU, Int64, B]:
    reveal_type(x.max(1).values)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B]"
    reveal_type(x.min(dim=0, keepdim=True).indices)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, Literal[1], Literal[3]]"
    reveal_type(x.argmax(-1))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, B]"
    reveal_type(x.max())  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32]"
    values, indices = x.max(-1)
    reveal_type(indices)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, B]"
    return x.argmax(1)


def dtypes(i: Tensor[CPU, Int64, B, L[3]], m: Tensor[CPU, Bool, B, L[3]]) -> None:
    reveal_type(m.sum(1))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, B]"
    reveal_type(i.all(0))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Bool, Literal[3]]"
    reveal_type(i.logsumexp(1))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B]"
    reveal_type(i.cumsum(0))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, B, Literal[3]]"


def dim_ops(x: Tensor[CPU, Float32, B, L[10]]) -> Tensor[CPU, Float32, B, L[10]]:
    reveal_type(x.softmax(-1))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[10]]"
    return x.log_softmax(dim=1)


if __name__ == "__main__":
    import torch

    assert tuple(reduce(torch.zeros(2, 3, 4)).shape) == (2, 3)
    assert tuple(extremes(torch.zeros(2, 3)).shape) == (2,)
    dtypes(torch.zeros(2, 3, dtype=torch.int64), torch.zeros(2, 3, dtype=torch.bool))
    assert tuple(dim_ops(torch.zeros(2, 10)).shape) == (2, 10)
