"""Diagonals and triangles: `diag`, `diagonal`, `diag_embed`, `tril`/`triu`, `trace`,
`block_diag`."""

from typing import Literal as L
from typing import TypeVar, reveal_type

import torch

from typedtorch import CPU, Float32, Int64, Tensor

B = TypeVar("B", bound=int)
N = TypeVar("N", bound=int)


def diagonals(v: Tensor[CPU, Float32, N], m: Tensor[CPU, Float32, L[3], L[5]], x: Tensor[CPU, Float32, B, N, N]) -> Tensor[CPU, Float32, N, N]:
    reveal_type(v.diag())  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, N, N]"
    reveal_type(torch.diag(v, 1))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, typedtorch._dims.Sum[N, Literal[1]], typedtorch._dims.Sum[N, Literal[1]]]"
    reveal_type(m.diag())  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[3]]"
    reveal_type(torch.diag(m, -1))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2]]"
    reveal_type(x.diagonal(dim1=1, dim2=2))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, N]"
    reveal_type(torch.diagonal(m, 1))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[3]]"
    reveal_type(torch.diag_embed(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, N, N, N]"
    return torch.diag(v)


def triangles(x: Tensor[CPU, Float32, B, N, N], m: Tensor[CPU, Int64, L[3], L[3]]) -> Tensor[CPU, Float32, B, N, N]:
    reveal_type(x.triu(1))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, N, N]"
    reveal_type(torch.tril(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, N, N]"
    reveal_type(x.clone().tril_())  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, N, N]"
    reveal_type(m.trace())  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64]"
    reveal_type(torch.trace(m.float()))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32]"
    reveal_type(torch.block_diag(m, m[0], m.double()))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float64, Literal[7], Literal[9]]"
    return x.tril(-1)


if __name__ == "__main__":
    assert tuple(diagonals(torch.ones(4), torch.ones(3, 5), torch.ones(2, 4, 4)).shape) == (4, 4)
    out = triangles(torch.ones(2, 4, 4), torch.ones(3, 3, dtype=torch.long))
    assert tuple(out.shape) == (2, 4, 4)
