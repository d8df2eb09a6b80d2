"""Bug: 0-d target for a batch of one [1, 3].

Online learning, one example at a time: the model sees a batch of one, so the target is one too."""

from typing import Literal as L

import torch
import torch.nn as nn
import torch.nn.functional as F

from typedtorch import CPU, Float32, Tensor

model = nn.Sequential(nn.Linear(4, 8), nn.Tanh(), nn.Linear(8, 3))
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)


def learn_one(x: Tensor[CPU, Float32, L[4]], label: int) -> float:
    optimizer.zero_grad()
    logits = model(x.unsqueeze(0))
    loss = F.cross_entropy(logits, torch.tensor(label))  # E: Incompatible shapes for "cross_entropy": input [1, 3] expects class-index target [1] (or probabilities [1, 3]), got target []  [shape]
    loss.backward()
    optimizer.step()
    return loss.item()


if __name__ == "__main__":
    for i in range(3):
        learn_one(torch.randn(4), i)
