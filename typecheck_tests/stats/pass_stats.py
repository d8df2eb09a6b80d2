"""Sampling, counting and comparing: `multinomial`, `histc`, `bincount`, `isclose`,
`allclose`, `equal`."""

from typing import Literal as L
from typing import TypeVar, reveal_type

import torch

from typedtorch import CPU, Float32, Int64, Tensor

B = TypeVar("B", bound=int)


def sample(probs: Tensor[CPU, Float32, B, L[10]]) -> Tensor[CPU, Int64, B, L[4]]:
    reveal_type(probs.multinomial(1))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, B, Literal[1]]"
    reveal_type(torch.multinomial(probs[0], 20, replacement=True))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, Literal[20]]"
    return torch.multinomial(probs, 4)


def count(x: Tensor[CPU, Float32, B, L[10]], labels: Tensor[CPU, Int64, L[100]], w: Tensor[CPU, Float32, L[100]]) -> None:
    reveal_type(x.histc(bins=8, min=0, max=1))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[8]]"
    reveal_type(torch.histc(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[100]]"
    reveal_type(labels.bincount())  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, Any]"
    reveal_type(torch.bincount(labels, w, minlength=10))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Any]"


def compare(x: Tensor[CPU, Float32, B, L[10]], y: Tensor[CPU, Float32, L[10]]) -> bool:
    reveal_type(torch.isclose(x, y))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Bool, B, Literal[10]]"
    reveal_type(x.isclose(x, atol=1e-3))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Bool, B, Literal[10]]"
    reveal_type(torch.equal(x, y))  # N: Revealed type is "bool"
    return torch.allclose(x, y) and x.allclose(x)


if __name__ == "__main__":
    assert tuple(sample(torch.ones(3, 10)).shape) == (3, 4)
    count(torch.rand(2, 10), torch.randint(0, 10, (100,)), torch.ones(100))
    assert compare(torch.ones(2, 10), torch.ones(10))
