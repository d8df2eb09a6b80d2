"""torch.nn layers typed from their configuration: norms, embedding bags, activations, shuffles,
padding, sliding blocks, upsampling and distances, with literal and symbolic dims."""

from typing import Literal as L
from typing import TypeVar, reveal_type

import torch
import torch.nn as nn

from typedtorch import CPU, BFloat16, Float16, Float32, Float64, Int64, Tensor

B = TypeVar("B", bound=int)
C = TypeVar("C", bound=int)
H = TypeVar("H", bound=int)
W = TypeVar("W", bound=int)


def norms(
    x: Tensor[CPU, Float32, B, L[8], L[4], L[6]], h: Tensor[CPU, Float16, B, L[8], H, W]
) -> None:
    rms = nn.RMSNorm(6)
    reveal_type(rms)  # N: Revealed type is "torch.nn.modules.normalization.RMSNorm[Literal[6], Literal[True], typedtorch._devices.CPU, typedtorch._dtypes.Float32]"
    reveal_type(rms(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[8], Literal[4], Literal[6]]"
    reveal_type(nn.RMSNorm((4, 6), eps=1e-6)(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[8], Literal[4], Literal[6]]"
    reveal_type(nn.RMSNorm([6])(h[..., :6]))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float16, B, Literal[8], H, Any]"
    reveal_type(nn.RMSNorm(6, elementwise_affine=False, dtype=torch.float64))  # N: Revealed type is "torch.nn.modules.normalization.RMSNorm[Literal[6], Literal[False], typedtorch._devices.CPU, typedtorch._dtypes.Float64]"
    inorm = nn.InstanceNorm2d(8)
    reveal_type(inorm)  # N: Revealed type is "torch.nn.modules.instancenorm.InstanceNorm2d[Literal[8], Literal[False], Literal[False], typedtorch._devices.CPU, typedtorch._dtypes.Float32]"
    reveal_type(inorm(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[8], Literal[4], Literal[6]]"
    reveal_type(nn.InstanceNorm2d(8, affine=True)(h))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float16, B, Literal[8], H, W]"
    reveal_type(nn.InstanceNorm1d(8, track_running_stats=True)(x[:, :, 0]))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[8], Literal[6]]"
    reveal_type(nn.InstanceNorm3d(4, affine=True, dtype=torch.float64))  # N: Revealed type is "torch.nn.modules.instancenorm.InstanceNorm3d[Literal[4], Literal[True], Literal[False], typedtorch._devices.CPU, typedtorch._dtypes.Float64]"
    reveal_type(nn.LocalResponseNorm(2)(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[8], Literal[4], Literal[6]]"
    reveal_type(nn.BatchNorm2d(8)(h))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float16, B, Literal[8], H, W]"
    reveal_type(nn.GroupNorm(2, 8)(h))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float16, B, Literal[8], H, W]"


def norms_unbatched(x: Tensor[CPU, Float32, L[8], H, W]) -> None:
    reveal_type(nn.InstanceNorm2d(8, affine=True)(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[8], H, W]"
    reveal_type(nn.InstanceNorm1d(8)(x[:, :, 0]))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[8], H]"


def embedding_bags(
    bags: Tensor[CPU, Int64, B, L[5]],
    flat: Tensor[CPU, Int64, L[12]],
    starts: Tensor[CPU, Int64, C],
) -> None:
    bag = nn.EmbeddingBag(10, 3)
    reveal_type(bag)  # N: Revealed type is "torch.nn.modules.sparse.EmbeddingBag[Literal[10], Literal[3], Literal['mean'], Literal[False], typedtorch._devices.CPU, typedtorch._dtypes.Float32]"
    reveal_type(bag(bags))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3]]"
    reveal_type(bag(flat, starts))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, C, Literal[3]]"
    reveal_type(bag(flat, offsets=starts))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, C, Literal[3]]"
    summed = nn.EmbeddingBag(10, 3, mode="sum", include_last_offset=True)
    reveal_type(summed)  # N: Revealed type is "torch.nn.modules.sparse.EmbeddingBag[Literal[10], Literal[3], Literal['sum'], Literal[True], typedtorch._devices.CPU, typedtorch._dtypes.Float32]"
    reveal_type(summed(flat, starts, per_sample_weights=torch.rand(12)))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, typedtorch._dims.Sum[C, Literal[-1]], Literal[3]]"
    reveal_type(nn.EmbeddingBag(10, 3, dtype=torch.float64)(bags))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float64, B, Literal[3]]"


