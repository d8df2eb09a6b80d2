"""torch.nn layers typed from their configuration: wrong inputs are reported at the call, naming
the layer as it was built."""

from typing import Literal as L
from typing import TypeVar

import torch
import torch.nn as nn

from typedtorch import CPU, CUDA, Bool, Float32, Float64, Int64, Tensor

B = TypeVar("B", bound=int)
H = TypeVar("H", bound=int)


def norms(
    x: Tensor[CPU, Float32, B, L[8], L[4], L[6]],
    d: Tensor[CPU, Float64, B, L[8], L[4], L[6]],
    g: Tensor[CUDA, Float32, B, L[8], L[4], L[6]],
    one: Tensor[CPU, Float32, B, L[8], L[1], L[1]],
    s: Tensor[CPU, Float32, B, H, L[4], L[6]],
) -> None:
    nn.RMSNorm(4)(x)  # E: "RMSNorm(4)" expects input [*, 4], got [B, 8, 4, 6]  [shape]
    nn.RMSNorm((8, 4))(x)  # E: "RMSNorm((8, 4))" expects input [*, 8, 4], got [B, 8, 4, 6]  [shape]
    nn.RMSNorm(6)(g)  # E: Expected all tensors to be on the same device for "RMSNorm(6)": the layer is on cpu and the input is on cuda (move one with .to("cpu"))  [device]
    nn.InstanceNorm2d(6, affine=True)(x)  # E: "InstanceNorm2d(6, affine=True)" expects 6 channels (dim 1), got 8 in input [B, 8, 4, 6]  [shape]
    nn.InstanceNorm2d(8, affine=True)(s)  # E: "InstanceNorm2d(8, affine=True)" expects 8 channels (dim 1), got H in input [B, H, 4, 6] (cannot prove they are equal)  [shape-unproven]
    nn.InstanceNorm2d(8)(one)  # E: "InstanceNorm2d(8)" expects more than 1 spatial element when using input statistics, got input [B, 8, 1, 1]  [shape]
    nn.InstanceNorm1d(8)(x)  # E: "InstanceNorm1d(8)" expects a 2-D (unbatched) or 3-D (batched) input, got 4-D input [B, 8, 4, 6]  [shape]
    nn.InstanceNorm2d(8, affine=True)(d)  # E: Incompatible dtypes for "InstanceNorm2d(8, affine=True)": the layer is float32 and the input is float64 (convert one with .to(), e.g. .to(torch.float32))  [dtype]
    nn.InstanceNorm2d(8, track_running_stats=True)(g)  # E: Expected all tensors to be on the same device for "InstanceNorm2d(8, track_running_stats=True)": the layer is on cpu and the input is on cuda (move one with .to("cpu"))  [device]
    nn.LocalResponseNorm(2)(x[:, :, 0, 0])  # E: "local_response_norm" expects an input [N, C, *] with at least 3 dims, got 2-D input [B, 8]  [shape]
    nn.BatchNorm2d(8)(d)  # E: Incompatible dtypes for "BatchNorm2d(8)": the layer is float32 and the input is float64 (convert one with .to(), e.g. .to(torch.float32))  [dtype]


def embedding_bags(
    bags: Tensor[CPU, Int64, B, L[5]],
    flat: Tensor[CPU, Int64, L[12]],
    f: Tensor[CPU, Float32, B, L[5]],
    w: Tensor[CPU, Float32, L[12]],
) -> None:
    nn.EmbeddingBag(10, 3)(flat)  # E: "EmbeddingBag(10, 3)": a 1-D input [12] needs 1-D offsets (the start of each bag), got none  [shape]
    nn.EmbeddingBag(10, 3)(bags, flat)  # E: "EmbeddingBag(10, 3)": a 2-D input [B, 5] holds bags of equal length; offsets must be None  [shape]
    nn.EmbeddingBag(10, 3)(f)  # E: Incompatible dtype for "EmbeddingBag(10, 3)": input must be int32 or int64 indices, got float32  [dtype]
    nn.EmbeddingBag(10, 3)(flat, flat[:2], per_sample_weights=w)  # E: "EmbeddingBag(10, 3)": per_sample_weights are only supported with mode="sum", got mode='mean'  [shape]
    nn.EmbeddingBag(10, 3, mode="sum")(flat, flat[:2], per_sample_weights=w[:4])  # E: Incompatible shapes for "EmbeddingBag(10, 3, mode='sum')": per_sample_weights [4] must have the shape of input [12]  [shape]
    nn.EmbeddingBag(10, 3, mode="sum", dtype=torch.float64)(flat, flat[:2], w)  # E: Incompatible dtypes for "EmbeddingBag(10, 3, mode='sum')": weight is float64 and per_sample_weights is float32 (convert one with .to(torch.float64))  [dtype]


