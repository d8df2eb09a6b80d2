"""Fused and outer products: `addmm`, `addmv`, `addbmm`, `baddbmm`, `addr`, `outer`/`ger`,
`cross`, `kron`, `tensordot`, `cdist`, `pdist`."""

from typing import Literal as L
from typing import TypeVar, reveal_type

import torch

from typedtorch import CPU, Float32, Float64, Tensor

B = TypeVar("B", bound=int)
N = TypeVar("N", bound=int)


def fused(
    bias: Tensor[CPU, Float32, L[5]],
    x: Tensor[CPU, Float32, N, L[3]],
    w: Tensor[CPU, Float32, L[3], L[5]],
    batch: Tensor[CPU, Float32, B, N, L[3]],
    wb: Tensor[CPU, Float32, B, L[3], L[5]],
) -> Tensor[CPU, Float32, N, L[5]]:
    reveal_type(torch.addmm(bias, x, w))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, N, Literal[5]]"
    reveal_type(bias.addmv(w.t(), torch.ones(3)))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[5]]"
    reveal_type(torch.baddbmm(bias, batch, wb))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, N, Literal[5]]"
    reveal_type(bias.addbmm(batch, wb))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, N, Literal[5]]"
    return bias.addmm(x, w, beta=0.5)


def outer(u: Tensor[CPU, Float32, N], v: Tensor[CPU, Float32, L[4]], d: Tensor[CPU, Float64, L[4]]) -> None:
    reveal_type(torch.outer(u, v))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, N, Literal[4]]"
    reveal_type(u.ger(d))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float64, N, Literal[4]]"
    reveal_type(torch.addr(torch.zeros(1, 4), u, v))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, N, Literal[4]]"
    reveal_type(torch.kron(u, v))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, typedtorch._dims.Product[Literal[4], N]]"


def products(a: Tensor[CPU, Float32, B, L[3]], b: Tensor[CPU, Float32, L[3], L[7]], p: Tensor[CPU, Float32, L[5], L[3]]) -> None:
    reveal_type(a.cross(a, dim=1))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3]]"
    reveal_type(torch.tensordot(a, b, dims=1))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[7]]"
    reveal_type(torch.tensordot(a, b, dims=([1], [0])))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[7]]"
    reveal_type(torch.cdist(a, p))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[5]]"
    reveal_type(torch.pdist(p))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[10]]"


if __name__ == "__main__":
    out = fused(torch.zeros(5), torch.ones(2, 3), torch.ones(3, 5), torch.ones(4, 2, 3), torch.ones(4, 3, 5))
    assert tuple(out.shape) == (2, 5)
    outer(torch.ones(2), torch.ones(4), torch.ones(4, dtype=torch.float64))
    products(torch.ones(2, 3), torch.ones(3, 7), torch.ones(5, 3))
