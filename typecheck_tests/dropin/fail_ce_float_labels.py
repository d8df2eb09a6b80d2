"""Bug: float32 class labels [B] to F.cross_entropy.

Class labels read from a CSV come back as floats; `F.cross_entropy` needs int64 indices."""

from typing import Literal as L
from typing import TypeVar

import torch
import torch.nn as nn
import torch.nn.functional as F

from typedtorch import CPU, Float32, Tensor

B = TypeVar("B", bound=int)


class IrisNet(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.fc1 = nn.Linear(4, 16)
        self.fc2 = nn.Linear(16, 3)

    def forward(self, x: Tensor[CPU, Float32, B, L[4]]) -> Tensor[CPU, Float32, B, L[3]]:
        return self.fc2(F.relu(self.fc1(x)))


def loss_on_rows(model: IrisNet, rows: Tensor[CPU, Float32, B, L[5]]) -> torch.Tensor:
    """Each row is 4 measurements then the class label (0., 1. or 2.)."""
    features = rows[:, :4]
    labels = rows[:, 4]
    return F.cross_entropy(model(features), labels)  # E: "cross_entropy" expects class-index targets of dtype int64 (or float probabilities of the input's shape [B, 3]), got float32 target [B]  [dtype]


if __name__ == "__main__":
    rows = torch.cat([torch.randn(10, 4), torch.randint(0, 3, (10, 1)).float()], dim=1)
    loss_on_rows(IrisNet(), rows).backward()
