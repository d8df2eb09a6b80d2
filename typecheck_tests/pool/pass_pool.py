"""Pooling, interpolate and pad: exact shapes, literal and symbolic."""

from typing import Literal as L
from typing import TypeVar, reveal_type

import typedtorch.functional as F
from typedtorch import CPU, Float32, Tensor

B = TypeVar("B", bound=int)
C = TypeVar("C", bound=int)
H = TypeVar("H", bound=int)
W = TypeVar("W", bound=int)


def pools(x: Tensor[CPU, Float32, B, L[3], L[15], L[16]]) -> None:
    reveal_type(F.max_pool2d(x, 2))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3], Literal[7], Literal[8]]"
    reveal_type(F.max_pool2d(x, 3, stride=2, padding=1))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3], Literal[8], Literal[8]]"
    reveal_type(F.max_pool2d(x, 2, ceil_mode=True))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3], Literal[8], Literal[8]]"
    reveal_type(F.avg_pool2d(x, (3, 2), (1, 2)))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3], Literal[13], Literal[8]]"
    reveal_type(F.adaptive_avg_pool2d(x, (None, 7)))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3], Literal[15], Literal[7]]"
    reveal_type(F.adaptive_max_pool2d(x, 1))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3], Literal[1], Literal[1]]"


def pool_1d_3d(x: Tensor[CPU, Float32, C, L[10]], v: Tensor[CPU, Float32, B, C, L[4], L[8], L[8]]) -> None:
    reveal_type(F.max_pool1d(x, 3, dilation=2))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, C, Literal[2]]"
    reveal_type(F.avg_pool1d(x, 4, ceil_mode=True))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, C, Literal[3]]"
    reveal_type(F.avg_pool3d(v, 2))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, C, Literal[2], Literal[4], Literal[4]]"
    reveal_type(F.adaptive_avg_pool1d(x, 5))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, C, Literal[5]]"


def symbolic(x: Tensor[CPU, Float32, B, C, H, W]) -> None:
    reveal_type(F.max_pool2d(x, 2))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, C, typedtorch._dims.Quotient[H, Literal[2]], typedtorch._dims.Quotient[W, Literal[2]]]"
    reveal_type(F.avg_pool2d(x, 3, 2, ceil_mode=True))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, C, typedtorch._dims.Quotient[H, Literal[2]], typedtorch._dims.Quotient[W, Literal[2]]]"
    reveal_type(F.interpolate(x, scale_factor=2))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, C, typedtorch._dims.Product[Literal[2], H], typedtorch._dims.Product[Literal[2], W]]"
    reveal_type(F.interpolate(x, size=(32, 32), mode="bilinear"))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, C, Literal[32], Literal[32]]"
    reveal_type(F.pad(x, (1, 1, 2, 0)))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, C, typedtorch._dims.Sum[H, Literal[2]], typedtorch._dims.Sum[W, Literal[2]]]"


def with_indices(x: Tensor[CPU, Float32, B, C, L[8], L[8]]) -> None:
    values, indices = F.max_pool2d(x, 2, return_indices=True)
    reveal_type(indices)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, *tuple[Any, ...]]"


if __name__ == "__main__":
    import torch

    pools(torch.zeros(2, 3, 15, 16))
    pool_1d_3d(torch.zeros(3, 10), torch.zeros(2, 3, 4, 8, 8))
    symbolic(torch.zeros(2, 3, 9, 10))
    with_indices(torch.zeros(2, 3, 8, 8))
