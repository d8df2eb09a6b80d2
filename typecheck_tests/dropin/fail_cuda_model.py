"""Bug: CPU batch into a model moved with .cuda().

Training on the GPU: the model is moved with `.cuda()`, and so must every batch be."""

from typing import Literal as L
from typing import TypeVar

import torch
import torch.nn as nn
import torch.nn.functional as F

from typedtorch import CPU, Float32, Int64, Tensor

B = TypeVar("B", bound=int)


def train_on_gpu(images: Tensor[CPU, Float32, B, L[784]], labels: Tensor[CPU, Int64, B]) -> float:
    model = nn.Sequential(nn.Linear(784, 128), nn.ReLU(), nn.Linear(128, 10)).cuda()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    logits = model(images)  # E: Sequential layer 0 "Linear(784, 128)" cannot take the input: Expected all tensors to be on the same device for "Linear(784, 128)": the layer is on cuda and the input is on cpu (move one with .to("cuda"))  [device]
    loss = F.cross_entropy(logits, labels.cuda())
    loss.backward()
    optimizer.step()
    return loss.item()


if __name__ == "__main__":
    if torch.cuda.is_available():
        train_on_gpu(torch.randn(32, 784), torch.randint(0, 10, (32,)))
