"""`torch.flatten(x)` flattens everything, the batch too: keep dim 0 with `torch.flatten(x, 1)`."""

from typing import Literal as L
from typing import TypeVar

import torch
import torch.nn as nn
import torch.nn.functional as F

from typedtorch import CPU, Float32, Tensor

B = TypeVar("B", bound=int)


class DigitNet(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.conv = nn.Conv2d(1, 8, kernel_size=3, padding=1)
        self.fc = nn.Linear(8 * 4 * 4, 10)

    def forward(self, x: Tensor[CPU, Float32, B, L[1], L[8], L[8]]) -> Tensor[CPU, Float32, B, L[10]]:
        h = F.max_pool2d(F.relu(self.conv(x)), 2)
        return self.fc(torch.flatten(h, 1))


if __name__ == "__main__":
    assert DigitNet()(torch.randn(6, 1, 8, 8)).shape == (6, 10)
