"""`F.interpolate` with a float scale factor written as a literal (`2.0`, `(0.5, 2.0)`)."""

from typing import Literal as L
from typing import TypeVar, reveal_type

import torch
import torch.nn.functional as F

from typedtorch import CPU, Float32, Tensor

B = TypeVar("B", bound=int)


def resize(x: Tensor[CPU, Float32, B, L[3], L[5], L[7]]) -> Tensor[CPU, Float32, B, L[3], L[10], L[14]]:
    reveal_type(F.interpolate(x, scale_factor=0.5))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3], Literal[2], Literal[3]]"
    reveal_type(F.interpolate(x, scale_factor=(0.5, 2.0)))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3], Literal[2], Literal[14]]"
    reveal_type(F.interpolate(x, None, 1.5, "bilinear"))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3], Literal[7], Literal[10]]"
    return F.interpolate(x, scale_factor=2.0)


if __name__ == "__main__":
    assert tuple(resize(torch.ones(2, 3, 5, 7)).shape) == (2, 3, 10, 14)
