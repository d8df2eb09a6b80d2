"""Bug: [B, 1] logits vs [B] labels in nn.BCEWithLogitsLoss.

Spam or not: one logit per message `[N, 1]`, labels `[N]` of 0. and 1."""

from typing import Literal as L
from typing import TypeVar

import torch
import torch.nn as nn

from typedtorch import CPU, Float32, Tensor

B = TypeVar("B", bound=int)


class SpamFilter(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.hidden = nn.Linear(300, 64)
        self.out = nn.Linear(64, 1)

    def forward(self, x: Tensor[CPU, Float32, B, L[300]]) -> Tensor[CPU, Float32, B, L[1]]:
        return self.out(torch.relu(self.hidden(x)))


def batch_loss(model: SpamFilter, x: Tensor[CPU, Float32, B, L[300]], is_spam: Tensor[CPU, Float32, B]) -> torch.Tensor:
    criterion = nn.BCEWithLogitsLoss()
    return criterion(model(x), is_spam)  # E: Incompatible shapes for "binary_cross_entropy_with_logits": input [B, 1] and target [B] must have the same shape (did you mean to .squeeze(-1) the input?)  [shape]


if __name__ == "__main__":
    batch_loss(SpamFilter(), torch.randn(5, 300), torch.randint(0, 2, (5,)).float()).backward()
