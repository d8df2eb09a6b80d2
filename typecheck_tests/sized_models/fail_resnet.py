"""Wrong widths in torchvision-style ResNet code, each caught where the code shows them."""

from typing import ClassVar, Generic, TypeVar
from typing import Literal as L

import torch.nn as nn

from typedtorch import CPU, Dim, Float32, Tensor

B = TypeVar("B", bound=int)
P = TypeVar("P", bound=int)


class Bottleneck(nn.Module):
    expansion: ClassVar[int] = 4


class Stem(nn.Module):
    def __init__(self, norm_layer: type[nn.BatchNorm2d] = nn.BatchNorm2d) -> None:
        super().__init__()
        self.inplanes = 64
        self.conv1 = nn.Conv2d(3, self.inplanes, kernel_size=7, stride=2, padding=3, bias=False)
        self.bn1 = norm_layer(32)  # the bug: self.inplanes
        self.layer1 = self._make_layer(64)

    def _make_layer(self, planes: Dim[P]) -> nn.Sequential:
        # `self.inplanes` is rebound here: its value is not known in this method.
        downsample = nn.Sequential(
            nn.Conv2d(self.inplanes, planes * Bottleneck.expansion, 1, bias=False),
            nn.BatchNorm2d(planes),  # E: Sequential layer 1 "BatchNorm2d(P)" cannot take the output of layer 0 "Conv2d(?, 4 * P, kernel_size=1)": "BatchNorm2d(P)" expects P channels (dim 1), got 4 * P in input [?, 4 * P, ?, ?]  [shape]
        )
        self.inplanes = planes * Bottleneck.expansion
        return downsample

    def forward(self, images: Tensor[CPU, Float32, B, L[3], L[224], L[224]]) -> None:
        x = self.conv1(images)
        self.bn1(x)  # E: "BatchNorm2d(32)" expects 32 channels (dim 1), got 64 in input [B, 64, 112, 112]  [shape]
