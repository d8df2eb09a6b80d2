"""Typed losses: the result's shape from the reduction and the target, literal and symbolic dims."""

from typing import Literal as L
from typing import TypeVar, reveal_type

import typedtorch.functional as F
from typedtorch import CPU, Float32, Float64, Int64, Tensor

B = TypeVar("B", bound=int)
C = TypeVar("C", bound=int)
H = TypeVar("H", bound=int)
W = TypeVar("W", bound=int)


def classify(logits: Tensor[CPU, Float32, B, L[10]], target: Tensor[CPU, Int64, B]) -> Tensor[CPU, Float32]:
    loss = F.cross_entropy(logits, target)
    reveal_type(loss)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32]"
    per_sample = F.cross_entropy(logits, target, reduction="none")
    reveal_type(per_sample)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B]"
    reveal_type(F.cross_entropy(logits, target, label_smoothing=0.1, reduction="sum"))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32]"
    return loss


def segment(
    logits: Tensor[CPU, Float32, B, C, H, W],
    target: Tensor[CPU, Int64, B, H, W],
    weight: Tensor[CPU, Float32, C],
    probs: Tensor[CPU, Float32, B, C, H, W],
) -> None:
    reveal_type(F.cross_entropy(logits, target, weight, reduction="none"))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, H, W]"
    reveal_type(F.cross_entropy(logits, probs, reduction="none"))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, H, W]"
    reveal_type(F.nll_loss(F.log_softmax(logits, 1), target, ignore_index=0))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32]"
    reveal_type(F.nll_loss(logits, target, reduce=False))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, H, W]"


def regress(
    pred: Tensor[CPU, Float32, B, L[1]],
    target: Tensor[CPU, Float32, B],
    target64: Tensor[CPU, Float64, B, L[1]],
) -> None:
    y = pred.squeeze(-1)
    reveal_type(F.mse_loss(y, target))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32]"
    reveal_type(F.l1_loss(y, target, reduction="none"))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B]"
    reveal_type(F.smooth_l1_loss(y, target, beta=0.5))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32]"
    # huber_loss converts the target to the input's dtype (torch: float32 here, not float64).
    reveal_type(F.huber_loss(pred, target64, reduction="none"))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[1]]"


def binary(
    p: Tensor[CPU, Float32, B, L[3]],
    t: Tensor[CPU, Float32, B, L[3]],
    pos_weight: Tensor[CPU, Float32, L[3]],
) -> None:
    reveal_type(F.binary_cross_entropy(p, t))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32]"
    reveal_type(F.binary_cross_entropy_with_logits(p, t, pos_weight=pos_weight, reduction="none"))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3]]"
    reveal_type(F.kl_div(p, t, reduction="batchmean", log_target=True))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32]"


def unknown_reduction(logits: Tensor[CPU, Float32, B, L[10]], target: Tensor[CPU, Int64, B], reduction: str) -> None:
    reveal_type(F.cross_entropy(logits, target, reduction=reduction))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, *tuple[Any, ...]]"


if __name__ == "__main__":
    import torch

    out: torch.Tensor = classify(torch.zeros(4, 10), torch.zeros(4, dtype=torch.long))
    assert tuple(out.shape) == ()
