"""A keyword spotter: a bidirectional GRU over audio frames, classified from the last step.

A bidirectional GRU's output concatenates both directions: `2 * hidden_size` features.
"""

from typing import Literal as L
from typing import TypeVar

import torch
import torch.nn as nn

from typedtorch import CPU, Float32, Tensor

B = TypeVar("B", bound=int)
T = TypeVar("T", bound=int)


class KeywordSpotter(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.gru = nn.GRU(input_size=40, hidden_size=64, batch_first=True, bidirectional=True)
        self.classifier = nn.Linear(2 * 64, 12)

    def forward(self, frames: Tensor[CPU, Float32, B, T, L[40]]) -> Tensor[CPU, Float32, B, L[12]]:
        out, _ = self.gru(frames)
        return self.classifier(out[:, -1])


if __name__ == "__main__":
    scores = KeywordSpotter()(torch.randn(2, 50, 40))
    assert scores.shape == (2, 12)
