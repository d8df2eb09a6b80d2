"""What torch's CPU kernels give where the checker models them (`typedtorch._shapes._kernels`):
float-valued activations of integers are float32; `square` of bool is int64; `abs` of complex
is real; an empty tensor skips the dtype check where torch skips it; mixed-precision norms keep
the input's dtype; einsum sums integers in int64; kron promotes with `promote_types`."""

from typing import Literal as L
from typing import reveal_type

import torch
import torch.nn as nn
import torch.nn.functional as F

import typedtorch as tt
import typedtorch.functional as TF
import typedtorch.nn as tnn
from typedtorch import (
    CPU,
    BFloat16,
    Bool,
    Complex64,
    Float16,
    Float32,
    Float64,
    Int64,
    Tensor,
    UInt8,
)


def float_valued(i: Tensor[CPU, Int64, L[2], L[3]], b: Tensor[CPU, Bool, L[2], L[3]], x: Tensor[CPU, Float16, L[2]]) -> None:
    reveal_type(F.sigmoid(i))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Literal[3]]"
    reveal_type(TF.tanh(b))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Literal[3]]"
    reveal_type(F.tanh(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float16, Literal[2]]"
    reveal_type(nn.Sigmoid()(i))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Literal[3]]"
    reveal_type(tnn.Tanh()(b))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Literal[3]]"
    reveal_type(F.relu(i))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, Literal[2], Literal[3]]"
    reveal_type(nn.ReLU()(i))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, Literal[2], Literal[3]]"
    reveal_type(TF.silu(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float16, Literal[2]]"


def unary(b: Tensor[CPU, Bool, L[2]], c: Tensor[CPU, Complex64, L[2]], i: Tensor[CPU, Int64, L[2]]) -> None:
    reveal_type(b.square())  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, Literal[2]]"
    reveal_type(torch.square(b))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, Literal[2]]"
    reveal_type(c.abs())  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2]]"
    reveal_type(torch.abs(c))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2]]"
    reveal_type(i.floor())  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, Literal[2]]"
    reveal_type(~b)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Bool, Literal[2]]"
    reveal_type(-i)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, Literal[2]]"
    reveal_type(b.sign())  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Bool, Literal[2]]"
    reveal_type(i.div(b, rounding_mode="floor"))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, Literal[2]]"


def empty(ie: Tensor[CPU, Int64, L[0], L[3]], be: Tensor[CPU, Bool, L[0], L[2], L[3]], fe: Tensor[CPU, Float32, L[0], L[2], L[3]], de: Tensor[CPU, Float64, L[0], L[3], L[2]], ce: Tensor[CPU, Complex64, L[3], L[0]]) -> None:
    reveal_type(F.softmax(ie, -1))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, Literal[0], Literal[3]]"
    reveal_type(ie.log_softmax(0))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, Literal[0], Literal[3]]"
    reveal_type(nn.Softmax(dim=1)(ie))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, Literal[0], Literal[3]]"
    reveal_type(torch.bmm(fe, de))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float64, Literal[0], Literal[2], Literal[2]]"
    reveal_type(torch.bmm(be, be.transpose(1, 2)))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Bool, Literal[0], Literal[2], Literal[2]]"
    reveal_type(ce.amin(0))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Complex64, Literal[0]]"
    reveal_type(ce.median())  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Complex64]"
    reveal_type(torch.randn(0, 3, dtype=torch.int64))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, Literal[0], Literal[3]]"
    reveal_type(tt.randn(0, dtype=torch.bool))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Bool, Literal[0]]"


def zero_dim(b: Tensor[CPU, Bool], c: Tensor[CPU, Complex64]) -> None:
    reveal_type(torch.kthvalue(b, 1).values)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Bool]"
    reveal_type(c.mode().values)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Complex64]"
    reveal_type(c.cummax(0).values)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Complex64]"


def norms(h: Tensor[CPU, BFloat16, L[2], L[3]], p: Tensor[CPU, Float32, L[3]], ie: Tensor[CPU, Int64, L[0], L[3]], pd: Tensor[CPU, Float64, L[3]]) -> None:
    reveal_type(F.batch_norm(h, p, p, training=False))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.BFloat16, Literal[2], Literal[3]]"
    reveal_type(TF.layer_norm(h, (3,), p, p))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.BFloat16, Literal[2], Literal[3]]"
    reveal_type(F.batch_norm(ie, p, p))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, Literal[0], Literal[3]]"
    reveal_type(F.batch_norm(ie, p, p, pd))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float64, Literal[0], Literal[3]]"
    reveal_type(nn.BatchNorm1d(3)(h))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.BFloat16, Literal[2], Literal[3]]"
    reveal_type(tnn.BatchNorm1d(3)(ie))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[0], Literal[3]]"


def products(b: Tensor[CPU, Bool, L[1], L[2], L[3]], i: Tensor[CPU, Int64, L[2], L[3]], x: Tensor[CPU, Float32, L[2], L[3]], k: Tensor[CPU, Float16, L[2]], s: Tensor[CPU, Float32]) -> None:
    reveal_type(torch.einsum("abc->ab", b))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, Literal[1], Literal[2]]"
    reveal_type(tt.einsum("abc->cba", b))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Bool, Literal[3], Literal[2], Literal[1]]"
    reveal_type(torch.einsum("ij,kj->", i, i))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64]"
    reveal_type(torch.einsum("ij,ij->ij", x, i))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Literal[3]]"
    reveal_type(torch.kron(k, s))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2]]"


def pools(c: Tensor[CPU, Complex64, L[2], L[3], L[4]], i: Tensor[CPU, Int64, L[2], L[3], L[4]], u: Tensor[CPU, UInt8, L[1], L[2], L[3], L[4]]) -> None:
    reveal_type(F.adaptive_avg_pool1d(c, 1))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Complex64, Literal[2], Literal[3], Literal[1]]"
    reveal_type(TF.avg_pool1d(i, 2))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, Literal[2], Literal[3], Literal[2]]"
    reveal_type(F.interpolate(u, scale_factor=2, mode="bilinear"))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.UInt8, Literal[1], Literal[2], Literal[6], Literal[8]]"
