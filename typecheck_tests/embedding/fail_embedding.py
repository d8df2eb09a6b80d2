"""Embedding, one_hot and norm errors: reported at the call."""

from typing import Literal as L
from typing import TypeVar

import typedtorch.functional as F
from typedtorch import CPU, Float32, Int32, Int64, Tensor

B = TypeVar("B", bound=int)


def float_indices(x: Tensor[CPU, Float32, B, L[7]], table: Tensor[CPU, Float32, L[100], L[16]]) -> None:
    F.embedding(x, table)  # E: "embedding" expects indices of dtype int64 or int32, got float32 input [B, 7]  [dtype]


def one_hot_int32(labels: Tensor[CPU, Int32, B]) -> None:
    F.one_hot(labels, 10)  # E: "one_hot" expects indices of dtype int64, got int32 input [B]  [dtype]


def layer_norm(x: Tensor[CPU, Float32, B, L[6], L[8]], w: Tensor[CPU, Float32, L[6]]) -> None:
    F.layer_norm(x, (6,))  # E: "layer_norm" expects input [*, 6], got [B, 6, 8]  [shape]
    F.layer_norm(x, (8,), w)  # E: Incompatible shapes for "layer_norm": expected weight of the same shape as normalized_shape [8], got weight [6]  [shape]


def group_norm(x: Tensor[CPU, Float32, B, L[6], L[8]]) -> None:
    F.group_norm(x, 4)  # E: "group_norm": num_channels 6 must be divisible by num_groups 4  [shape]


def batch_norm(x: Tensor[CPU, Float32, B, L[6], L[8]], c: Tensor[CPU, Float32, L[5]], i: Tensor[CPU, Int64, B]) -> None:
    F.batch_norm(x, c, c)  # E: "batch_norm" expects 5 channels (dim 1), got 6 in input [B, 6, 8]  [shape]
