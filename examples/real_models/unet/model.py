# Annotated copy of ./original.py (usuyama/pytorch-unet's UNet, see the header there; MIT
# License, Copyright (c) 2018 Naoto Usuyama): the same code, with a typedtorch.Tensor annotation
# on the forward, `-> None` on `__init__`, the sizes given as arguments typed `Dim[...]` (so `UNet`
# is generic in its class count), and the type of the `Sequential` that `double_conv` builds,
# quoted because torch's layer classes are not subscriptable at runtime (see
# examples/real_models/README.md). Nothing else changed.
# Upstream's code as written: not linted or formatted by this project's ruff.
# ruff: noqa
# fmt: off
import torch
import torch.nn as nn
from typing import Any, Generic, TypeVar
from typing import Literal as L

import typedtorch as tt
from typedtorch import CPU, Dim, Float32

In = TypeVar("In", bound=int)
Out = TypeVar("Out", bound=int)
B = TypeVar("B", bound=int)
NC = TypeVar("NC", bound=int)

def double_conv(in_channels: Dim[In], out_channels: Dim[Out]) -> "nn.Sequential[tuple[nn.Conv2d[In, Out, L[3], L[1], L[1], L[1], L[1], CPU, Float32], nn.ReLU, nn.Conv2d[Out, Out, L[3], L[1], L[1], L[1], L[1], CPU, Float32], nn.ReLU]]":
    return nn.Sequential(
        nn.Conv2d(in_channels, out_channels, 3, padding=1),
        nn.ReLU(inplace=True),
        nn.Conv2d(out_channels, out_channels, 3, padding=1),
        nn.ReLU(inplace=True)
    )   


class UNet(nn.Module, Generic[NC]):

    def __init__(self, n_class: Dim[NC]) -> None:
        super().__init__()
                
        self.dconv_down1 = double_conv(3, 64)
        self.dconv_down2 = double_conv(64, 128)
        self.dconv_down3 = double_conv(128, 256)
        self.dconv_down4 = double_conv(256, 512)        

        self.maxpool = nn.MaxPool2d(2)
        self.upsample = nn.Upsample(scale_factor=2, mode='bilinear', align_corners=True)        
        
        self.dconv_up3 = double_conv(256 + 512, 256)
        self.dconv_up2 = double_conv(128 + 256, 128)
        self.dconv_up1 = double_conv(128 + 64, 64)
        
        self.conv_last = nn.Conv2d(64, n_class, 1)
        
        
    def forward(self, x: tt.Tensor[CPU, Float32, B, L[3], Any, Any]) -> tt.Tensor[CPU, Float32, B, NC, Any, Any]:
        conv1 = self.dconv_down1(x)
        x = self.maxpool(conv1)

        conv2 = self.dconv_down2(x)
        x = self.maxpool(conv2)
        
        conv3 = self.dconv_down3(x)
        x = self.maxpool(conv3)   
        
        x = self.dconv_down4(x)
        
        x = self.upsample(x)        
        x = torch.cat([x, conv3], dim=1)
        
        x = self.dconv_up3(x)
        x = self.upsample(x)        
        x = torch.cat([x, conv2], dim=1)       

        x = self.dconv_up2(x)
        x = self.upsample(x)        
        x = torch.cat([x, conv1], dim=1)   
        
        x = self.dconv_up1(x)
        
        out = self.conv_last(x)
        
        return out
