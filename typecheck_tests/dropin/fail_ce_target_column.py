"""Bug: class-index target column [B, 1] to F.cross_entropy.

Labels stored as a column `[N, 1]` (a dataframe's `df[["label"]]`) must be flattened to `[N]`."""

from typing import Literal as L
from typing import TypeVar

import torch
import torch.nn as nn
import torch.nn.functional as F

from typedtorch import CPU, Float32, Int64, Tensor

B = TypeVar("B", bound=int)


class Classifier(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.net = nn.Sequential(nn.Linear(12, 32), nn.ReLU(), nn.Linear(32, 4))

    def forward(self, x: Tensor[CPU, Float32, B, L[12]]) -> Tensor[CPU, Float32, B, L[4]]:
        return self.net(x)


def evaluate(model: Classifier, x: Tensor[CPU, Float32, B, L[12]], y: Tensor[CPU, Int64, B, L[1]]) -> float:
    with torch.no_grad():
        loss = F.cross_entropy(model(x), y)  # E: Incompatible shapes for "cross_entropy": input [B, 4] expects class-index target [B] (or probabilities [B, 4]), got target [B, 1]  [shape]
    return loss.item()


if __name__ == "__main__":
    evaluate(Classifier(), torch.randn(6, 12), torch.randint(0, 4, (6, 1)))
