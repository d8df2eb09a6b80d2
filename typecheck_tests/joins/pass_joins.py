"""cat/stack/split/chunk/unbind and the function forms: exact shapes, literal and symbolic."""

from typing import Literal as L
from typing import TypeVar, reveal_type

import typedtorch as tt
from typedtorch import CPU, Float32, Tensor

B = TypeVar("B", bound=int)
H = TypeVar("H", bound=int)


def joins(a: Tensor[CPU, Float32, B, L[3]], b: Tensor[CPU, Float32, B, L[4]]) -> Tensor[CPU, Float32, B, L[7]]:
    reveal_type(tt.cat([a, b], dim=1))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[7]]"
    reveal_type(tt.concat((a, b), -1))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[7]]"
    reveal_type(tt.stack([a, a, a]))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[3], B, Literal[3]]"
    reveal_type(tt.stack([a, a], dim=-1))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3], Literal[2]]"
    return tt.cat([a, b], dim=1)


def batch_cat(a: Tensor[CPU, Float32, B, L[3]], c: Tensor[CPU, Float32, H, L[3]]) -> None:
    reveal_type(tt.cat([a, c]))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, typedtorch._dims.Sum[B, H], Literal[3]]"


def parts(x: Tensor[CPU, Float32, B, L[10]]) -> None:
    reveal_type(x.split(4, dim=1))  # N: Revealed type is "tuple[torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[4]], torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[4]], torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[2]]]"
    reveal_type(x.split([3, 7], 1))  # N: Revealed type is "tuple[torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3]], torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[7]]]"
    reveal_type(x.split(4))  # N: Revealed type is "tuple[torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Any, Literal[10]], ...]"
    reveal_type(x.chunk(2, -1))  # N: Revealed type is "tuple[torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[5]], torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[5]]]"
    reveal_type(x.unbind())  # N: Revealed type is "tuple[torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[10]], ...]"
    left, right = tt.chunk(x, 2, dim=1)
    reveal_type(left)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[5]]"
    first, *_ = tt.split(x, 3, 1)
    reveal_type(first)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3]]"


def functions(x: Tensor[CPU, Float32, B, L[2], L[5]]) -> None:
    reveal_type(tt.flatten(x, 1))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[10]]"
    reveal_type(tt.permute(x, (0, 2, 1)))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[5], Literal[2]]"
    reveal_type(tt.transpose(x, 1, 2))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[5], Literal[2]]"
    reveal_type(tt.unsqueeze(x, 0))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[1], B, Literal[2], Literal[5]]"
    reveal_type(tt.squeeze(tt.unsqueeze(x, 0), 0))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[2], Literal[5]]"
    reveal_type(tt.reshape(x, (-1, 5)))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, typedtorch._dims.Product[Literal[2], B], Literal[5]]"
    reveal_type(tt.movedim(x, 2, 0))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[5], B, Literal[2]]"


if __name__ == "__main__":
    import torch

    assert tuple(joins(torch.zeros(2, 3), torch.zeros(2, 4)).shape) == (2, 7)
    batch_cat(torch.zeros(2, 3), torch.zeros(5, 3))
    parts(torch.zeros(2, 10))
    functions(torch.zeros(3, 2, 5))