def activations(x: Tensor[CPU, Float32, B, L[4], H], i: Tensor[CPU, Int64, B, L[4]]) -> None:
    reveal_type(nn.ReLU6()(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[4], H]"
    reveal_type(nn.ReLU6(inplace=True)(i))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, B, Literal[4]]"
    reveal_type(nn.Hardtanh(-2.0, 2.0)(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[4], H]"
    reveal_type(nn.Threshold(0.1, 20.0)(i))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, B, Literal[4]]"
    reveal_type(nn.Hardsigmoid()(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[4], H]"
    reveal_type(nn.Hardswish()(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[4], H]"
    reveal_type(nn.Mish()(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[4], H]"
    reveal_type(nn.SELU()(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[4], H]"
    reveal_type(nn.CELU(alpha=0.5)(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[4], H]"
    reveal_type(nn.RReLU(0.1, 0.3)(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[4], H]"
    reveal_type(nn.Softplus(beta=2.0)(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[4], H]"
    reveal_type(nn.Softshrink(0.5)(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[4], H]"
    reveal_type(nn.Hardshrink()(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[4], H]"
    reveal_type(nn.LogSigmoid()(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[4], H]"
    reveal_type(nn.Softsign()(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[4], H]"
    reveal_type(nn.Softsign()(i))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[4]]"
    reveal_type(nn.Tanhshrink()(i))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[4]]"
    reveal_type(nn.Softmin(dim=1)(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[4], H]"
    glu = nn.GLU()
    reveal_type(glu)  # N: Revealed type is "torch.nn.modules.activation.GLU[Literal[-1]]"
    reveal_type(glu(x.transpose(1, 2)))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, H, Literal[2]]"
    reveal_type(nn.GLU(dim=1)(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[2], H]"


def softmax2d(x: Tensor[CPU, Float32, B, L[3], H, W], u: Tensor[CPU, Float32, L[3], H, W]) -> None:
    reveal_type(nn.Softmax2d()(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3], H, W]"
    reveal_type(nn.Softmax2d()(u))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[3], H, W]"


def shuffles(
    x: Tensor[CPU, Float32, B, L[8], L[4], L[6]], s: Tensor[CPU, Float32, B, L[8], H, W]
) -> None:
    up = nn.PixelShuffle(2)
    reveal_type(up)  # N: Revealed type is "torch.nn.modules.pixelshuffle.PixelShuffle[Literal[2]]"
    reveal_type(up(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[2], Literal[8], Literal[12]]"
    reveal_type(up(s))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[2], typedtorch._dims.Product[Literal[2], H], typedtorch._dims.Product[Literal[2], W]]"
    down = nn.PixelUnshuffle(2)
    reveal_type(down(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[32], Literal[2], Literal[3]]"
    reveal_type(nn.PixelUnshuffle(2)(up(s)))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[8], H, W]"
    reveal_type(nn.ChannelShuffle(4)(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[8], Literal[4], Literal[6]]"
    reveal_type(nn.ChannelShuffle(2)(s))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[8], H, W]"


def padding(
    x: Tensor[CPU, Float32, B, L[3], L[8], L[8]], s: Tensor[CPU, Float32, B, L[3], H, W]
) -> None:
    reveal_type(nn.ZeroPad2d(1))  # N: Revealed type is "torch.nn.modules.padding.ZeroPad2d[Literal[1]]"
    reveal_type(nn.ZeroPad2d(1)(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3], Literal[10], Literal[10]]"
    reveal_type(nn.ZeroPad2d((1, 2, 0, 3))(s))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3], typedtorch._dims.Sum[H, Literal[3]], typedtorch._dims.Sum[W, Literal[3]]]"
    reveal_type(nn.ZeroPad1d(2)(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3], Literal[8], Literal[12]]"
    reveal_type(nn.ZeroPad3d(1)(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[5], Literal[10], Literal[10]]"
    reveal_type(nn.ConstantPad2d(2, 0.5)(s))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3], typedtorch._dims.Sum[H, Literal[4]], typedtorch._dims.Sum[W, Literal[4]]]"
    reveal_type(nn.ConstantPad1d((3, 1), -1.0)(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3], Literal[8], Literal[12]]"
    reveal_type(nn.ConstantPad3d((1, 1, 2, 2, 0, 0), 0.0)(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3], Literal[12], Literal[10]]"
    reveal_type(nn.ReflectionPad2d(3)(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3], Literal[14], Literal[14]]"
    reveal_type(nn.ReflectionPad1d((1, 2))(s[0]))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[3], H, typedtorch._dims.Sum[W, Literal[3]]]"
    reveal_type(nn.ReflectionPad3d(1)(x.unsqueeze(0)))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[1], B, Literal[5], Literal[10], Literal[10]]"
    reveal_type(nn.ReplicationPad2d((1, 1, 2, 2))(s))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3], typedtorch._dims.Sum[H, Literal[4]], typedtorch._dims.Sum[W, Literal[2]]]"
    reveal_type(nn.ReplicationPad1d(4)(x[0]))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[3], Literal[8], Literal[16]]"
    reveal_type(nn.ReplicationPad3d(2)(x.unsqueeze(1)))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[1], Literal[7], Literal[12], Literal[12]]"
    reveal_type(nn.CircularPad2d(1)(s))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3], typedtorch._dims.Sum[H, Literal[2]], typedtorch._dims.Sum[W, Literal[2]]]"
    reveal_type(nn.CircularPad1d(2)(x[0]))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[3], Literal[8], Literal[12]]"
    reveal_type(nn.CircularPad3d((1, 0, 1, 0, 1, 0))(x.unsqueeze(1)))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[1], Literal[4], Literal[9], Literal[9]]"


