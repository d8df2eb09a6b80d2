"""Dtypes torch has no CPU kernel for (`typedtorch._shapes._kernels.KERNELS`), in torch's and
typedtorch's spellings: unary operators and rounding on bool, activations and norms on integers,
products on bool, pools and interpolation by mode, losses on integer inputs."""

from typing import Literal as L

import torch
import torch.nn as nn
import torch.nn.functional as F

import typedtorch as tt
import typedtorch.functional as TF
import typedtorch.nn as tnn
from typedtorch import CPU, Bool, Complex64, Float16, Float32, Float64, Int32, Int64, Tensor


def unary(b: Tensor[CPU, Bool, L[2], L[3]], c: Tensor[CPU, Complex64, L[2]], x: Tensor[CPU, Float32, L[2]]) -> None:
    -b  # E: Incompatible dtype for "-": expected a non-bool tensor, got bool (to invert a mask, use ~ or logical_not())  [dtype]
    +b  # E: Incompatible dtype for "+": expected a non-bool tensor, got bool (convert it with .float())  [dtype]
    ~x  # E: Incompatible dtype for "~": expected an integer or bool tensor, got float32  [dtype]
    torch.neg(b)  # E: Incompatible dtype for "neg": expected a non-bool tensor, got bool (to invert a mask, use ~ or logical_not())  [dtype]
    b.abs()  # E: Incompatible dtype for "abs": expected a non-bool tensor, got bool (convert it with .float())  [dtype]
    torch.abs(b)  # E: Incompatible dtype for "abs": expected a non-bool tensor, got bool (convert it with .float())  [dtype]
    b.floor()  # E: Incompatible dtype for "floor": expected a floating point or integer tensor, got bool (convert it with .float())  [dtype]
    torch.floor(b)  # E: Incompatible dtype for "floor": expected a floating point or integer tensor, got bool (convert it with .float())  [dtype]
    b.round()  # E: Incompatible dtype for "round": expected a floating point or integer tensor, got bool (convert it with .float())  [dtype]
    c.ceil()  # E: Incompatible dtype for "ceil": expected a floating point or integer tensor, got complex64  [dtype]
    torch.trunc(b)  # E: Incompatible dtype for "trunc": expected a floating point or integer tensor, got bool (convert it with .float())  [dtype]
    b.relu()  # E: Incompatible dtype for "relu": expected a floating point or integer tensor, got bool (convert it with .float())  [dtype]
    torch.relu(b)  # E: Incompatible dtype for "relu": expected a floating point or integer tensor, got bool (convert it with .float())  [dtype]
    b.div(b, rounding_mode="floor")  # E: Incompatible dtypes for "div(rounding_mode='floor')": self is bool and other is bool; it does not support bool  [dtype]
    torch.div(b, b, rounding_mode="trunc")  # E: Incompatible dtypes for "div(rounding_mode='trunc')": self is bool and other is bool; it does not support bool  [dtype]


def activations(i: Tensor[CPU, Int64, L[2], L[3]], b: Tensor[CPU, Bool, L[2], L[3]]) -> None:
    F.silu(i)  # E: Incompatible dtype for "silu": expected a floating point or complex tensor, got int64 (convert it with .float())  [dtype]
    TF.silu(b)  # E: Incompatible dtype for "silu": expected a floating point or complex tensor, got bool (convert it with .float())  [dtype]
    F.gelu(i)  # E: Incompatible dtype for "gelu": expected a floating point tensor, got int64 (convert it with .float())  [dtype]
    F.elu(i)  # E: Incompatible dtype for "elu": expected a floating point tensor, got int64 (convert it with .float())  [dtype]
    TF.leaky_relu(i, 0.1)  # E: Incompatible dtype for "leaky_relu": expected a floating point tensor, got int64 (convert it with .float())  [dtype]
    F.relu(b)  # E: Incompatible dtype for "relu": expected a floating point or integer tensor, got bool (convert it with .float())  [dtype]
    nn.ReLU()(b)  # E: Incompatible dtype for "ReLU()": expected a floating point or integer tensor, got bool (convert it with .float())  [dtype]
    tnn.GELU()(i)  # E: Incompatible dtype for "GELU()": expected a floating point tensor, got int64 (convert it with .float())  [dtype]
    nn.SiLU()(i)  # E: Incompatible dtype for "SiLU()": expected a floating point or complex tensor, got int64 (convert it with .float())  [dtype]
    tnn.ELU()(b)  # E: Incompatible dtype for "ELU()": expected a floating point tensor, got bool (convert it with .float())  [dtype]
    nn.LeakyReLU()(i)  # E: Incompatible dtype for "LeakyReLU()": expected a floating point tensor, got int64 (convert it with .float())  [dtype]
    nn.Softmax(dim=-1)(i)  # E: Incompatible dtype for "Softmax(dim=-1)": expected a floating point tensor, got int64 (convert it with .float())  [dtype]
    tnn.LogSoftmax(dim=1)(b)  # E: Incompatible dtype for "LogSoftmax(dim=1)": expected a floating point tensor, got bool (convert it with .float())  [dtype]


def norms(i: Tensor[CPU, Int64, L[2], L[3]], d: Tensor[CPU, Float64, L[2], L[3]], p: Tensor[CPU, Float32, L[3]]) -> None:
    F.layer_norm(i, (3,))  # E: Incompatible dtype for "layer_norm": expected a floating point tensor, got int64 (convert it with .float())  [dtype]
    TF.group_norm(i, 1)  # E: Incompatible dtype for "group_norm": expected a floating point tensor, got int64 (convert it with .float())  [dtype]
    F.batch_norm(d, p, p)  # E: Incompatible dtypes for "batch_norm": input is float64 and running_mean is float32 (convert running_mean with .to(torch.float64))  [dtype]


