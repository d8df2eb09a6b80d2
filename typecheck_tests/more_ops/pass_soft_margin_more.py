"""`F.soft_margin_loss` has its input's dtype, whatever the (real) target's."""

from typing import Literal as L
from typing import TypeVar, reveal_type

import torch
import torch.nn.functional as F

from typedtorch import CPU, Float32, Floating, Int64, Tensor

B = TypeVar("B", bound=int)
F_ = TypeVar("F_", bound=Floating)


def losses(x: Tensor[CPU, Float32, B, L[3]], labels: Tensor[CPU, Int64, B, L[3]], g: Tensor[CPU, F_, B]) -> Tensor[CPU, Float32]:
    reveal_type(F.soft_margin_loss(x, labels, reduction="none"))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3]]"
    reveal_type(F.soft_margin_loss(x, labels.double()))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32]"
    reveal_type(F.soft_margin_loss(g, labels[:, 0]))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, F_]"
    return F.soft_margin_loss(x, labels)


if __name__ == "__main__":
    loss = losses(torch.ones(2, 3), torch.ones(2, 3, dtype=torch.long), torch.ones(2))
    assert loss.dtype == torch.float32 and loss.shape == ()