def activations(x: Tensor[CPU, Float32, B, L[5]], i: Tensor[CPU, Int64, B, L[4]], b: Tensor[CPU, Bool, L[4]]) -> None:
    nn.Softplus()(i)  # E: Incompatible dtype for "Softplus()": expected a floating point tensor, got int64 (convert it with .float())  [dtype]
    nn.Mish()(i)  # E: Incompatible dtype for "Mish()": expected a floating point tensor, got int64 (convert it with .float())  [dtype]
    nn.Hardswish()(b)  # E: Incompatible dtype for "Hardswish()": expected a floating point tensor, got bool (convert it with .float())  [dtype]
    nn.ReLU6()(b)  # E: Incompatible dtype for "ReLU6()": expected a floating point or integer tensor, got bool (convert it with .float())  [dtype]
    nn.Hardtanh()(b)  # E: Incompatible dtype for "Hardtanh()": expected a floating point, int8, int16, int32 or int64 tensor, got bool (convert it with .float())  [dtype]
    nn.Softsign()(b)  # E: Incompatible dtype for "Softsign()": expected a non-bool tensor, got bool (convert it with .float())  [dtype]
    nn.GLU()(x)  # E: "glu" halves dimension 1, which must have an even size, got 5 in input [B, 5]  [shape]
    nn.GLU(dim=2)(x)  # E: Dimension out of range for "glu": expected to be in range of [-2, 1], but got 2  [shape]
    nn.Softmin(dim=2)(x)  # E: Dimension out of range for "Softmin(dim=2)": expected to be in range of [-2, 1], but got 2  [shape]
    nn.Softmax2d()(x)  # E: "Softmax2d()" expects a 3-D [C, H, W] or 4-D [N, C, H, W] input, got 2-D input [B, 5]  [shape]


def shuffles(x: Tensor[CPU, Float32, B, L[6], L[4], L[5]], s: Tensor[CPU, Float32, B, H, L[4], L[4]]) -> None:
    nn.PixelShuffle(2)(x)  # E: Incompatible shapes for "PixelShuffle(2)": the channels 6 (dim -3) of input [B, 6, 4, 5] must be divisible by upscale_factor**2 = 4  [shape]
    nn.PixelShuffle(2)(s)  # E: Incompatible shapes for "PixelShuffle(2)": the channels H (dim -3) of input [B, H, 4, 4] must be divisible by upscale_factor**2 = 4 (cannot prove it divides)  [shape-unproven]
    nn.PixelUnshuffle(2)(x)  # E: Incompatible shapes for "PixelUnshuffle(2)": the width 5 (dim -1) of input [B, 6, 4, 5] must be divisible by downscale_factor 2  [shape]
    nn.ChannelShuffle(4)(x)  # E: Incompatible shapes for "ChannelShuffle(4)": the channels 6 (dim 1) of input [B, 6, 4, 5] must be divisible by groups 4  [shape]
    nn.PixelShuffle(2)(x[0, 0])  # E: "PixelShuffle(2)" expects an input with at least 3 dimensions, got 2-D input [4, 5]  [shape]


def padding(x: Tensor[CPU, Float32, B, L[3], L[4], L[4]], v: Tensor[CPU, Float32, L[4]]) -> None:
    nn.ReflectionPad2d(4)(x)  # E: Incompatible shapes for "pad": reflect padding 4 must be less than the size 4 of dimension 3 of input [B, 3, 4, 4]  [shape]
    nn.ReflectionPad1d(1)(x)  # E: "pad": mode 'reflect' pads the last 1, 2 or 3 dims of a 2-D to 5-D input (padding length 2 for 2-D/3-D input, 4 for 3-D/4-D, 6 for 4-D/5-D), got padding length 2 and input [B, 3, 4, 4]  [shape]
    nn.ReplicationPad2d(1)(v)  # E: "pad": padding length should be at most two times the input dimension, but got padding length 4 and input [4]  [shape]
    nn.CircularPad2d(1)(v)  # E: "CircularPad2d(1)" expects a 3-D (unbatched) or 4-D (batched) input, got 1-D input [4]  [shape]
    nn.CircularPad2d(5)(x)  # E: Incompatible shapes for "pad": circular padding 5 wraps around more than once: dimension 3 of input [B, 3, 4, 4] has size 4  [shape]
    nn.ZeroPad2d(-3)(x)  # E: Incompatible shapes for "pad": the input size 4 with padding (-3, -3) gives size -2 at dimension 3 of input [B, 3, 4, 4], expected at least 0  [shape]
    nn.ConstantPad3d(1, 0.0)(v)  # E: "pad": padding length should be at most two times the input dimension, but got padding length 6 and input [4]  [shape]


