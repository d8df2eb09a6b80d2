"""Loss errors: reported at the call, with both shapes (or dtypes, devices)."""

from typing import Literal as L
from typing import TypeVar, reveal_type

import typedtorch.functional as F
from typedtorch import CPU, CUDA, Float32, Float64, Int32, Int64, Tensor

N = TypeVar("N", bound=int)
C = TypeVar("C", bound=int)
H = TypeVar("H", bound=int)
W = TypeVar("W", bound=int)
H2 = TypeVar("H2", bound=int)


def broadcast_trap(pred: Tensor[CPU, Float32, N, L[1]], target: Tensor[CPU, Float32, N]) -> None:
    loss = F.mse_loss(pred, target)  # E: Incompatible shapes for "mse_loss": input [N, 1] and target [N] must have the same shape: torch would broadcast them to [N, N] with only a warning (did you mean to .squeeze(-1) the input?)  [shape]
    reveal_type(loss)  # N: Revealed type is "Any"
    F.huber_loss(pred, target)  # E: Incompatible shapes for "huber_loss": input [N, 1] and target [N] must have the same shape: torch would broadcast them to [N, N] with only a warning (did you mean to .squeeze(-1) the input?)  [shape]
    F.binary_cross_entropy_with_logits(pred, target)  # E: Incompatible shapes for "binary_cross_entropy_with_logits": input [N, 1] and target [N] must have the same shape (did you mean to .squeeze(-1) the input?)  [shape]


def segmentation(
    logits: Tensor[CPU, Float32, N, C, H, W],
    target: Tensor[CPU, Int64, N, H2, W],
    small: Tensor[CPU, Int64, N, L[4], L[5]],
    big: Tensor[CPU, Float32, N, L[3], L[4], L[6]],
) -> None:
    F.cross_entropy(logits, target)  # E: Incompatible shapes for "cross_entropy": input [N, C, H, W] expects class-index target [N, H, W] (or probabilities [N, C, H, W]), got target [N, H2, W] (cannot prove they are equal)  [shape-unproven]
    F.cross_entropy(big, small)  # E: Incompatible shapes for "cross_entropy": input [N, 3, 4, 6] expects class-index target [N, 4, 6] (or probabilities [N, 3, 4, 6]), got target [N, 4, 5]  [shape]


def wrong_dtype(
    logits: Tensor[CPU, Float32, N, L[10]],
    float_target: Tensor[CPU, Float32, N],
    int32_target: Tensor[CPU, Int32, N],
    weight64: Tensor[CPU, Float64, L[10]],
    target: Tensor[CPU, Int64, N],
) -> None:
    F.cross_entropy(logits, float_target)  # E: "cross_entropy" expects class-index targets of dtype int64 (or float probabilities of the input's shape [N, 10]), got float32 target [N]  [dtype]
    F.nll_loss(logits, int32_target)  # E: "nll_loss" expects class-index targets of dtype int64, got int32 target [N]  [dtype]
    F.cross_entropy(logits, target, weight64)  # E: Incompatible dtypes for "cross_entropy": input is float32 and weight is float64 (convert one with .to(), e.g. .to(torch.float32))  [dtype]


def wrong_weight(logits: Tensor[CPU, Float32, N, L[10]], target: Tensor[CPU, Int64, N], weight: Tensor[CPU, Float32, L[5]]) -> None:
    F.cross_entropy(logits, target, weight)  # E: Incompatible shapes for "cross_entropy": weight must have one entry per class, [10] for input [N, 10], got weight [5]  [shape]


def wrong_device(logits: Tensor[CPU, Float32, N, L[10]], target: Tensor[CUDA, Int64, N]) -> None:
    F.cross_entropy(logits, target)  # E: Expected all tensors to be on the same device for "cross_entropy": input is on cpu and target is on cuda (move one with .to("cpu"))  [device]


def bce(p: Tensor[CPU, Float32, N, L[3]], t: Tensor[CPU, Float64, N, L[3]], pw: Tensor[CPU, Float32, L[4]]) -> None:
    F.binary_cross_entropy(p, t)  # E: Incompatible dtypes for "binary_cross_entropy": input is float32 and target is float64 (convert one with .to(), e.g. .to(torch.float32))  [dtype]
    F.binary_cross_entropy_with_logits(p, p, pos_weight=pw)  # E: Shapes [N, 3] and [4] cannot be broadcast together for "binary_cross_entropy_with_logits": dimension 1 has sizes 3 and 4  [shape]