def blocks(
    x: Tensor[CPU, Float32, B, L[3], L[8], L[8]], s: Tensor[CPU, Float32, B, L[3], H, W]
) -> None:
    unfold = nn.Unfold(kernel_size=2, stride=2)
    reveal_type(unfold)  # N: Revealed type is "torch.nn.modules.fold.Unfold[Literal[2], Literal[1], Literal[0], Literal[2]]"
    cols = unfold(x)
    reveal_type(cols)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[12], Literal[16]]"
    fold = nn.Fold(output_size=(8, 8), kernel_size=2, stride=2)
    reveal_type(fold)  # N: Revealed type is "torch.nn.modules.fold.Fold[tuple[Literal[8], Literal[8]], Literal[2], Literal[1], Literal[0], Literal[2]]"
    reveal_type(fold(cols))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3], Literal[8], Literal[8]]"
    reveal_type(nn.Unfold(3, padding=1)(x[0]))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[27], Literal[64]]"
    reveal_type(nn.Unfold(3, padding=1)(s))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[27], typedtorch._dims.Product[H, W]]"


def upsampling(
    x: Tensor[CPU, Float32, B, L[3], L[8], L[6]], s: Tensor[CPU, Float32, B, L[3], H, W]
) -> None:
    nearest = nn.UpsamplingNearest2d(scale_factor=2)
    reveal_type(nearest)  # N: Revealed type is "torch.nn.modules.upsampling.UpsamplingNearest2d[None, Literal[2]]"
    reveal_type(nearest(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3], Literal[16], Literal[12]]"
    reveal_type(nearest(s))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3], typedtorch._dims.Product[Literal[2], H], typedtorch._dims.Product[Literal[2], W]]"
    reveal_type(nn.UpsamplingNearest2d(size=(10, 12))(s))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3], Literal[10], Literal[12]]"
    reveal_type(nn.UpsamplingBilinear2d(scale_factor=2.0)(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3], Literal[16], Literal[12]]"
    reveal_type(nn.UpsamplingBilinear2d(size=5)(s))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3], Literal[5], Literal[5]]"


