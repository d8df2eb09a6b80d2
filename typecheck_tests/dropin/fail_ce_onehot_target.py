"""Bug: int64 one-hot targets [B, 5] to nn.CrossEntropyLoss.

A training step with `nn.CrossEntropyLoss`, which takes class indices `[N]` as targets.

(Keras habit: one-hot targets. torch wants the int64 indices themselves, or float probabilities.)
"""

from typing import Literal as L
from typing import TypeVar

import torch
import torch.nn as nn
import torch.nn.functional as F

from typedtorch import CPU, Float32, Int64, Tensor

B = TypeVar("B", bound=int)


class MLP(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.fc1 = nn.Linear(20, 32)
        self.fc2 = nn.Linear(32, 5)

    def forward(self, x: Tensor[CPU, Float32, B, L[20]]) -> Tensor[CPU, Float32, B, L[5]]:
        return self.fc2(F.relu(self.fc1(x)))


criterion = nn.CrossEntropyLoss()


def train_step(
    model: MLP,
    optimizer: torch.optim.Optimizer,
    features: Tensor[CPU, Float32, B, L[20]],
    labels: Tensor[CPU, Int64, B],
) -> float:
    optimizer.zero_grad()
    logits = model(features)
    loss = criterion(logits, F.one_hot(labels, num_classes=5))  # E: "cross_entropy" reads a target of the input's shape [B, 5] as class probabilities, which must be floating point, got int64 (one-hot targets: use .float(), or pass the class indices)  [dtype]
    loss.backward()
    optimizer.step()
    return loss.item()


if __name__ == "__main__":
    model = MLP()
    optimizer = torch.optim.Adam(model.parameters())
    train_step(model, optimizer, torch.randn(16, 20), torch.randint(0, 5, (16,)))
