"""Ordering ops: `topk`, `sort`, `argsort`, `msort`, `kthvalue`, `median`, `mode`, `cummax`,
`logcumsumexp` (methods and `torch.*` forms), `searchsorted`, `bucketize`."""

from typing import Literal as L
from typing import TypeVar, reveal_type

import torch

from typedtorch import CPU, Float32, Int64, Tensor

B = TypeVar("B", bound=int)


def select(x: Tensor[CPU, Float32, B, L[10]]) -> Tensor[CPU, Int64, B, L[3]]:
    values, indices = x.topk(3)
    reveal_type(values)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3]]"
    reveal_type(torch.topk(x, 2, dim=0).indices)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, Literal[2], Literal[10]]"
    reveal_type(x.kthvalue(2, 1, keepdim=True).values)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[1]]"
    reveal_type(x.median())  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32]"
    reveal_type(x.median(dim=0).values)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[10]]"
    reveal_type(torch.nanmedian(x, -1).indices)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, B]"
    reveal_type(x.mode().values)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B]"
    return indices


def order(x: Tensor[CPU, Float32, B, L[10]]) -> Tensor[CPU, Float32, B, L[10]]:
    reveal_type(x.sort(descending=True).values)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[10]]"
    reveal_type(torch.sort(x, dim=0, stable=True).indices)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, B, Literal[10]]"
    reveal_type(x.argsort(dim=1))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, B, Literal[10]]"
    reveal_type(torch.argsort(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, B, Literal[10]]"
    reveal_type(x.msort())  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[10]]"
    reveal_type(torch.cummax(x, 1).values)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[10]]"
    reveal_type(x.cummin(0).indices)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, B, Literal[10]]"
    reveal_type(x.logcumsumexp(-1))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[10]]"
    return x.sort(-1).values


def search(
    edges: Tensor[CPU, Float32, L[5]], values: Tensor[CPU, Float32, B, L[3]]
) -> Tensor[CPU, Int64, B, L[3]]:
    reveal_type(torch.searchsorted(edges, values))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, B, Literal[3]]"
    reveal_type(torch.searchsorted(edges, values, out_int32=True))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int32, B, Literal[3]]"
    reveal_type(torch.searchsorted(edges, 0.5))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64]"
    reveal_type(torch.bucketize(values, edges))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, B, Literal[3]]"
    return torch.bucketize(values, edges, right=True)


if __name__ == "__main__":
    assert tuple(select(torch.randn(4, 10)).shape) == (4, 3)
    assert tuple(order(torch.randn(4, 10)).shape) == (4, 10)
    edges = torch.linspace(0, 1, 5)
    assert tuple(search(edges, torch.rand(4, 3)).shape) == (4, 3)
