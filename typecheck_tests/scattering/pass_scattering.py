"""Writing at indices keeps the input's shape: `scatter`, `scatter_add`, `scatter_reduce`,
`index_add`, `index_copy`, `index_fill` (methods, in-place forms and `torch.*` forms)."""

from typing import Literal as L
from typing import TypeVar, reveal_type

import torch

from typedtorch import CPU, Float32, Int64, Tensor

B = TypeVar("B", bound=int)


def scatter(
    x: Tensor[CPU, Float32, B, L[5]], index: Tensor[CPU, Int64, B, L[2]], src: Tensor[CPU, Float32, B, L[2]]
) -> Tensor[CPU, Float32, B, L[5]]:
    reveal_type(x.scatter(1, index, src))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[5]]"
    reveal_type(x.scatter(1, index, 1.0))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[5]]"
    reveal_type(torch.scatter_add(x, 1, index, src))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[5]]"
    reveal_type(x.scatter_reduce(1, index, src, "amax", include_self=False))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[5]]"
    reveal_type(x.clone().scatter_(1, index, src))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[5]]"
    return x.scatter_add(1, index, src)


def index(
    x: Tensor[CPU, Float32, L[6], L[4]], rows: Tensor[CPU, Int64, L[2]], source: Tensor[CPU, Float32, L[2], L[4]]
) -> Tensor[CPU, Float32, L[6], L[4]]:
    reveal_type(x.index_add(0, rows, source, alpha=2.0))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[6], Literal[4]]"
    reveal_type(torch.index_copy(x, 0, rows, source))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[6], Literal[4]]"
    reveal_type(x.index_fill(1, rows, 0.0))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[6], Literal[4]]"
    reveal_type(x.clone().index_add_(0, rows, source))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[6], Literal[4]]"
    return x.index_copy(0, rows, source)


if __name__ == "__main__":
    x = torch.zeros(3, 5)
    assert tuple(scatter(x, torch.zeros(3, 2, dtype=torch.long), torch.ones(3, 2)).shape) == (3, 5)
    rows = torch.tensor([0, 3])
    assert tuple(index(torch.zeros(6, 4), rows, torch.ones(2, 4)).shape) == (6, 4)