def distances(
    a: Tensor[CPU, Float32, B, L[16]],
    b: Tensor[CPU, Float32, B, L[16]],
    d: Tensor[CPU, Float64, L[1], L[16]],
) -> None:
    cos = nn.CosineSimilarity(dim=1)
    reveal_type(cos)  # N: Revealed type is "torch.nn.modules.distance.CosineSimilarity[Literal[1]]"
    reveal_type(cos(a, b))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B]"
    reveal_type(nn.CosineSimilarity(dim=0)(a, d))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float64, Literal[16]]"
    reveal_type(nn.PairwiseDistance()(a, b))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B]"
    reveal_type(nn.PairwiseDistance(p=1.0, keepdim=True)(x1=a, x2=b))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[1]]"


def in_sequential(
    x: Tensor[CPU, Float32, B, L[3], L[16], L[16]],
) -> Tensor[CPU, Float32, B, L[3], L[32], L[32]]:
    model = nn.Sequential(
        nn.ReflectionPad2d(1),
        nn.Conv2d(3, 12, 3),
        nn.InstanceNorm2d(12, affine=True),
        nn.Hardswish(),
        nn.PixelShuffle(2),
    )
    reveal_type(model(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3], Literal[32], Literal[32]]"
    return model(x)


def mixed_precision(h: Tensor[CPU, BFloat16, B, L[8], L[4], L[4]]) -> None:
    reveal_type(nn.InstanceNorm2d(8, affine=True)(h))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.BFloat16, B, Literal[8], Literal[4], Literal[4]]"
    reveal_type(nn.LayerNorm(4)(h))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.BFloat16, B, Literal[8], Literal[4], Literal[4]]"


def movers(x: Tensor[CPU, Float64, B, L[8], L[6]], i: Tensor[CPU, Int64, B, L[5]]) -> None:
    rms = nn.RMSNorm(6).double()
    reveal_type(rms)  # N: Revealed type is "torch.nn.modules.normalization.RMSNorm[Literal[6], Literal[True], typedtorch._devices.CPU, typedtorch._dtypes.Float64]"
    reveal_type(rms(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float64, B, Literal[8], Literal[6]]"
    inorm = nn.InstanceNorm1d(8, affine=True).double()
    reveal_type(inorm)  # N: Revealed type is "torch.nn.modules.instancenorm.InstanceNorm1d[Literal[8], Literal[True], Literal[False], typedtorch._devices.CPU, typedtorch._dtypes.Float64]"
    reveal_type(inorm(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float64, B, Literal[8], Literal[6]]"
    bag = nn.EmbeddingBag(10, 3).double()
    reveal_type(bag)  # N: Revealed type is "torch.nn.modules.sparse.EmbeddingBag[Literal[10], Literal[3], Literal['mean'], Literal[False], typedtorch._devices.CPU, typedtorch._dtypes.Float64]"
    reveal_type(bag(i))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float64, B, Literal[3]]"


if __name__ == "__main__":
    from typing import Any

    def rand(*size: int) -> Any:
        return torch.rand(*size)

    def ints(high: int, *size: int) -> Any:
        return torch.randint(0, high, size)

    norms(rand(2, 8, 4, 6), rand(2, 8, 4, 6).half())
    norms_unbatched(rand(8, 4, 5))
    embedding_bags(ints(10, 3, 5), ints(10, 12), torch.tensor([0, 4, 9]))
    activations(rand(2, 4, 6), ints(5, 2, 4))
    softmax2d(rand(2, 3, 4, 5), rand(3, 4, 5))
    shuffles(rand(2, 8, 4, 6), rand(2, 8, 4, 6))
    padding(rand(2, 3, 8, 8), rand(2, 3, 5, 6))
    blocks(rand(2, 3, 8, 8), rand(2, 3, 5, 6))
    upsampling(rand(2, 3, 8, 6), rand(2, 3, 5, 6))
    distances(rand(4, 16), rand(4, 16), rand(1, 16).double())
    assert tuple(in_sequential(rand(2, 3, 16, 16)).shape) == (2, 3, 32, 32)
    mixed_precision(rand(2, 8, 4, 4).bfloat16())
    movers(rand(2, 8, 6).double(), ints(10, 2, 5))
