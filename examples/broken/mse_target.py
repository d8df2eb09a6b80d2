"""Bug: `[N, 1]` predictions against `[N]` targets; torch broadcasts them to `[N, N]`."""

from typing import Any, TypeVar
from typing import Literal as L

import torch

import typedtorch as tt
import typedtorch.functional as F
import typedtorch.nn as tnn
from typedtorch import CPU, Float32, Tensor

B = TypeVar("B", bound=int)


class Regressor(tnn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.fc = tnn.Linear(64, 1)

    def forward(self, x: Tensor[CPU, Float32, B, L[64]]) -> Tensor[CPU, Float32, B, L[1]]:
        return self.fc(x)


def train_step(
    model: Regressor, x: Tensor[CPU, Float32, Any, L[64]], y: Tensor[CPU, Float32, Any]
) -> float:
    loss = F.mse_loss(model(x), y)  # BUG: shape
    loss.backward()
    return loss.item()


def demo() -> None:
    x = tt.checked(torch.randn(4, 64), Tensor[CPU, Float32, Any, L[64]])
    y = tt.checked(torch.randn(4), Tensor[CPU, Float32, Any])
    train_step(Regressor(), x, y)
