"""Bug: reshape with the module constant BATCH_SIZE = 64.

A classifier that reshapes with the batch size it is given, not the configured `BATCH_SIZE`.

The last batch of an epoch is smaller than `BATCH_SIZE`: `reshape(BATCH_SIZE, -1)` breaks on it.
"""

from typing import Literal as L
from typing import TypeVar

import torch
import torch.nn as nn
import torch.nn.functional as F

from typedtorch import CPU, Float32, Tensor

B = TypeVar("B", bound=int)

BATCH_SIZE = 64


class Net(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.conv = nn.Conv2d(1, 8, kernel_size=3, padding=1)
        self.fc = nn.Linear(8 * 14 * 14, 10)

    def forward(self, x: Tensor[CPU, Float32, B, L[1], L[28], L[28]]) -> Tensor[CPU, Float32, B, L[10]]:
        h = F.max_pool2d(F.relu(self.conv(x)), 2)
        h = h.reshape(BATCH_SIZE, -1)  # E: Cannot "reshape" [B, 8, 14, 14] to [64, -1]: 1568 * B elements are not a multiple of 64 (cannot prove it divides)  [shape-unproven]
        return self.fc(h)


if __name__ == "__main__":
    model = Net()
    for batch in torch.randn(100, 1, 28, 28).split(BATCH_SIZE):
        assert model(batch).shape == (batch.size(0), 10)
