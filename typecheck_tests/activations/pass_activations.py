"""The activations of `torch.nn.functional` keep their input's shape and dtype (`softsign` and
`tanhshrink` compute integers in float32; `glu` halves a dim); `softmax`/`softmin` with `dtype=`;
the clamps broadcast tensor bounds."""

from typing import Literal as L
from typing import TypeVar, reveal_type

import torch
import torch.nn.functional as F

from typedtorch import CPU, Float32, Int64, Tensor

B = TypeVar("B", bound=int)


def activations(x: Tensor[CPU, Float32, B, L[8]], i: Tensor[CPU, Int64, B, L[8]]) -> Tensor[CPU, Float32, B, L[4]]:
    reveal_type(F.relu6(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[8]]"
    reveal_type(F.hardswish(x, inplace=False))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[8]]"
    reveal_type(F.hardsigmoid(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[8]]"
    reveal_type(F.mish(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[8]]"
    reveal_type(F.softplus(x, beta=2, threshold=10))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[8]]"
    reveal_type(F.logsigmoid(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[8]]"
    reveal_type(F.softsign(i))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[8]]"
    reveal_type(F.tanhshrink(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[8]]"
    reveal_type(F.softshrink(x, 0.5))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[8]]"
    reveal_type(F.hardshrink(x, lambd=0.25))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[8]]"
    reveal_type(F.celu(x, alpha=2.0))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[8]]"
    reveal_type(F.selu(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[8]]"
    reveal_type(torch.selu(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[8]]"
    reveal_type(F.rrelu(x, training=True))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[8]]"
    reveal_type(F.threshold(i, 1, 0))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, B, Literal[8]]"
    reveal_type(F.hardtanh(x, -2.0, 2.0))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[8]]"
    reveal_type(F.elu(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[8]]"
    reveal_type(F.gelu(x, approximate="tanh"))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[8]]"
    reveal_type(F.silu(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[8]]"
    reveal_type(F.leaky_relu(x, 0.2))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[8]]"
    reveal_type(F.gumbel_softmax(x, tau=0.5, hard=True))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[8]]"
    return F.glu(x)


def softmaxes(x: Tensor[CPU, Float32, B, L[8]], i: Tensor[CPU, Int64, B, L[8]]) -> None:
    reveal_type(F.softmax(x, dim=-1))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[8]]"
    reveal_type(F.log_softmax(i, 1, dtype=torch.float64))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float64, B, Literal[8]]"
    reveal_type(F.softmin(x, 0))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[8]]"
    reveal_type(F.normalize(x, dim=-1))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[8]]"


def clamps(x: Tensor[CPU, Float32, B, L[8]], i: Tensor[CPU, Int64, B, L[8]], lo: Tensor[CPU, Float32, L[8]]) -> None:
    reveal_type(x.clamp_min(0.0))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[8]]"
    reveal_type(torch.clamp_max(i, 3))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, B, Literal[8]]"
    reveal_type(i.clamp(min=0.5))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[8]]"
    reveal_type(lo.clamp(min=x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[8]]"
    reveal_type(torch.clip(x, -1, 1))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[8]]"


if __name__ == "__main__":
    assert tuple(activations(torch.randn(2, 8), torch.ones(2, 8, dtype=torch.long)).shape) == (2, 4)
    softmaxes(torch.randn(2, 8), torch.ones(2, 8, dtype=torch.long))
    clamps(torch.randn(2, 8), torch.ones(2, 8, dtype=torch.long), torch.zeros(8))
