"""Bug: CPU noise into a CUDA generator.

Noise for a GAN's generator made on the device the generator lives on."""

from typing import Literal as L
from typing import TypeVar

import torch
import torch.nn as nn

from typedtorch import CUDA, Float32, Tensor

B = TypeVar("B", bound=int)


class Generator(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.net = nn.Sequential(nn.Linear(100, 256), nn.ReLU(), nn.Linear(256, 784), nn.Tanh())

    def forward(self, z: Tensor[CUDA, Float32, B, L[100]]) -> Tensor[CUDA, Float32, B, L[784]]:
        return self.net(z)


def sample(generator: Generator, n: int) -> torch.Tensor:
    z = torch.randn(n, 100)
    return generator(z)  # E: Argument "z" to "forward" of "Generator" is on cpu, expected cuda (move it with .to("cuda"))  [device]


if __name__ == "__main__":
    if torch.cuda.is_available():
        sample(Generator().cuda(), 16)
