"""A torchvision-style ResNet: `self.inplanes` updated by `_make_layer`, `block.expansion`, an
injected norm layer, stages built as `nn.Sequential(*layers)`. No ignores, no casts.

Exact where the code fixes the sizes: the stem (`self.inplanes` is 64 where `conv1` is built,
before `_make_layer` changes it), the norm layers built through `norm_layer` (a
`type[nn.BatchNorm2d]`), the classifier's width (`num_classes: Dim[NC]`). A stage built from a
list of blocks that change the shape (stride, downsample) is unknown, and so is what follows it,
until the declared result of `forward`.
"""

from typing import ClassVar, Generic, TypeVar, reveal_type
from typing import Literal as L

import torch
import torch.nn as nn

from typedtorch import CPU, Dim, Float32, Tensor

B = TypeVar("B", bound=int)
NC = TypeVar("NC", bound=int)


def conv3x3(in_planes: int, out_planes: int, stride: int = 1) -> nn.Conv2d:
    return nn.Conv2d(in_planes, out_planes, kernel_size=3, stride=stride, padding=1, bias=False)


class BasicBlock(nn.Module):
    expansion: ClassVar[int] = 1

    def __init__(
        self,
        inplanes: int,
        planes: int,
        stride: int = 1,
        downsample: nn.Module | None = None,
        norm_layer: type[nn.BatchNorm2d] = nn.BatchNorm2d,
    ) -> None:
        super().__init__()
        self.conv1 = conv3x3(inplanes, planes, stride)
        self.bn1 = norm_layer(planes)
        self.relu = nn.ReLU(inplace=True)
        self.conv2 = conv3x3(planes, planes)
        self.bn2 = norm_layer(planes)
        self.downsample = downsample

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        identity = x
        out = self.relu(self.bn1(self.conv1(x)))
        out = self.bn2(self.conv2(out))
        if self.downsample is not None:
            identity = self.downsample(x)
        out += identity
        return self.relu(out)


class ResNet(nn.Module, Generic[NC]):
    def __init__(
        self,
        layers: list[int],
        num_classes: Dim[NC],
        norm_layer: type[nn.BatchNorm2d] | None = None,
    ) -> None:
        super().__init__()
        if norm_layer is None:
            norm_layer = nn.BatchNorm2d
        self._norm_layer = norm_layer
        self.inplanes = 64
        self.conv1 = nn.Conv2d(3, self.inplanes, kernel_size=7, stride=2, padding=3, bias=False)
        self.bn1 = norm_layer(self.inplanes)
        reveal_type(self.bn1)  # N: Revealed type is "torch.nn.modules.batchnorm.BatchNorm2d[Literal[64], typedtorch._devices.CPU, typedtorch._dtypes.Float32]"
        self.relu = nn.ReLU(inplace=True)
        self.maxpool = nn.MaxPool2d(kernel_size=3, stride=2, padding=1)
        self.layer1 = self._make_layer(64, layers[0])
        self.layer2 = self._make_layer(128, layers[1], stride=2)
        self.avgpool = nn.AdaptiveAvgPool2d((1, 1))
        self.fc = nn.Linear(128 * BasicBlock.expansion, num_classes)
        reveal_type(self.fc)  # N: Revealed type is "torch.nn.modules.linear.Linear[Literal[128], NC, typedtorch._devices.CPU, typedtorch._dtypes.Float32]"

    def _make_layer(self, planes: int, blocks: int, stride: int = 1) -> nn.Sequential:
        norm_layer = self._norm_layer
        downsample = None
        if stride != 1 or self.inplanes != planes * BasicBlock.expansion:
            downsample = nn.Sequential(
                nn.Conv2d(self.inplanes, planes * BasicBlock.expansion, 1, stride, bias=False),
                norm_layer(planes * BasicBlock.expansion),
            )
        layers = []
        layers.append(BasicBlock(self.inplanes, planes, stride, downsample, norm_layer))
        self.inplanes = planes * BasicBlock.expansion
        for _ in range(1, blocks):
            layers.append(BasicBlock(self.inplanes, planes, norm_layer=norm_layer))
        return nn.Sequential(*layers)

    def forward(
        self, images: Tensor[CPU, Float32, B, L[3], L[224], L[224]]
    ) -> Tensor[CPU, Float32, B, NC]:
        # Not `x = ...(x)` on the parameter: pyright keeps a declared variable's type where a
        # later value is partly unknown (the stages), and its shape would go stale.
        x = self.maxpool(self.relu(self.bn1(self.conv1(images))))
        reveal_type(x)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[64], Literal[56], Literal[56]]"
        x = self.layer2(self.layer1(x))
        x = self.avgpool(x)
        x = torch.flatten(x, 1)
        return self.fc(x)


def classify() -> None:
    model = ResNet([2, 2], num_classes=10)
    images = torch.randn(4, 3, 224, 224)
    reveal_type(model(images))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[4], Literal[10]]"
    # A stage of blocks that keep the shape keeps it: a list of one layer type, spread.
    relus = [nn.ReLU(), nn.ReLU()]
    reveal_type(nn.Sequential(*relus)(images))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[4], Literal[3], Literal[224], Literal[224]]"


classify()
