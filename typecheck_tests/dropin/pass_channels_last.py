"""A training step on images from a numpy pipeline, which stores them channels-last (NHWC).

`nn.Conv2d` wants channels-first `[B, C, H, W]`: permute before the model.
"""

from typing import Literal as L
from typing import TypeVar

import torch
import torch.nn as nn
import torch.nn.functional as F

from typedtorch import CPU, Float32, Int64, Tensor

B = TypeVar("B", bound=int)


class CifarNet(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.conv1 = nn.Conv2d(3, 16, kernel_size=3, padding=1)
        self.conv2 = nn.Conv2d(16, 32, kernel_size=3, padding=1)
        self.pool = nn.MaxPool2d(2)
        self.fc = nn.Linear(32 * 8 * 8, 10)

    def forward(self, x: Tensor[CPU, Float32, B, L[3], L[32], L[32]]) -> Tensor[CPU, Float32, B, L[10]]:
        h = self.pool(F.relu(self.conv1(x)))
        h = self.pool(F.relu(self.conv2(h)))
        return self.fc(h.flatten(1))


def train_step(
    model: CifarNet,
    optimizer: torch.optim.Optimizer,
    images: Tensor[CPU, Float32, B, L[32], L[32], L[3]],
    labels: Tensor[CPU, Int64, B],
) -> float:
    optimizer.zero_grad()
    logits = model(images.permute(0, 3, 1, 2))
    loss = F.cross_entropy(logits, labels)
    loss.backward()
    optimizer.step()
    return loss.item()


if __name__ == "__main__":
    model = CifarNet()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.01)
    train_step(model, optimizer, torch.rand(4, 32, 32, 3), torch.randint(0, 10, (4,)))
