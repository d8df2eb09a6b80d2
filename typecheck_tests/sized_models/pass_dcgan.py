"""A DCGAN whose channel sizes are constructor arguments (`Generator(nz=100, ngf=64, nc=3)`).

Sizes are `Dim[...]` parameters, so the generator is `Generator[L[100], L[64], L[3]]` and every
layer inside is checked symbolically where the Sequential is built.
"""

from typing import Generic, TypeVar, reveal_type
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
            nn.BatchNorm2d(ngf * 8),
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


class Discriminator(nn.Module, Generic[NC, NDF]):
    def __init__(self, nc: Dim[NC], ndf: Dim[NDF]) -> None:
        super().__init__()
        self.main = nn.Sequential(
            nn.Conv2d(nc, ndf, 4, 2, 1, bias=False),
            nn.LeakyReLU(0.2, inplace=True),
            nn.Conv2d(ndf, ndf * 2, 4, 2, 1, bias=False),
            nn.BatchNorm2d(ndf * 2),
            nn.LeakyReLU(0.2, inplace=True),
            nn.Conv2d(ndf * 2, ndf * 4, 4, 2, 1, bias=False),
            nn.BatchNorm2d(ndf * 4),
            nn.LeakyReLU(0.2, inplace=True),
            nn.Conv2d(ndf * 4, ndf * 8, 4, 2, 1, bias=False),
            nn.BatchNorm2d(ndf * 8),
            nn.LeakyReLU(0.2, inplace=True),
            nn.Conv2d(ndf * 8, 1, 4, 1, 0, bias=False),
            nn.Sigmoid(),
        )

    def forward(self, x: Tensor[CPU, Float32, B, NC, L[64], L[64]]) -> Tensor[CPU, Float32, B]:
        return self.main(x).view(-1, 1).squeeze(1)


def train_step() -> None:
    netG = Generator(nz=100, ngf=64, nc=3)
    netD = Discriminator(nc=3, ndf=64)
    reveal_type(netG)  # N: Revealed type is "pass_dcgan.Generator[Literal[100], Literal[64], Literal[3]]"
    noise = torch.randn(16, 100, 1, 1)
    fake = netG(noise)
    reveal_type(fake)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[16], Literal[3], Literal[64], Literal[64]]"
    output = netD(fake.detach())
    reveal_type(output)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[16]]"
    label = torch.full((16,), 1.0)
    loss = nn.BCELoss()(output, label)
    reveal_type(loss)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32]"


train_step()
