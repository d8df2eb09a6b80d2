"""Margin and likelihood losses: the per-element shape with `reduction="none"`, else `[]`."""

from typing import Literal as L
from typing import TypeVar, reveal_type

import torch
import torch.nn.functional as F

from typedtorch import CPU, Float32, Int64, Tensor

N = TypeVar("N", bound=int)


def margins(x: Tensor[CPU, Float32, N, L[10]], y: Tensor[CPU, Float32, N, L[10]], labels: Tensor[CPU, Int64, N], sign: Tensor[CPU, Float32, N]) -> Tensor[CPU, Float32, N]:
    reveal_type(F.soft_margin_loss(x, y))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32]"
    reveal_type(F.soft_margin_loss(x, y, reduction="none"))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, N, Literal[10]]"
    reveal_type(F.margin_ranking_loss(sign, sign, sign, margin=0.5, reduction="none"))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, N]"
    reveal_type(F.hinge_embedding_loss(x, y, reduction="sum"))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32]"
    reveal_type(F.cosine_embedding_loss(x, y, sign, reduction="none"))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, N]"
    reveal_type(F.triplet_margin_loss(x, y, y, reduction="none"))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, N]"
    reveal_type(F.multi_margin_loss(x, labels))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32]"
    reveal_type(F.multilabel_margin_loss(x, labels.unsqueeze(1).expand(-1, 10), reduction="none"))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, N]"
    reveal_type(F.multilabel_soft_margin_loss(x, y, reduction="none"))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, N]"
    return F.multi_margin_loss(x, labels, reduction="none")


def likelihoods(mean: Tensor[CPU, Float32, N, L[3]], var: Tensor[CPU, Float32, N, L[1]], log_probs: Tensor[CPU, Float32, L[50], N, L[20]], targets: Tensor[CPU, Int64, N, L[30]], lengths: Tensor[CPU, Int64, N]) -> Tensor[CPU, Float32, N]:
    reveal_type(F.poisson_nll_loss(mean, mean, reduction="none"))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, N, Literal[3]]"
    reveal_type(F.gaussian_nll_loss(mean, mean, var, reduction="none"))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, N, Literal[3]]"
    reveal_type(F.gaussian_nll_loss(mean, mean, 1.0))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32]"
    reveal_type(F.ctc_loss(log_probs, targets, lengths, lengths))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32]"
    return F.ctc_loss(log_probs, targets, lengths, lengths, reduction="none")


if __name__ == "__main__":
    x = torch.randn(4, 10)
    labels = torch.randint(0, 10, (4,))
    assert tuple(margins(x, torch.randn(4, 10), labels, torch.ones(4)).shape) == (4,)
    log_probs = torch.randn(50, 4, 20).log_softmax(2)
    out = likelihoods(torch.rand(4, 3), torch.rand(4, 1), log_probs, torch.randint(1, 20, (4, 30)), torch.full((4,), 30))
    assert tuple(out.shape) == (4,)
