"""The DESIGN.md chain with typed functionals: conv2d -> relu -> max_pool2d -> linear."""

from typing import Literal as L
from typing import TypeVar, reveal_type

import typedtorch as tt
import typedtorch.functional as F
from typedtorch import CPU, Float32, Tensor

B = TypeVar("B", bound=int)
H = TypeVar("H", bound=int)
W = TypeVar("W", bound=int)


def features(
    x: Tensor[CPU, Float32, B, L[1], L[28], L[28]],
    w: Tensor[CPU, Float32, L[20], L[1], L[5], L[5]],
    b: Tensor[CPU, Float32, L[20]],
) -> Tensor[CPU, Float32, B, L[20], L[12], L[12]]:
    h = F.conv2d(x, w, b)
    reveal_type(h)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[20], Literal[24], Literal[24]]"
    h = F.relu(h)
    reveal_type(h)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[20], Literal[24], Literal[24]]"
    p = F.max_pool2d(h, 2)
    reveal_type(p)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[20], Literal[12], Literal[12]]"
    return p


def classify(
    h: Tensor[CPU, Float32, B, L[2880]],
    w: Tensor[CPU, Float32, L[10], L[2880]],
    b: Tensor[CPU, Float32, L[10]],
) -> Tensor[CPU, Float32, B, L[10]]:
    y = F.linear(h, w, b)
    reveal_type(y)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[10]]"
    return y


def symbolic(
    x: Tensor[CPU, Float32, B, L[1], H, W], w: Tensor[CPU, Float32, L[20], L[1], L[5], L[5]]
) -> None:
    h = F.max_pool2d(F.relu(F.conv2d(x, w)), 2)
    # (H - 4) // 2 in canonical form: H // 2 - 2.
    reveal_type(h)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[20], typedtorch._dims.Sum[typedtorch._dims.Quotient[H, Literal[2]], Literal[-2]], typedtorch._dims.Sum[typedtorch._dims.Quotient[W, Literal[2]], Literal[-2]]]"


def activations(x: Tensor[CPU, Float32, B, L[10]]) -> None:
    reveal_type(F.gelu(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[10]]"
    reveal_type(F.softmax(x, dim=-1))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[10]]"
    reveal_type(F.log_softmax(x, -1, dtype=tt.float64))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float64, B, Literal[10]]"
    y = F.dropout(F.leaky_relu(F.elu(F.silu(F.sigmoid(F.tanh(x))))), p=0.1)
    reveal_type(y)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[10]]"


if __name__ == "__main__":
    import torch

    out: torch.Tensor = features(torch.zeros(2, 1, 28, 28), torch.zeros(20, 1, 5, 5), torch.zeros(20))
    assert tuple(out.shape) == (2, 20, 12, 12)
    y: torch.Tensor = classify(torch.zeros(2, 2880), torch.zeros(10, 2880), torch.zeros(10))
    assert tuple(y.shape) == (2, 10)
    symbolic(torch.zeros(2, 1, 16, 20), torch.zeros(20, 1, 5, 5))
    activations(torch.zeros(2, 10))
