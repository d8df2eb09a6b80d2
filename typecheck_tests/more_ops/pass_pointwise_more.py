"""Elementwise ops beyond the operators: `atan2`, `copysign`, `fmod`, `fmin`/`fmax`, `hypot`,
`xlogy`, `logical_and`/`or`, the named `pow`/`remainder`/`bitwise_and`, and unary `sgn`,
`signbit`, `positive`, `bitwise_not`, `frac`: methods and torch's function forms alike."""

from typing import Literal as L
from typing import TypeVar, reveal_type

import torch

from typedtorch import CPU, Bool, Float32, Floating, Int32, Int64, Tensor

B = TypeVar("B", bound=int)
F = TypeVar("F", bound=Floating)


def binary(x: Tensor[CPU, Float32, B, L[3]], y: Tensor[CPU, Float32, L[3]], i: Tensor[CPU, Int64, B, L[1]], m: Tensor[CPU, Bool, B, L[3]]) -> Tensor[CPU, Float32, B, L[3]]:
    reveal_type(x.copysign(y))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3]]"
    reveal_type(torch.copysign(i, -1))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[1]]"
    reveal_type(x.fmin(y))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3]]"
    reveal_type(torch.fmax(i, i))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, B, Literal[1]]"
    reveal_type(x.atan2(i))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3]]"
    reveal_type(torch.atan2(i, i))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[1]]"
    reveal_type(torch.arctan2(x, y))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3]]"
    reveal_type(x.hypot(y))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3]]"
    reveal_type(torch.hypot(x, x.double()))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float64, B, Literal[3]]"
    reveal_type(i.xlogy(2))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[1]]"
    reveal_type(torch.xlogy(x, y))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3]]"
    reveal_type(x.fmod(2))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3]]"
    reveal_type(torch.fmod(i, 2.5))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[1]]"
    reveal_type(i.remainder(3))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, B, Literal[1]]"
    reveal_type(torch.remainder(x, i))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3]]"
    reveal_type(x.logical_and(i))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Bool, B, Literal[3]]"
    reveal_type(torch.logical_or(m, y))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Bool, B, Literal[3]]"
    reveal_type(torch.logical_xor(m, m))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Bool, B, Literal[3]]"
    reveal_type(i.bitwise_and(m))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, B, Literal[3]]"
    reveal_type(torch.bitwise_and(m, True))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Bool, B, Literal[3]]"
    reveal_type(x.pow(2))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3]]"
    reveal_type(i.pow(0.5))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[1]]"
    reveal_type(torch.pow(i, 2))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, B, Literal[1]]"
    reveal_type(torch.pow(x, y.double()))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float64, B, Literal[3]]"
    return torch.atan2(x, y)


def generic(x: Tensor[CPU, F, B, L[3]], y: Tensor[CPU, F, L[3]], n: Tensor[CPU, Int32, B]) -> Tensor[CPU, F, B, L[3]]:
    reveal_type(x.atan2(y))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, F, B, Literal[3]]"
    reveal_type(torch.hypot(x, y))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, F, B, Literal[3]]"
    reveal_type(x.fmod(2.0))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, F, B, Literal[3]]"
    reveal_type(x.logical_or(n.unsqueeze(1)))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Bool, B, Literal[3]]"
    return x.copysign(y)


def unary(x: Tensor[CPU, Float32, B, L[3]], i: Tensor[CPU, Int32, B], m: Tensor[CPU, Bool, B], g: Tensor[CPU, F, B]) -> Tensor[CPU, Bool, B]:
    reveal_type(x.sgn())  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3]]"
    reveal_type(torch.sgn(m))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Bool, B]"
    reveal_type(i.signbit())  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Bool, B]"
    reveal_type(torch.signbit(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Bool, B, Literal[3]]"
    reveal_type(i.positive())  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int32, B]"
    reveal_type(torch.positive(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3]]"
    reveal_type(m.bitwise_not())  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Bool, B]"
    reveal_type(torch.bitwise_not(i))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int32, B]"
    reveal_type(x.frac())  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3]]"
    reveal_type(torch.frac(g))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, F, B]"
    reveal_type(g.signbit())  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Bool, B]"
    return torch.signbit(i)


if __name__ == "__main__":
    out = binary(torch.ones(2, 3), torch.ones(3), torch.ones(2, 1, dtype=torch.long), torch.ones(2, 3, dtype=torch.bool))
    assert tuple(out.shape) == (2, 3) and out.dtype == torch.float32
    gen = generic(torch.ones(2, 3, dtype=torch.float64), torch.ones(3, dtype=torch.float64), torch.ones(2, dtype=torch.int32))
    assert gen.dtype == torch.float64
    signs = unary(torch.ones(2, 3), torch.ones(2, dtype=torch.int32), torch.ones(2, dtype=torch.bool), torch.ones(2))
    assert signs.dtype == torch.bool and tuple(signs.shape) == (2,)
