"""usuyama/pytorch-unet, annotated (examples/real_models/unet/model.py): the shapes mypy computes.

`double_conv(in_channels: Dim[I], out_channels: Dim[O])` declares the `Sequential` it builds, so
every block's widths are known; `UNet(n_class: Dim[NC])` keeps the class count. The forward's
spatial dims are `Any` (examples/real_models/README.md, gap 19): followed here with literal sizes,
and symbolically as far as mypy can prove them.
"""

from typing import Literal as L
from typing import TypeVar, reveal_type

import torch

import typedtorch as tt
from examples.real_models.unet.model import UNet, double_conv
from typedtorch import CPU, Float32, Tensor

B = TypeVar("B", bound=int)
H = TypeVar("H", bound=int)
W = TypeVar("W", bound=int)

torch.manual_seed(0)
unet = UNet(6).eval()
reveal_type(unet)  # N: Revealed type is "examples.real_models.unet.model.UNet[Literal[6]]"
reveal_type(unet.dconv_down1)  # N: Revealed type is "torch.nn.modules.container.Sequential[tuple[torch.nn.modules.conv.Conv2d[Literal[3], Literal[64], Literal[3], Literal[1], Literal[1], Literal[1], Literal[1], typedtorch._devices.CPU, typedtorch._dtypes.Float32], torch.nn.modules.activation.ReLU, torch.nn.modules.conv.Conv2d[Literal[64], Literal[64], Literal[3], Literal[1], Literal[1], Literal[1], Literal[1], typedtorch._devices.CPU, typedtorch._dtypes.Float32], torch.nn.modules.activation.ReLU]]"
reveal_type(unet.dconv_up3)  # N: Revealed type is "torch.nn.modules.container.Sequential[tuple[torch.nn.modules.conv.Conv2d[Literal[768], Literal[256], Literal[3], Literal[1], Literal[1], Literal[1], Literal[1], typedtorch._devices.CPU, typedtorch._dtypes.Float32], torch.nn.modules.activation.ReLU, torch.nn.modules.conv.Conv2d[Literal[256], Literal[256], Literal[3], Literal[1], Literal[1], Literal[1], Literal[1], typedtorch._devices.CPU, typedtorch._dtypes.Float32], torch.nn.modules.activation.ReLU]]"
reveal_type(unet.upsample)  # N: Revealed type is "torch.nn.modules.upsampling.Upsample[None, Literal[2], Literal['bilinear']]"
reveal_type(unet.conv_last)  # N: Revealed type is "torch.nn.modules.conv.Conv2d[Literal[64], Literal[6], Literal[1], Literal[1], Literal[0], Literal[1], Literal[1], typedtorch._devices.CPU, typedtorch._dtypes.Float32]"

x = torch.randn(2, 3, 32, 48)
reveal_type(unet(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Literal[6], Any, Any]"

# `UNet.forward`, stage by stage, on a 32x48 image: three poolings down, three upsamplings up.
conv1 = unet.dconv_down1(x)
reveal_type(conv1)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Literal[64], Literal[32], Literal[48]]"
conv2 = unet.dconv_down2(unet.maxpool(conv1))
reveal_type(conv2)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Literal[128], Literal[16], Literal[24]]"
conv3 = unet.dconv_down3(unet.maxpool(conv2))
reveal_type(conv3)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Literal[256], Literal[8], Literal[12]]"
bottom = unet.dconv_down4(unet.maxpool(conv3))
reveal_type(bottom)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Literal[512], Literal[4], Literal[6]]"
up3 = torch.cat([unet.upsample(bottom), conv3], dim=1)
reveal_type(up3)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Literal[768], Literal[8], Literal[12]]"
up2 = torch.cat([unet.upsample(unet.dconv_up3(up3)), conv2], dim=1)
reveal_type(up2)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Literal[384], Literal[16], Literal[24]]"
up1 = torch.cat([unet.upsample(unet.dconv_up2(up2)), conv1], dim=1)
reveal_type(up1)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Literal[192], Literal[32], Literal[48]]"
out = unet.conv_last(unet.dconv_up1(up1))
reveal_type(out)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Literal[6], Literal[32], Literal[48]]"
assert torch.equal(out, unet(x))

