"""The README's caught errors, kept honest."""

from dataclasses import dataclass
from typing import Generic, TypeVar
from typing import Literal as L

import torch
import torch.nn as nn
import torch.nn.functional as F

from typedtorch import CPU, Dim, Float32, Tensor

B = TypeVar("B", bound=int)


class Net(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.conv = nn.Conv2d(1, 20, kernel_size=5)
        self.pool = nn.MaxPool2d(2)
        self.fc = nn.Linear(20 * 12 * 12 + 1, 10)

    def forward(self, x: Tensor[CPU, Float32, B, L[1], L[28], L[28]]) -> Tensor[CPU, Float32, B, L[10]]:
        h = self.pool(F.relu(self.conv(x)))
        return self.fc(h.flatten(1))  # E: "Linear(2881, 10)" expects last dim 2881, got 2880 in input [B, 2880]  [shape]


x = torch.randn(4, 3)
w = torch.randn(4, 5)
y = x @ w  # E: Incompatible shapes for "matmul": [4, 3] @ [4, 5], inner dimensions 3 and 4 differ  [shape]
z = x.double() @ torch.randn(3, 5)  # E: Incompatible dtypes for "matmul": self is float64 and other is float32 (convert one with .to(), e.g. .to(torch.float64))  [dtype]

E = TypeVar("E", bound=int)
NH = TypeVar("NH", bound=int)
T = TypeVar("T", bound=int)


@dataclass
class Config(Generic[E, NH]):
    n_embd: Dim[E]
    n_head: Dim[NH]


class Heads(nn.Module, Generic[E, NH]):
    def __init__(self, config: Config[E, NH]) -> None:
        super().__init__()
        self.n_head = config.n_head  # no `assert n_embd % n_head == 0`

    def forward(self, x: Tensor[CPU, Float32, B, T, E]) -> None:
        b, t, c = x.size()
        x.view(b, t, self.n_head, c // self.n_head)  # E: Cannot "view" [B, T, E] to [B, T, NH, E // NH]: B * E * T elements vs B * NH * T * (E // NH) (cannot prove they are equal)  [shape-unproven]