def products(b: Tensor[CPU, Bool, L[2], L[3]], b3: Tensor[CPU, Bool, L[2], L[3], L[3]], v: Tensor[CPU, Bool, L[3]]) -> None:
    b @ b.T  # E: Incompatible dtype for "matmul": expected a non-bool tensor, got bool (convert it with .float())  [dtype]
    torch.bmm(b3, b3)  # E: Incompatible dtype for "bmm": expected a non-bool tensor, got bool (convert it with .float())  [dtype]
    torch.mv(b, v)  # E: Incompatible dtype for "mv": expected a non-bool tensor, got bool (convert it with .float())  [dtype]
    F.linear(b, b)  # E: Incompatible dtype for "linear": expected a non-bool tensor, got bool (convert it with .float())  [dtype]


def pools(b: Tensor[CPU, Bool, L[2], L[3], L[4]], i: Tensor[CPU, Int64, L[2], L[3], L[4]], h: Tensor[CPU, Float16, L[1], L[2], L[4], L[4], L[4]]) -> None:
    F.avg_pool1d(b, 2)  # E: Incompatible dtype for "avg_pool1d": expected a floating point or int64 tensor, got bool (convert it with .float())  [dtype]
    F.avg_pool3d(h, 2)  # E: Incompatible dtype for "avg_pool3d": expected a float32, float64 or int64 tensor, got float16  [dtype]
    TF.max_pool1d(i, 2)  # E: Incompatible dtype for "max_pool1d": expected a floating point tensor, got int64 (convert it with .float())  [dtype]
    F.adaptive_avg_pool1d(i, 2)  # E: Incompatible dtype for "adaptive_avg_pool1d": expected a floating point tensor, got int64 (convert it with .float())  [dtype]
    F.adaptive_max_pool1d(b, 2)  # E: Incompatible dtype for "adaptive_max_pool1d": expected a floating point tensor, got bool (convert it with .float())  [dtype]
    nn.AvgPool1d(2)(b)  # E: Incompatible dtype for "AvgPool1d(kernel_size=2)": expected a floating point or int64 tensor, got bool (convert it with .float())  [dtype]
    tnn.AdaptiveMaxPool1d(2)(i)  # E: Incompatible dtype for "AdaptiveMaxPool1d(2)": expected a floating point tensor, got int64 (convert it with .float())  [dtype]
    F.interpolate(i, scale_factor=2)  # E: Incompatible dtype for "interpolate(mode='nearest')": expected a floating point or uint8 tensor, got int64 (convert it with .float())  [dtype]
    nn.Upsample(scale_factor=2, mode="linear")(i)  # E: Incompatible dtype for "Upsample(scale_factor=2, mode='linear')": expected a floating point tensor, got int64 (convert it with .float())  [dtype]


def losses(i: Tensor[CPU, Int64, L[2], L[3]], t: Tensor[CPU, Int64, L[2]], x: Tensor[CPU, Float32, L[2], L[3]]) -> None:
    F.cross_entropy(i, t)  # E: Incompatible dtype for "cross_entropy": expected a floating point tensor, got int64 (convert it with .float())  [dtype]
    TF.binary_cross_entropy(i, i)  # E: Incompatible dtype for "binary_cross_entropy": expected a floating point tensor, got int64 (convert it with .float())  [dtype]
    F.kl_div(x, i)  # E: Incompatible dtype for "kl_div": expected a floating point tensor, got int64 (convert it with .float())  [dtype]


def others(x: Tensor[CPU, Float32, L[2], L[3]], h: Tensor[CPU, Float16, L[3], L[4]], e: Tensor[CPU, Float32, L[0], L[3]]) -> None:
    torch.einsum("ij,jk->ik", x, h)  # E: Incompatible dtypes for "einsum": torch contracts subscript j with a matrix product, which needs equal dtypes, got float32 and float16 (convert one with .to(torch.float32))  [dtype]
    torch.randint(5, (2,), dtype=torch.bool)  # E: "randint" samples values up to high - 1 from low: high - 1 = 4 is out of bounds for dtype bool [0, 1]  [dtype]
    tt.randint(-1, 2, (2,), dtype=torch.uint8)  # E: "randint" samples values up to high - 1 from low: low = -1 is out of bounds for dtype uint8 [0, 255]  [dtype]
    e.max()  # E: "max" expects reduction dim 0 to have non-zero size, got input [0, 3]  [shape]
    torch.min(e)  # E: "min" expects reduction dim 0 to have non-zero size, got input [0, 3]  [shape]


def convolutions(i: Tensor[CPU, Int32, L[1], L[2], L[5], L[5]], w: Tensor[CPU, Int32, L[1], L[2], L[2], L[2]], t: Tensor[CPU, Int32, L[2], L[1], L[2], L[2]]) -> None:
    F.conv2d(i, w, dilation=2)  # E: Incompatible dtype for "conv2d": expected a floating point, complex or int64 tensor, got int32 (convert it with .float())  [dtype]
    TF.conv_transpose2d(i, t)  # E: Incompatible dtype for "conv_transpose2d": expected a floating point, complex or int64 tensor, got int32 (convert it with .float())  [dtype]


def einsum_bool(b: Tensor[CPU, Bool, L[2], L[3]]) -> None:
    tt.einsum("ij,kj->ik", b, b)  # E: Incompatible dtype for "einsum": torch contracts subscript j of bool operands with a matrix product, which has no bool kernel (convert them with .float() or .int())  [dtype]