reveal_type(double_conv(3, 16))  # N: Revealed type is "torch.nn.modules.container.Sequential[tuple[torch.nn.modules.conv.Conv2d[Literal[3], Literal[16], Literal[3], Literal[1], Literal[1], Literal[1], Literal[1], typedtorch._devices.CPU, typedtorch._dtypes.Float32], torch.nn.modules.activation.ReLU, torch.nn.modules.conv.Conv2d[Literal[16], Literal[16], Literal[3], Literal[1], Literal[1], Literal[1], Literal[1], typedtorch._devices.CPU, typedtorch._dtypes.Float32], torch.nn.modules.activation.ReLU]]"


def bottleneck(
    images: Tensor[CPU, Float32, B, L[3], H, W],
) -> Tensor[CPU, Float32, B, L[512], tt.FloorDiv[H, L[8]], tt.FloorDiv[W, L[8]]]:
    """The contracting path for any image size: the floor divisions merge."""
    c1 = unet.dconv_down1(images)
    reveal_type(c1)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[64], H, W]"
    c3 = unet.dconv_down3(unet.maxpool(unet.dconv_down2(unet.maxpool(c1))))
    reveal_type(c3)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[256], typedtorch._dims.Quotient[H, Literal[4]], typedtorch._dims.Quotient[W, Literal[4]]]"
    b = unet.dconv_down4(unet.maxpool(c3))
    reveal_type(b)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[512], typedtorch._dims.Quotient[H, Literal[8]], typedtorch._dims.Quotient[W, Literal[8]]]"
    # `torch.cat([unet.upsample(b), c3], dim=1)` is 2 * (H // 8) beside H // 4: shape-unproven,
    # as it should be (upstream's model fails on a 36-pixel image).
    reveal_type(unet.upsample(b))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[512], typedtorch._dims.Product[Literal[2], typedtorch._dims.Quotient[H, Literal[8]]], typedtorch._dims.Product[Literal[2], typedtorch._dims.Quotient[W, Literal[8]]]]"
    return b


reveal_type(bottleneck(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Literal[512], Literal[4], Literal[6]]"


def segment(
    images: Tensor[CPU, Float32, B, L[3], tt.Mul[L[8], H], tt.Mul[L[8], W]],
) -> Tensor[CPU, Float32, B, L[6], tt.Mul[L[8], H], tt.Mul[L[8], W]]:
    """The whole forward, proved, for sizes that are multiples of 8 (what upstream needs).

    Not called: the runtime check cannot take an arithmetic dim in an argument (gap 19).
    """
    c1 = unet.dconv_down1(images)
    c2 = unet.dconv_down2(unet.maxpool(c1))
    c3 = unet.dconv_down3(unet.maxpool(c2))
    reveal_type(c3)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[256], typedtorch._dims.Product[Literal[2], H], typedtorch._dims.Product[Literal[2], W]]"
    u3 = torch.cat([unet.upsample(unet.dconv_down4(unet.maxpool(c3))), c3], dim=1)
    reveal_type(u3)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[768], typedtorch._dims.Product[Literal[2], H], typedtorch._dims.Product[Literal[2], W]]"
    u2 = torch.cat([unet.upsample(unet.dconv_up3(u3)), c2], dim=1)
    u1 = torch.cat([unet.upsample(unet.dconv_up2(u2)), c1], dim=1)
    reveal_type(u1)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[192], typedtorch._dims.Product[Literal[8], H], typedtorch._dims.Product[Literal[8], W]]"
    result = unet.conv_last(unet.dconv_up1(u1))
    reveal_type(result)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[6], typedtorch._dims.Product[Literal[8], H], typedtorch._dims.Product[Literal[8], W]]"
    return result
