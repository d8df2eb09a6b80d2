"""Loss errors: operands that do not broadcast, targets of another shape, lengths without one
entry per sample, log-probabilities torch's CTC kernel does not take."""

from typing import Literal as L
from typing import TypeVar

import torch
import torch.nn.functional as F

from typedtorch import CPU, Float16, Float32, Int64, Tensor

N = TypeVar("N", bound=int)


def errors(x: Tensor[CPU, Float32, L[4], L[10]], labels: Tensor[CPU, Int64, L[5]], lp: Tensor[CPU, Float32, L[50], L[4], L[20]], lp16: Tensor[CPU, Float16, L[50], L[4], L[20]], t: Tensor[CPU, Int64, L[4], L[30]], lens: Tensor[CPU, Int64, L[3]]) -> None:
    F.soft_margin_loss(x, x[:, :3])  # E: Incompatible shapes for "soft_margin_loss": target [4, 3] does not broadcast to the shape of the input [4, 10] (dims 3 and 10)  [shape]
    F.multi_margin_loss(x, labels)  # E: Incompatible shapes for "multi_margin_loss": input [4, 10] takes a target of 4 class indices (0-dim or 1-D), got target [5]  [shape]
    F.triplet_margin_loss(x, x, x[0])  # E: "triplet_margin_loss" expects anchor, positive and negative with the same number of dims, got [4, 10], [4, 10] and [10]  [shape]
    F.gaussian_nll_loss(x, x, x[:, :2])  # E: Incompatible shapes for "gaussian_nll_loss": var [4, 2] must have the shape of input [4, 10], that shape without its last dim, or one dim of size 1 where they differ  [shape]
    F.ctc_loss(lp, t, lens, lens)  # E: Incompatible shapes for "ctc_loss": input_lengths must have one entry per sample, 4 for log_probs [50, 4, 20], got input_lengths [3]  [shape]
    F.ctc_loss(lp16, t, t[:, 0], t[:, 0])  # E: Incompatible dtype for "ctc_loss": expected float32 or float64 log_probs, got float16  [dtype]
