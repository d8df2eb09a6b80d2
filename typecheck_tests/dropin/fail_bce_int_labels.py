"""Bug: int64 labels to F.binary_cross_entropy_with_logits.

A binary classifier's labels come from `torch.randint`/integer data: int64.

`F.binary_cross_entropy_with_logits` wants float targets like the logits.
"""

from typing import Literal as L
from typing import TypeVar

import torch
import torch.nn as nn
import torch.nn.functional as F

from typedtorch import CPU, Float32, Int64, Tensor

B = TypeVar("B", bound=int)


class Detector(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.fc = nn.Linear(16, 1)

    def forward(self, x: Tensor[CPU, Float32, B, L[16]]) -> Tensor[CPU, Float32, B]:
        return self.fc(x).squeeze(-1)


def train_step(model: Detector, x: Tensor[CPU, Float32, B, L[16]], labels: Tensor[CPU, Int64, B]) -> float:
    loss = F.binary_cross_entropy_with_logits(model(x), labels)  # E: "binary_cross_entropy_with_logits" expects a floating-point target (probabilities), got int64: convert it with .float()  [dtype]
    loss.backward()
    return loss.item()


if __name__ == "__main__":
    train_step(Detector(), torch.randn(8, 16), torch.randint(0, 2, (8,)))
