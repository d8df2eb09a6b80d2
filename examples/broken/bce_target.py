"""Bug: a binary classifier's `[N, 1]` logits against `[N]` labels (squeeze the logits)."""

from typing import Any, TypeVar
from typing import Literal as L

import torch

import typedtorch as tt
import typedtorch.functional as F
import typedtorch.nn as tnn
from typedtorch import CPU, Float32, Tensor

B = TypeVar("B", bound=int)


class IsZero(tnn.Module):
    """Is this digit a zero? One logit per image."""

    def __init__(self) -> None:
        super().__init__()
        self.hidden = tnn.Linear(64, 32)
        self.out = tnn.Linear(32, 1)

    def forward(self, x: Tensor[CPU, Float32, B, L[64]]) -> Tensor[CPU, Float32, B, L[1]]:
        return self.out(F.relu(self.hidden(x)))


def train_step(
    model: IsZero, x: Tensor[CPU, Float32, Any, L[64]], labels: Tensor[CPU, Float32, Any]
) -> float:
    loss = F.binary_cross_entropy_with_logits(model(x), labels)  # BUG: shape
    loss.backward()
    return loss.item()


def demo() -> None:
    x = tt.checked(torch.randn(4, 64), Tensor[CPU, Float32, Any, L[64]])
    labels = tt.checked(torch.ones(4), Tensor[CPU, Float32, Any])
    train_step(IsZero(), x, labels)
