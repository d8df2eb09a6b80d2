"""A wrong channel count in a DCGAN built from constructor arguments: caught where it is built."""

from typing import Generic, TypeVar
from typing import Literal as L

import torch
import torch.nn as nn

from typedtorch import CPU, Dim, Float32, Tensor

B = TypeVar("B", bound=int)
NZ = TypeVar("NZ", bound=int)
NGF = TypeVar("NGF", bound=int)
NC = TypeVar("NC", bound=int)
NDF = TypeVar("NDF", bound=int)


class Generator(nn.Module, Generic[NZ, NGF, NC]):
    def __init__(self, nz: Dim[NZ], ngf: Dim[NGF], nc: Dim[NC]) -> None:
        super().__init__()
        self.main = nn.Sequential(
            nn.ConvTranspose2d(nz, ngf * 8, 4, 1, 0, bias=False),
            nn.BatchNorm2d(ngf * 4),  # E: Sequential layer 1 "BatchNorm2d(4 * NGF)" cannot take the output of layer 0 "ConvTranspose2d(NZ, 8 * NGF, kernel_size=4)": "BatchNorm2d(4 * NGF)" expects 4 * NGF channels (dim 1), got 8 * NGF in input [?, 8 * NGF, ?, ?]  [shape]
            nn.ReLU(True),
            nn.ConvTranspose2d(ngf * 8, ngf * 4, 4, 2, 1, bias=False),
            nn.BatchNorm2d(ngf * 4),
            nn.ReLU(True),
            nn.ConvTranspose2d(ngf * 4, ngf * 2, 4, 2, 1, bias=False),
            nn.BatchNorm2d(ngf * 2),
            nn.ReLU(True),
            nn.ConvTranspose2d(ngf * 2, ngf, 4, 2, 1, bias=False),
            nn.BatchNorm2d(ngf),
            nn.ReLU(True),
            nn.ConvTranspose2d(ngf, nc, 4, 2, 1, bias=False),
            nn.Tanh(),
        )

    def forward(self, z: Tensor[CPU, Float32, B, NZ, L[1], L[1]]) -> Tensor[CPU, Float32, B, NC, L[64], L[64]]:
        return self.main(z)
