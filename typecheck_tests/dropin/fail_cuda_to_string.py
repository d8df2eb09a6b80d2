"""Bug: CPU batch into a model moved with .to("cuda").

Fine-tuning on the GPU with `.to("cuda")`: the model and each batch are moved the same way."""

from typing import Literal as L
from typing import TypeVar

import torch
import torch.nn as nn
import torch.nn.functional as F

from typedtorch import CPU, Float32, Tensor

B = TypeVar("B", bound=int)


def finetune_step(images: Tensor[CPU, Float32, B, L[3], L[32], L[32]], targets: Tensor[CPU, Float32, B, L[4]]) -> float:
    model = nn.Sequential(
        nn.Conv2d(3, 16, kernel_size=3, padding=1),
        nn.ReLU(),
        nn.AdaptiveAvgPool2d(1),
        nn.Flatten(),
        nn.Linear(16, 4),
    ).to("cuda")
    boxes = model(images)  # E: Sequential layer 0 "Conv2d(3, 16, kernel_size=3, padding=1)" cannot take the input: Expected all tensors to be on the same device for "Conv2d(3, 16, kernel_size=3, padding=1)": the layer is on cuda and the input is on cpu (move one with .to("cuda"))  [device]
    loss = F.smooth_l1_loss(boxes, targets.to("cuda"))
    loss.backward()
    return loss.item()


if __name__ == "__main__":
    if torch.cuda.is_available():
        finetune_step(torch.randn(2, 3, 32, 32), torch.randn(2, 4))
