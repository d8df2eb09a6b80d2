"""Reshaping: exact shapes with literal and symbolic dims."""

from typing import Literal as L
from typing import TypeVar, reveal_type

from typedtorch import CPU, Float32, Tensor

B = TypeVar("B", bound=int)


def conv_features(x: Tensor[CPU, Float32, B, L[20], L[12], L[12]]) -> Tensor[CPU, Float32, B, L[2880]]:
    reveal_type(x.view(x.size(0), -1))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[2880]]"
    reveal_type(x.view(x.shape[0], -1))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[2880]]"
    reveal_type(x.reshape(-1, 2880))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[2880]]"
    reveal_type(x.flatten(1))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[2880]]"
    reveal_type(x.flatten())  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, typedtorch._dims.Product[Literal[2880], B]]"
    return x.flatten(1)


def literal(x: Tensor[CPU, Float32, L[2], L[3], L[4]]) -> None:
    reveal_type(x.view(6, 4))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[6], Literal[4]]"
    reveal_type(x.view((4, -1)))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[4], Literal[6]]"
    reveal_type(x.reshape([-1]))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[24]]"
    reveal_type(x.unflatten(2, (2, -1)))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Literal[3], Literal[2], Literal[2]]"
    reveal_type(x.permute(0, 2, 1))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Literal[4], Literal[3]]"
    reveal_type(x.permute([2, 0, 1]))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[4], Literal[2], Literal[3]]"
    reveal_type(x.transpose(0, -1))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[4], Literal[3], Literal[2]]"
    reveal_type(x.movedim(0, -1))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[3], Literal[4], Literal[2]]"
    reveal_type(x.unsqueeze(1))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Literal[1], Literal[3], Literal[4]]"
    reveal_type(x.repeat(2, 1, 1, 1))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Literal[2], Literal[3], Literal[4]]"


def symbolic(x: Tensor[CPU, Float32, B, L[1], L[3]], n: int) -> None:
    reveal_type(x.squeeze(1))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3]]"
    reveal_type(x.squeeze())  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, *tuple[Any, ...]]"
    reveal_type(x.expand(-1, 4, 3))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[4], Literal[3]]"
    reveal_type(x.expand(2, -1, 5, 3))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], B, Literal[5], Literal[3]]"
    reveal_type(x.transpose(0, 2))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[3], Literal[1], B]"
    reveal_type(x.view(n, -1))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Any, Any]"
    reveal_type(x.flatten(n))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, *tuple[Any, ...]]"


def matrix(m: Tensor[CPU, Float32, B, L[3]], v: Tensor[CPU, Float32, L[3]]) -> None:
    reveal_type(m.t())  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[3], B]"
    reveal_type(v.t())  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[3]]"


if __name__ == "__main__":
    import torch

    assert tuple(conv_features(torch.zeros(2, 20, 12, 12)).shape) == (2, 2880)
    literal(torch.zeros(2, 3, 4))
    symbolic(torch.zeros(2, 1, 3), 2)
