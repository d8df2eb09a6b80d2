"""Convolutions: exact shapes from literal hyper-parameters; unknown dims from non-literal ones."""

from typing import Literal as L
from typing import TypeVar, reveal_type

import typedtorch.functional as F
from typedtorch import CPU, Bool, Float32, Int64, Tensor

B = TypeVar("B", bound=int)
H = TypeVar("H", bound=int)
W = TypeVar("W", bound=int)


def strided(
    x: Tensor[CPU, Float32, B, L[3], L[32], L[32]],
    w: Tensor[CPU, Float32, L[16], L[3], L[3], L[3]],
) -> Tensor[CPU, Float32, B, L[16], L[16], L[16]]:
    y = F.conv2d(x, w, stride=2, padding=1)
    reveal_type(y)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[16], Literal[16], Literal[16]]"
    reveal_type(F.conv2d(x, w, None, (1, 2), (0, 1)))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[16], Literal[30], Literal[16]]"
    reveal_type(F.conv2d(x, w, padding="same"))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[16], Literal[32], Literal[32]]"
    reveal_type(F.conv2d(x, w, padding="valid", dilation=2))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[16], Literal[28], Literal[28]]"
    return y


def grouped(
    x: Tensor[CPU, Float32, L[8], L[40]], w: Tensor[CPU, Float32, L[6], L[4], L[5]]
) -> None:
    reveal_type(F.conv1d(x, w, groups=2))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[6], Literal[36]]"


def volumetric(
    x: Tensor[CPU, Float32, B, L[2], L[8], H, W], w: Tensor[CPU, Float32, L[4], L[2], L[3], L[3], L[3]]
) -> None:
    reveal_type(F.conv3d(x, w, padding=1))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[4], Literal[8], H, W]"


def symbolic(x: Tensor[CPU, Float32, B, L[1], H, W], w: Tensor[CPU, Float32, L[8], L[1], L[3], L[3]]) -> None:
    reveal_type(F.conv2d(x, w, stride=2))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[8], typedtorch._dims.Sum[typedtorch._dims.Quotient[typedtorch._dims.Sum[H, Literal[1]], Literal[2]], Literal[-1]], typedtorch._dims.Sum[typedtorch._dims.Quotient[typedtorch._dims.Sum[W, Literal[1]], Literal[2]], Literal[-1]]]"


def transposed(
    x: Tensor[CPU, Float32, B, L[8], H, W], w: Tensor[CPU, Float32, L[8], L[4], L[4], L[4]]
) -> None:
    reveal_type(F.conv_transpose2d(x, w, stride=2, padding=1))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[4], typedtorch._dims.Product[Literal[2], H], typedtorch._dims.Product[Literal[2], W]]"


def transposed_1d(
    x: Tensor[CPU, Float32, L[4], L[10]], w: Tensor[CPU, Float32, L[4], L[2], L[3]]
) -> None:
    reveal_type(F.conv_transpose1d(x, w, stride=3, output_padding=2, groups=2))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[4], Literal[32]]"


def non_literal(
    x: Tensor[CPU, Float32, B, L[3], L[32], L[32]],
    w: Tensor[CPU, Float32, L[16], L[3], L[3], L[3]],
    stride: int,
) -> None:
    reveal_type(F.conv2d(x, w, stride=stride))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[16], Any, Any]"


if __name__ == "__main__":
    import torch

    strided(torch.zeros(2, 3, 32, 32), torch.zeros(16, 3, 3, 3))
    grouped(torch.zeros(8, 40), torch.zeros(6, 4, 5))
    volumetric(torch.zeros(1, 2, 8, 6, 7), torch.zeros(4, 2, 3, 3, 3))
    symbolic(torch.zeros(1, 1, 9, 10), torch.zeros(8, 1, 3, 3))
    transposed(torch.zeros(1, 8, 5, 6), torch.zeros(8, 4, 4, 4))
    transposed_1d(torch.zeros(4, 10), torch.zeros(4, 2, 3))
    non_literal(torch.zeros(1, 3, 32, 32), torch.zeros(16, 3, 3, 3), 3)


def empty_batch_mixed_dtypes(
    x: Tensor[CPU, Bool, L[0], L[3], L[5], L[3]], w: Tensor[CPU, Int64, L[1], L[3], L[1], L[1]]
) -> None:
    # An empty input runs no kernel: torch takes mixed dtypes then (bool with int64 gives
    # int64, float32 with float64 gives float32): no error, dtype unknown.
    reveal_type(F.conv2d(x, w, padding=1))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, Any, Literal[0], Literal[1], Literal[7], Literal[5]]"
