"""Arithmetic on size values keeps their dims: `b, c, h, w = x.shape`, then `c * h * w`,
`h + 1`, `w // 2` as sizes are the dims `3 * H * W`, `H + 1`, `W // 2` (mypy types them as plain
`int`; the plugin reads the expression)."""

from typing import Literal as L
from typing import TypeVar, reveal_type

import typedtorch as tt
import typedtorch.nn as tnn
from typedtorch import CPU, Float32, Tensor

B = TypeVar("B", bound=int)
H = TypeVar("H", bound=int)
W = TypeVar("W", bound=int)


def flatten_by_hand(x: Tensor[CPU, Float32, B, L[3], H, W]) -> None:
    b, c, h, w = x.shape
    reveal_type(x.view(b, c * h * w))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, typedtorch._dims.Product[Literal[3], H, W]]"
    reveal_type(x.reshape(b * c, h * w))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, typedtorch._dims.Product[Literal[3], B], typedtorch._dims.Product[H, W]]"
    head = tnn.Linear(c * h * w, 10)
    reveal_type(head(x.flatten(1)))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[10]]"


def new_sizes(x: Tensor[CPU, Float32, B, H, W]) -> None:
    reveal_type(tt.zeros(x.size(1) + 1, x.size(2) // 2))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, typedtorch._dims.Sum[H, Literal[1]], typedtorch._dims.Quotient[W, Literal[2]]]"
    reveal_type(tt.ones(2 * 3 + 1))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[7]]"


if __name__ == "__main__":
    flatten_by_hand(tt.randn(2, 3, 4, 5))
    new_sizes(tt.randn(2, 4, 6))
