"""Rearranging and copying: `flip`, `fliplr`/`flipud`, `roll`, `rot90`, `tile`,
`repeat_interleave`, `Tensor.unfold`, `meshgrid`, `cartesian_prod`, `combinations`."""

from typing import Literal as L
from typing import TypeVar, reveal_type

import torch

from typedtorch import CPU, Float32, Int64, Tensor

B = TypeVar("B", bound=int)
H = TypeVar("H", bound=int)


def rearrange(x: Tensor[CPU, Float32, B, H, L[4]]) -> Tensor[CPU, Float32, B, L[4], H]:
    reveal_type(x.flip(0, 1))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, H, Literal[4]]"
    reveal_type(torch.fliplr(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, H, Literal[4]]"
    reveal_type(x.flipud())  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, H, Literal[4]]"
    reveal_type(torch.roll(x, shifts=(1, 2), dims=(1, 2)))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, H, Literal[4]]"
    reveal_type(x.rot90(2, [1, 2]))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, H, Literal[4]]"
    return x.rot90(1, [1, 2])


def copies(x: Tensor[CPU, Float32, B, L[3]], counts: Tensor[CPU, Int64, L[3]]) -> None:
    reveal_type(x.tile(2, 1))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, typedtorch._dims.Product[Literal[2], B], Literal[3]]"
    reveal_type(torch.tile(x, (2,)))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[6]]"
    reveal_type(x.repeat_interleave(2, dim=1))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[6]]"
    reveal_type(x.repeat_interleave(3))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, typedtorch._dims.Product[Literal[9], B]]"
    reveal_type(torch.repeat_interleave(x, counts, dim=1))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Any]"
    reveal_type(torch.repeat_interleave(x, counts, dim=1, output_size=9))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[9]]"
    reveal_type(torch.repeat_interleave(counts))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, Any]"


def windows(signal: Tensor[CPU, Float32, B, L[16]]) -> Tensor[CPU, Float32, B, L[7], L[4]]:
    reveal_type(signal.unfold(1, 4, 4))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[4], Literal[4]]"
    return signal.unfold(1, 4, 2)


def grids(xs: Tensor[CPU, Float32, L[3]], ys: Tensor[CPU, Float32, L[5]]) -> None:
    gx, gy = torch.meshgrid(xs, ys, indexing="ij")
    reveal_type(gx)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[3], Literal[5]]"
    reveal_type(torch.meshgrid([xs, ys], indexing="xy")[1])  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[5], Literal[3]]"
    reveal_type(torch.cartesian_prod(xs, ys))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[15], Literal[2]]"
    reveal_type(torch.combinations(ys, 2))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[10], Literal[2]]"
    reveal_type(torch.combinations(xs, 2, with_replacement=True))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[6], Literal[2]]"


if __name__ == "__main__":
    assert tuple(rearrange(torch.ones(2, 3, 4)).shape) == (2, 4, 3)
    copies(torch.ones(2, 3), torch.tensor([1, 3, 5]))
    assert tuple(windows(torch.ones(2, 16)).shape) == (2, 7, 4)
    grids(torch.ones(3), torch.ones(5))
