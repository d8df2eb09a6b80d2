"""Every form torch takes sizes in still type-checks: `*sizes`, one sequence, by keyword, a
dtype for `view`, and unpacked tuples."""

from typing import Any, reveal_type
from typing import Literal as L

import torch

from typedtorch import CPU, Float32, Tensor


def forms(x: Tensor[CPU, Float32, L[3], L[4]], t: torch.Tensor) -> None:
    reveal_type(x.view(2, 6))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Literal[6]]"
    reveal_type(x.view((2, 6)))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Literal[6]]"
    reveal_type(x.view(size=(2, 6)))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Literal[6]]"
    reveal_type(x.view(-1))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[12]]"
    reveal_type(x.view(torch.int32))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int32, Literal[3], Literal[4]]"
    reveal_type(x.view(dtype=torch.int32))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int32, Literal[3], Literal[4]]"
    reveal_type(x.reshape(12))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[12]]"
    reveal_type(x.reshape([2, -1]))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Literal[6]]"
    reveal_type(x.reshape(shape=(2, -1)))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Literal[6]]"
    reveal_type(x.permute(1, 0))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[4], Literal[3]]"
    reveal_type(x.permute((1, 0)))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[4], Literal[3]]"
    reveal_type(x.permute(dims=(1, 0)))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[4], Literal[3]]"
    reveal_type(x.expand(2, 3, 4))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Literal[3], Literal[4]]"
    reveal_type(x.expand(size=(2, 3, 4)))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Literal[3], Literal[4]]"
    reveal_type(x.repeat(2, 1))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[6], Literal[4]]"
    reveal_type(x.repeat((2, 1)))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[6], Literal[4]]"
    reveal_type(x.flip(0))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[3], Literal[4]]"
    reveal_type(x.flip((0, 1)))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[3], Literal[4]]"
    reveal_type(x.tile(2))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[3], Literal[8]]"
    sizes = (2, 6)
    reveal_type(x.view(*sizes))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Literal[6]]"
    reveal_type(t.reshape(-1))  # N: Revealed type is "torch._tensor.Tensor[Any, Any, Any]"


forms(torch.zeros(3, 4), torch.zeros(2, 3))


def sizes_of_unknown_type(x: Tensor[CPU, Float32, L[3], L[4]], shape: Any) -> None:
    # One `Any` may be one size or a whole tuple of them: the result's shape is unknown, no error.
    reveal_type(x.expand(shape))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, *tuple[Any, ...]]"
    reveal_type(x.repeat(shape))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, *tuple[Any, ...]]"
    reveal_type(x.view(shape))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, *tuple[Any, ...]]"
    reveal_type(torch.broadcast_to(x, shape))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, *tuple[Any, ...]]"
