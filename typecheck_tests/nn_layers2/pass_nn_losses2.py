"""Loss modules typed by their reduction: each runs its functional loss's contract."""

from typing import Literal as L
from typing import TypeVar, reveal_type

import torch
import torch.nn as nn

from typedtorch import CPU, Float32, Float64, Int64, Tensor

N = TypeVar("N", bound=int)
C = TypeVar("C", bound=int)


def regression(x: Tensor[CPU, Float32, N, L[3]], t: Tensor[CPU, Float32, N, L[3]], d: Tensor[CPU, Float64, N, L[3]]) -> None:
    reveal_type(nn.SmoothL1Loss())  # N: Revealed type is "torch.nn.modules.loss.SmoothL1Loss[Literal['mean']]"
    reveal_type(nn.SmoothL1Loss()(x, t))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32]"
    reveal_type(nn.SmoothL1Loss(reduction="none", beta=0.5)(x, t))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, N, Literal[3]]"
    reveal_type(nn.SmoothL1Loss()(x, d))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float64]"
    reveal_type(nn.HuberLoss(delta=2.0)(x, t))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32]"
    reveal_type(nn.HuberLoss("none")(x, d))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, N, Literal[3]]"
    reveal_type(nn.KLDivLoss(reduction="batchmean")(x, t))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32]"
    reveal_type(nn.KLDivLoss(reduction="none", log_target=True)(x, t[0]))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, N, Literal[3]]"
    reveal_type(nn.PoissonNLLLoss()(x, t))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32]"
    reveal_type(nn.PoissonNLLLoss(log_input=False, reduction="none")(x, t))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, N, Literal[3]]"
    reveal_type(nn.GaussianNLLLoss(reduction="none")(x, t, t.abs()))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, N, Literal[3]]"
    reveal_type(nn.GaussianNLLLoss(full=True, reduction="none")(x, t, x[:, 0].abs()))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, N, Literal[3]]"
    reveal_type(nn.GaussianNLLLoss()(x, t, 1.0))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32]"


def margins(
    x: Tensor[CPU, Float32, N, C],
    y: Tensor[CPU, Float32, N, C],
    s: Tensor[CPU, Float32, N],
    labels: Tensor[CPU, Int64, N],
    multi: Tensor[CPU, Int64, N, C],
) -> None:
    reveal_type(nn.SoftMarginLoss(reduction="none")(x, y))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, N, C]"
    reveal_type(nn.MarginRankingLoss(margin=0.1)(s, s, s))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32]"
    reveal_type(nn.MarginRankingLoss(reduction="none")(s, s, s))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, N]"
    reveal_type(nn.HingeEmbeddingLoss(reduction="none")(x, y))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, N, C]"
    reveal_type(nn.CosineEmbeddingLoss(reduction="none")(x, y, s))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, N]"
    reveal_type(nn.CosineEmbeddingLoss()(x, y, s))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32]"
    reveal_type(nn.TripletMarginLoss(margin=0.5, reduction="none")(x, y, y))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, N]"
    reveal_type(nn.TripletMarginLoss()(anchor=x, positive=y, negative=y))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32]"
    mm = nn.MultiMarginLoss(p=2, reduction="none")
    reveal_type(mm)  # N: Revealed type is "torch.nn.modules.loss.MultiMarginLoss[Literal[2], Literal['none']]"
    reveal_type(mm(x, labels))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, N]"
    reveal_type(nn.MultiLabelMarginLoss(reduction="none")(x, multi))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, N]"
    reveal_type(nn.MultiLabelSoftMarginLoss(reduction="none")(x, y))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, N]"
    reveal_type(nn.MultiLabelSoftMarginLoss()(x, y))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32]"


def ctc(log_probs: Tensor[CPU, Float32, L[50], N, L[20]], targets: Tensor[CPU, Int64, N, L[30]], lengths: Tensor[CPU, Int64, N], target_lengths: Tensor[CPU, Int64, N]) -> None:
    loss = nn.CTCLoss(blank=0, reduction="none")
    reveal_type(loss)  # N: Revealed type is "torch.nn.modules.loss.CTCLoss[Literal['none']]"
    reveal_type(loss(log_probs, targets, lengths, target_lengths))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, N]"
    reveal_type(nn.CTCLoss()(log_probs, targets, lengths, target_lengths))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32]"


def legacy_flags(x: Tensor[CPU, Float32, N, L[3]], t: Tensor[CPU, Float32, N, L[3]]) -> None:
    reveal_type(nn.SoftMarginLoss(reduce=False)(x, t))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, N, Literal[3]]"
    reveal_type(nn.NLLLoss2d()(x.log_softmax(1), t.argmax(1)))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32]"


if __name__ == "__main__":
    from typing import Any

    def rand(*size: int) -> Any:
        return torch.rand(*size)

    regression(rand(4, 3), rand(4, 3), rand(4, 3).double())
    margins(rand(4, 3), rand(4, 3), rand(4).sign(), torch.randint(0, 3, (4,)), torch.randint(-1, 3, (4, 3)))
    ctc(torch.randn(50, 2, 20).log_softmax(2), torch.randint(1, 20, (2, 30)), torch.tensor([50, 50]), torch.tensor([30, 12]))
    legacy_flags(rand(4, 3), rand(4, 3))
