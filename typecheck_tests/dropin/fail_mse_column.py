"""Bug: [B, 1] predictions vs [B] targets in nn.MSELoss (broadcasts to [B, B]).

House-price regression: the model predicts `[N, 1]`; the prices are `[N]`."""

from typing import Literal as L
from typing import TypeVar

import torch
import torch.nn as nn

from typedtorch import CPU, Float32, Tensor

B = TypeVar("B", bound=int)


class PriceModel(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.net = nn.Sequential(nn.Linear(13, 64), nn.ReLU(), nn.Linear(64, 1))

    def forward(self, x: Tensor[CPU, Float32, B, L[13]]) -> Tensor[CPU, Float32, B, L[1]]:
        return self.net(x)


def train_step(
    model: PriceModel,
    optimizer: torch.optim.Optimizer,
    x: Tensor[CPU, Float32, B, L[13]],
    prices: Tensor[CPU, Float32, B],
) -> float:
    criterion = nn.MSELoss()
    optimizer.zero_grad()
    loss = criterion(model(x), prices)  # E: Incompatible shapes for "mse_loss": input [B, 1] and target [B] must have the same shape: torch would broadcast them to [B, B] with only a warning (did you mean to .squeeze(-1) the input?)  [shape]
    loss.backward()
    optimizer.step()
    return loss.item()


if __name__ == "__main__":
    model = PriceModel()
    train_step(model, torch.optim.SGD(model.parameters(), lr=1e-3), torch.randn(8, 13), torch.randn(8))
