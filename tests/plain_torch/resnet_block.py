"""Residual blocks with a downsampling shortcut, in train and eval mode."""

import torch
import torch.nn as nn
import torch.nn.functional as F


class BasicBlock(nn.Module):
    expansion = 1

    def __init__(self, in_planes: int, planes: int, stride: int = 1) -> None:
        super().__init__()
        self.conv1 = nn.Conv2d(in_planes, planes, 3, stride=stride, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(planes)
        self.conv2 = nn.Conv2d(planes, planes, 3, stride=1, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(planes)
        self.shortcut: nn.Module = nn.Identity()
        if stride != 1 or in_planes != planes:
            self.shortcut = nn.Sequential(
                nn.Conv2d(in_planes, planes, kernel_size=1, stride=stride, bias=False),
                nn.BatchNorm2d(planes),
            )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        out = F.relu(self.bn1(self.conv1(x)))
        out = self.bn2(self.conv2(out))
        return F.relu(out + self.shortcut(x))


net = nn.Sequential(BasicBlock(3, 8, stride=2), BasicBlock(8, 8), nn.AdaptiveAvgPool2d(1))
x = torch.randn(2, 3, 8, 8)
assert net(x).shape == (2, 8, 1, 1)
net.eval()
with torch.inference_mode():
    y = net(x)
assert not y.requires_grad
for module in net.modules():
    if isinstance(module, nn.BatchNorm2d):
        assert module.running_mean is not None
        module.reset_running_stats()
