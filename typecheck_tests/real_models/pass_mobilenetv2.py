"""torchvision's MobileNetV2: what mypy computes today, on upstream's classes.

The annotated copy, examples/real_models/mobilenetv2/model.py, does not type-check clean yet:
`_forward_impl` rebinds its annotated parameter `x` to results the checker cannot compute, and mypy
keeps the parameter's declared shape in a union with them (examples/real_models/README.md, gap 1).
Importing it here would report that error, so this file drives upstream's `original.py` (same
classes, `torch.Tensor` annotations) and follows `_forward_impl` from a typed feature map.
"""

from typing import Literal as L
from typing import reveal_type

import torch
from torch import nn

import typedtorch as tt
from examples.real_models.mobilenetv2.original import ConvBNReLU, InvertedResidual, MobileNetV2
from typedtorch import CPU, Float32, Tensor

torch.manual_seed(0)
net = MobileNetV2(num_classes=10, width_mult=0.25).eval()
reveal_type(net.features)  # N: Revealed type is "torch.nn.modules.container.Sequential[tuple[torch.nn.modules.module.Module[Any, Any], ...]]"
reveal_type(net.classifier)  # N: Revealed type is "torch.nn.modules.container.Sequential[tuple[torch.nn.modules.dropout.Dropout, torch.nn.modules.linear.Linear[Any, Any, typedtorch._devices.CPU, typedtorch._dtypes.Float32]]]"
reveal_type(net.last_channel)  # N: Revealed type is "int"

x = torch.randn(2, 3, 32, 32)
reveal_type(x)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Literal[3], Literal[32], Literal[32]]"
reveal_type(net.features(x))  # N: Revealed type is "Any"
reveal_type(net(x))  # N: Revealed type is "torch._tensor.Tensor[Any, Any, *tuple[Any, ...]]"
reveal_type(ConvBNReLU(3, 8, stride=2)(x))  # N: Revealed type is "Any"
reveal_type(InvertedResidual(16, 16, 1, 6)(torch.randn(2, 16, 8, 8)))  # N: Revealed type is "torch._tensor.Tensor[Any, Any, *tuple[Any, ...]]"

# `_forward_impl` from the feature map on: five stride-2 stages take 32x32 to 1x1.
features = tt.checked(net.features(x), Tensor[CPU, Float32, L[2], L[1280], L[1], L[1]])
pooled = nn.functional.adaptive_avg_pool2d(features, (1, 1))
reveal_type(pooled)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Literal[1280], Literal[1], Literal[1]]"
flat = torch.flatten(pooled, 1)
reveal_type(flat)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Literal[1280]]"
reveal_type(net.classifier(flat))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Any]"
