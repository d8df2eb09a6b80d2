"""Loss modules typed by their reduction: wrong operands are reported at the call, with the
functional loss's contract (as `nn.MSELoss` reports `"mse_loss"`)."""

from typing import Literal as L
from typing import TypeVar

import torch.nn as nn

from typedtorch import CPU, CUDA, Float32, Int64, Tensor

N = TypeVar("N", bound=int)


def regression(
    x: Tensor[CPU, Float32, N, L[3]],
    column: Tensor[CPU, Float32, N, L[1]],
    t: Tensor[CPU, Float32, N],
    g: Tensor[CUDA, Float32, N, L[3]],
    i: Tensor[CPU, Int64, N, L[3]],
) -> None:
    nn.SmoothL1Loss()(column, t)  # E: Incompatible shapes for "smooth_l1_loss": input [N, 1] and target [N] must have the same shape: torch would broadcast them to [N, N] with only a warning (did you mean to .squeeze(-1) the input?)  [shape]
    nn.HuberLoss()(x, g)  # E: Expected all tensors to be on the same device for "huber_loss": input is on cpu and target is on cuda (move one with .to("cpu"))  [device]
    nn.HuberLoss()(i, x)  # E: "huber_loss" expects a floating-point input, got int64  [dtype]
    nn.KLDivLoss()(x, x[:, :2])  # E: Shapes [N, 3] and [N, 2] cannot be broadcast together for "kl_div": dimension 1 has sizes 3 and 2  [shape]
    nn.PoissonNLLLoss()(x, x[:, :2])  # E: Shapes [N, 3] and [N, 2] cannot be broadcast together for "poisson_nll_loss": dimension 1 has sizes 3 and 2  [shape]
    nn.GaussianNLLLoss()(x, x, x[:, :2])  # E: Incompatible shapes for "gaussian_nll_loss": var [N, 2] must have the shape of input [N, 3], that shape without its last dim, or one dim of size 1 where they differ  [shape]


def margins(
    x: Tensor[CPU, Float32, N, L[3]],
    s: Tensor[CPU, Float32, N],
    labels: Tensor[CPU, Int64, N],
    bad_labels: Tensor[CPU, Int64, L[5]],
) -> None:
    nn.SoftMarginLoss()(s, x)  # E: Incompatible shapes for "soft_margin_loss": target [N, 3] does not broadcast to the shape of the input [N]  [shape]
    nn.MarginRankingLoss()(s, x, s)  # E: "margin_ranking_loss" expects input1, input2 and target with the same number of dims, got [N], [N, 3] and [N]  [shape]
    nn.HingeEmbeddingLoss()(x, x[:, :2])  # E: Shapes [N, 3] and [N, 2] cannot be broadcast together for "hinge_embedding_loss": dimension 1 has sizes 3 and 2  [shape]
    nn.CosineEmbeddingLoss()(x, x, x)  # E: "cosine_embedding_loss" expects a 0-dim or 1-D target, got target [N, 3]  [shape]
    nn.TripletMarginLoss()(x, x, s)  # E: "triplet_margin_loss" expects anchor, positive and negative with the same number of dims, got [N, 3], [N, 3] and [N]  [shape]
    nn.MultiMarginLoss()(x, x)  # E: Incompatible shapes for "multi_margin_loss": input [N, 3] takes a target of N class indices (0-dim or 1-D), got target [N, 3]  [shape]
    nn.MultiMarginLoss()(x, bad_labels)  # E: Incompatible shapes for "multi_margin_loss": input [N, 3] takes a target of N class indices (0-dim or 1-D), got target [5] (cannot prove they are equal)  [shape-unproven]
    nn.MultiLabelMarginLoss()(x, labels)  # E: Incompatible shapes for "multilabel_margin_loss": input [N, 3] takes a target of its shape, got target [N]  [shape]
    nn.MultiLabelSoftMarginLoss()(x, x[:, :2])  # E: Shapes [N, 3] and [N, 2] cannot be broadcast together for "multilabel_soft_margin_loss": dimension 1 has sizes 3 and 2  [shape]


def ctc(log_probs: Tensor[CPU, Float32, L[50], L[4], L[20]], targets: Tensor[CPU, Int64, L[3], L[30]], lengths: Tensor[CPU, Int64, L[4]]) -> None:
    nn.CTCLoss()(log_probs, targets, lengths, lengths)  # E: Incompatible shapes for "ctc_loss": targets [3, 30] must have batch size 4 of log_probs [50, 4, 20]  [shape]
    nn.CTCLoss()(log_probs, targets[0], lengths[:3], lengths)  # E: Incompatible shapes for "ctc_loss": input_lengths must have one entry per sample, 4 for log_probs [50, 4, 20], got input_lengths [3]  [shape]
