"""A tensor meets a declared `Tensor[...]`: errors name the dim, with the shape/dtype/device code."""

from typing import Literal as L
from typing import TypeVar

import torch
import torch.nn as nn
import torch.nn.functional as F

from typedtorch import CPU, CUDA, Float32, Floating, Int64, Tensor

B = TypeVar("B", bound=int)
H = TypeVar("H", bound=int)


def run(x: Tensor[CPU, Float32, L[4], L[3]]) -> Tensor[CPU, Float32, L[4]]:
    return x.sum(-1)


def loss_fn(logits: Tensor[CPU, Float32, B, L[5]], labels: Tensor[CPU, Int64, B]) -> Tensor[CPU, Float32]:
    return F.cross_entropy(logits, labels)


def floats(x: Tensor[CPU, Floating, B]) -> None: ...


class MLP(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.fc = nn.Linear(32, 10)

    def forward(self, x: Tensor[CPU, Float32, B, L[32]]) -> Tensor[CPU, Float32, B, L[10]]:
        return self.fc(x)


class OnGPU(nn.Module):
    def forward(self, x: Tensor[CUDA, Float32, B, L[3]]) -> Tensor[CUDA, Float32, B, L[3]]:
        return x


def merge(a: Tensor[CPU, Float32, L[8], L[16]], b: Tensor[CPU, Float32, L[8], L[16]]) -> Tensor[CPU, Float32, L[8], L[32]]:
    return torch.cat([a, b], dim=0)  # E: Result of "cat" has shape [16, 16], expected [8, 32]: dim 0 is 16, expected 8  [shape]


def flat(x: Tensor[CPU, Float32, B, L[3], L[4]]) -> None:
    y: Tensor[CPU, Float32, B, L[12]] = x.flatten(1)
    z: Tensor[CPU, Float32, B, L[13]] = x.flatten(1)  # E: Result of "flatten" has shape [B, 12], expected [B, 13]: dim 1 is 12, expected 13  [shape]


def symbolic(x: Tensor[CPU, Float32, H, L[3]]) -> None:
    run(x)  # E: Argument "x" to "run" has shape [H, 3], expected [4, 3]: dim 0 is H, expected 4  [shape-unproven]


run(torch.randn(4, 3, dtype=torch.float64))  # E: Argument "x" to "run" has dtype float64, expected float32 (convert it with .to(torch.float32))  [dtype]
run(torch.randn(4, 5))  # E: Argument "x" to "run" has shape [4, 5], expected [4, 3]: dim 1 is 5, expected 3  [shape]
run(torch.randn(4))  # E: Argument "x" to "run" has shape [4], expected [4, 3]: 1 dims, expected 2  [shape]
loss_fn(torch.randn(8, 5), torch.zeros(9, dtype=torch.int64))  # E: Argument "labels" to "loss_fn" has shape [9], expected [B]: dim 0 is 9, expected 8 (B = 8 from argument "logits" to "loss_fn")  [shape]
floats(torch.zeros(3, dtype=torch.int64))  # E: Argument "x" to "floats" has dtype int64, expected a Floating dtype  [dtype]
MLP()(torch.randn(8, 31))  # E: Argument "x" to "forward" of "MLP" has shape [8, 31], expected [B, 32]: dim 1 is 31, expected 32  [shape]
OnGPU()(torch.randn(2, 3))  # E: Argument "x" to "forward" of "OnGPU" is on cpu, expected cuda (move it with .to("cuda"))  [device]
