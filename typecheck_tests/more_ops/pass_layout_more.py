"""`broadcast_to`, `take_along_dim`, `diagflat` (methods and torch's functions) and `.mT`/`.mH`."""

from typing import Any, TypeVar, reveal_type
from typing import Literal as L

import torch

from typedtorch import CPU, Float32, Int64, Tensor

B = TypeVar("B", bound=int)
N = TypeVar("N", bound=int)


def layout(x: Tensor[CPU, Float32, B, L[3]], idx: Tensor[CPU, Int64, B, L[2]], v: Tensor[CPU, Float32, N], m: Tensor[CPU, Float32, L[1], L[3]], size: Any) -> Tensor[CPU, Float32, L[3], B]:
    reveal_type(torch.broadcast_to(m, (4, -1)))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[4], Literal[3]]"
    reveal_type(m.broadcast_to((2, 5, 3)))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Literal[5], Literal[3]]"
    reveal_type(m.broadcast_to(size))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, *tuple[Any, ...]]"
    reveal_type(torch.take_along_dim(x, idx, 1))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[2]]"
    reveal_type(x.take_along_dim(idx[:, :1], dim=-1))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[1]]"
    reveal_type(torch.take_along_dim(x, idx))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, typedtorch._dims.Product[Literal[2], B]]"
    reveal_type(torch.diagflat(m, 1))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[4], Literal[4]]"
    reveal_type(v.diagflat())  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, N, N]"
    reveal_type(m.mT)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[3], Literal[1]]"
    reveal_type(x.mH)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[3], B]"
    return x.mT


if __name__ == "__main__":
    out = layout(torch.ones(2, 3), torch.zeros(2, 2, dtype=torch.long), torch.ones(4), torch.ones(1, 3), (4, 3))
    assert tuple(out.shape) == (3, 2)
