"""The static surface of Tensor: properties, conversions, autograd, operators with scalars."""

from typing import Literal as L
from typing import TypeVar, reveal_type

import torch

import typedtorch as tt
from typedtorch import CPU, Float32, Tensor

B = TypeVar("B", bound=int)


def properties(x: Tensor[CPU, Float32, B, L[3]]) -> None:
    # Sizes are ints (literal ones remember their value, as mypy does for `3`).
    reveal_type(x.shape)  # N: Revealed type is "tuple[int, Literal[3]?]"
    reveal_type(x.shape[0])  # N: Revealed type is "int"
    reveal_type(x.size())  # N: Revealed type is "tuple[int, Literal[3]?]"
    reveal_type(x.size(1))  # N: Revealed type is "Literal[3]?"
    reveal_type(x.dtype)  # N: Revealed type is "typedtorch._dtypes.Float32"
    reveal_type(x.device)  # N: Revealed type is "typedtorch._devices.CPU"
    reveal_type(x.dim())  # N: Revealed type is "int"
    reveal_type(x.numel())  # N: Revealed type is "int"
    reveal_type(x.sum().item())  # N: Revealed type is "float"
    reveal_type(x.long().sum().item())  # N: Revealed type is "int"


def conversions(x: Tensor[CPU, Float32, B, L[3]]) -> None:
    reveal_type(x.to(torch.float64))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float64, B, Literal[3]]"
    reveal_type(x.double())  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float64, B, Literal[3]]"
    reveal_type(x.half())  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float16, B, Literal[3]]"
    reveal_type(x.long())  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, B, Literal[3]]"
    reveal_type(x.int())  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int32, B, Literal[3]]"
    reveal_type(x.bool())  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Bool, B, Literal[3]]"
    reveal_type(x.cpu())  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3]]"
    reveal_type(x.float().contiguous())  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3]]"


def on_cuda(x: Tensor[CPU, Float32, B, L[3]]) -> None:
    # Type-checked only: not run on CPU-only machines.
    reveal_type(x.to("cuda"))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CUDA, typedtorch._dtypes.Float32, B, Literal[3]]"
    reveal_type(x.cuda().device)  # N: Revealed type is "typedtorch._devices.CUDA"


def autograd(x: Tensor[CPU, Float32, B, L[3]]) -> None:
    w = tt.zeros(3, 4, requires_grad=True)
    y = (x @ w).sum()
    reveal_type(y)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32]"
    y.backward()
    reveal_type(w.grad)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[3], Literal[4]] | None"
    reveal_type(w.detach())  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[3], Literal[4]]"
    reveal_type(w.clone())  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[3], Literal[4]]"
    reveal_type(w.requires_grad_())  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[3], Literal[4]]"
    (gw,) = tt.grad((x @ w).sum(), (w,))
    reveal_type(gw)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[3], Literal[4]]"


def scalars(x: Tensor[CPU, Float32, B, L[3]]) -> None:
    reveal_type(2 * x + 1.0)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3]]"
    reveal_type(1.0 - x / 2)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3]]"
    reveal_type(x > 0)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Bool, B, Literal[3]]"
    reveal_type(x.clamp(0.0, 1.0).sigmoid().exp())  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3]]"
    reveal_type(x.t())  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[3], B]"


def interop(x: Tensor[CPU, Float32, B, L[3]]) -> torch.Tensor:
    # A typed tensor is a torch.Tensor: torch's own functions accept it.
    return torch.nn.functional.relu(torch.cat([x, x]))


def conversion_helpers(raw: torch.Tensor) -> None:
    a = tt.checked(raw, Tensor[CPU, Float32, L[2], L[3]])
    reveal_type(a)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Literal[3]]"
    b = tt.unchecked(raw, Tensor[CPU, Float32, L[2], L[3]])
    reveal_type(tt.like(raw, b))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Literal[3]]"


if __name__ == "__main__":
    batch = tt.randn(5, 3)
    properties(batch)
    conversions(batch)
    autograd(batch)
    scalars(batch)
    assert interop(batch).shape == (10, 3)
    conversion_helpers(torch.zeros(2, 3))