def blocks(x: Tensor[CPU, Float32, B, L[3], L[8], L[8]], c: Tensor[CPU, Float32, B, L[12], L[16]]) -> None:
    nn.Unfold(9)(x)  # E: Incompatible shapes for "Unfold(kernel_size=9)": input [B, 3, 8, 8] with kernel_size=(9, 9), dilation=(1, 1), padding=(0, 0), stride=(1, 1) has no block positions: (0, 0) blocks  [shape]
    nn.Unfold(2)(x[0, 0])  # E: "Unfold(kernel_size=2)" expects a 3-D or 4-D (batched) input with non-empty non-batch dims, got input [8, 8]  [shape]
    nn.Fold((8, 8), 2)(c)  # E: Incompatible shapes for "Fold((8, 8), kernel_size=2)": input [B, 12, 16] has 16 blocks in its last dim, but output_size=(8, 8) with kernel_size=(2, 2), dilation=(1, 1), padding=(0, 0), stride=(1, 1) has 49  [shape]
    nn.Fold((8, 8), 3, stride=2)(c)  # E: Incompatible shapes for "Fold((8, 8), kernel_size=3, stride=2)": dim 1 of input [B, 12, 16] must be divisible by the kernel area 9 (kernel_size=(3, 3))  [shape]
    nn.Fold((8, 8), 2, stride=2)(x)  # E: "Fold((8, 8), kernel_size=2, stride=2)" expects a 2-D or 3-D (batched) input with non-empty non-batch dims, got input [B, 3, 8, 8]  [shape]


def upsampling(x: Tensor[CPU, Float32, B, L[3], L[8]], y: Tensor[CPU, Float32, B, L[3], L[8], L[8]]) -> None:
    nn.UpsamplingBilinear2d(scale_factor=2)(x)  # E: "interpolate": mode 'bilinear' needs a 4-D input [N, C, ...], got input [B, 3, 8]  [shape]
    nn.UpsamplingNearest2d(size=(4, 4, 4))(y)  # E: Argument "size" to "UpsamplingNearest2d" has incompatible type "tuple[int, int, int]"; expected "int | tuple[int, int] | None"  [arg-type]  # E: "interpolate": input [B, 3, 8, 8] has 2 spatial dimensions but size has 3: (4 x 4 x 4)  [shape]
    nn.UpsamplingNearest2d()(y)  # E: "interpolate": either size or scale_factor should be defined  [shape]


def distances(a: Tensor[CPU, Float32, B, L[16]], b: Tensor[CPU, Float32, B, L[8]], g: Tensor[CUDA, Float32, B, L[16]]) -> None:
    nn.CosineSimilarity()(a, b)  # E: Shapes [B, 16] and [B, 8] cannot be broadcast together for "cosine_similarity": dimension 1 has sizes 16 and 8  [shape]
    nn.CosineSimilarity(dim=2)(a, a)  # E: Dimension out of range for "cosine_similarity": expected to be in range of [-2, 1], but got 2  [shape]
    nn.PairwiseDistance()(a, b)  # E: Shapes [B, 16] and [B, 8] cannot be broadcast together for "pairwise_distance": dimension 1 has sizes 16 and 8  [shape]
    nn.PairwiseDistance()(a, g)  # E: Expected all tensors to be on the same device for "PairwiseDistance()": x1 is on cpu and x2 is on cuda (move one with .to("cpu"))  [device]


def in_sequential(x: Tensor[CPU, Float32, B, L[3], L[16], L[16]]) -> None:
    model = nn.Sequential(nn.Conv2d(3, 12, 3), nn.PixelShuffle(2), nn.InstanceNorm2d(12, affine=True))  # E: Sequential layer 2 "InstanceNorm2d(12, affine=True)" cannot take the output of layer 1 "PixelShuffle(2)": "InstanceNorm2d(12, affine=True)" expects 12 channels (dim 1), got 3 in input [?, 3, ?, ?]  [shape]
    model(x)
