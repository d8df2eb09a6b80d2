"""`nansum`, `nanmean`, `count_nonzero` (methods and torch's functions) and the function
`torch.norm`: shapes as `sum`'s, dtypes as torch gives them."""

from typing import Literal as L
from typing import TypeVar, reveal_type

import torch

from typedtorch import CPU, Bool, Float32, Floating, Int32, Tensor

B = TypeVar("B", bound=int)
F = TypeVar("F", bound=Floating)


def nan_reductions(x: Tensor[CPU, Float32, B, L[3]], i: Tensor[CPU, Int32, B, L[3]], g: Tensor[CPU, F, B]) -> Tensor[CPU, Float32, B]:
    reveal_type(x.nansum())  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32]"
    reveal_type(x.nansum(-1, keepdim=True))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[1]]"
    reveal_type(torch.nansum(i, dim=0))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, Literal[3]]"
    reveal_type(torch.nansum(i, (0, 1), dtype=torch.float64))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float64]"
    reveal_type(x.nanmean(dim=0))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[3]]"
    reveal_type(torch.nanmean(x, 1, True))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[1]]"
    reveal_type(torch.nanmean(g))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, F]"
    reveal_type(g.nansum(0))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, F]"
    return x.nansum(1)


def counts(x: Tensor[CPU, Float32, B, L[3]], m: Tensor[CPU, Bool, B, L[3], L[4]]) -> Tensor[CPU, Float32, B]:
    reveal_type(x.count_nonzero())  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64]"
    reveal_type(x.count_nonzero(dim=0))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, Literal[3]]"
    reveal_type(m.count_nonzero(1, 2))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, B]"
    reveal_type(torch.count_nonzero(m, dim=(0, -1)))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, Literal[3]]"
    reveal_type(torch.norm(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32]"
    reveal_type(torch.norm(x, dim=-2, keepdim=True))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[1], Literal[3]]"
    reveal_type(torch.norm(x, 1, 1))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B]"
    return torch.norm(x, dim=1)


if __name__ == "__main__":
    out = nan_reductions(torch.ones(2, 3), torch.ones(2, 3, dtype=torch.int32), torch.ones(2))
    assert tuple(out.shape) == (2,)
    assert tuple(counts(torch.ones(2, 3), torch.ones(2, 3, 4, dtype=torch.bool)).shape) == (2,)
