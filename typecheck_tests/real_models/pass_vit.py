"""lucidrains/vit-pytorch's ViT, annotated (examples/real_models/vit/model.py): what mypy computes.

`ViT.forward` is walked through stage by stage on a concrete batch of images.
"""

from typing import Any, TypeVar, reveal_type
from typing import Literal as L

import torch

from examples.real_models.vit.model import Attention, FeedForward, Rearrange, ViT
from typedtorch import CPU, Float32, Tensor

B = TypeVar("B", bound=int)
H = TypeVar("H", bound=int)
W = TypeVar("W", bound=int)

torch.manual_seed(0)
vit = ViT(image_size=32, patch_size=8, num_classes=10, dim=64, depth=2, heads=4, mlp_dim=128, dim_head=16).eval()
reveal_type(vit.to_patch_embedding)  # N: Revealed type is "torch.nn.modules.container.Sequential[tuple[examples.real_models.vit.model.Rearrange, torch.nn.modules.normalization.LayerNorm[Any, typedtorch._devices.CPU, typedtorch._dtypes.Float32], torch.nn.modules.linear.Linear[Any, Any, typedtorch._devices.CPU, typedtorch._dtypes.Float32], torch.nn.modules.normalization.LayerNorm[Any, typedtorch._devices.CPU, typedtorch._dtypes.Float32]]]"
reveal_type(vit.cls_token)  # N: Revealed type is "torch.nn.parameter.Parameter[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Any, Any]"
reveal_type(vit.transformer)  # N: Revealed type is "examples.real_models.vit.model.Transformer"
reveal_type(vit.mlp_head)  # N: Revealed type is "torch.nn.modules.linear.Linear[Any, Any, typedtorch._devices.CPU, typedtorch._dtypes.Float32] | None"

img = torch.randn(2, 3, 32, 32)
patches = Rearrange(8, 8)(img)
reveal_type(patches)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Any, Any]"
tokens = vit.to_patch_embedding(img)
reveal_type(tokens)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Any, Any]"
cls_tokens = vit.cls_token.expand(2, -1, -1)
reveal_type(cls_tokens)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Any, Any]"
seq = torch.cat((cls_tokens, tokens), dim=1)
reveal_type(seq)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Any, Any]"
reveal_type(vit.transformer(seq))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Any, Any]"
reveal_type(vit(img))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Any] | torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Any, Any]"

x = torch.randn(2, 17, 64)
attn = Attention(64, heads=4, dim_head=16).eval()
reveal_type(attn.to_qkv)  # N: Revealed type is "torch.nn.modules.linear.Linear[Any, Any, typedtorch._devices.CPU, typedtorch._dtypes.Float32]"
reveal_type(attn.to_qkv(x).chunk(3, dim=-1))  # N: Revealed type is "tuple[torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Literal[17], Any], ...]"
reveal_type(attn(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Literal[17], Any]"
reveal_type(FeedForward(64, 128)(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Literal[17], Any]"


def classify(images: Tensor[CPU, Float32, B, L[3], H, W]) -> Tensor[CPU, Float32, B, Any] | Tensor[CPU, Float32, B, Any, Any]:
    reveal_type(vit.to_patch_embedding(images))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Any, Any]"
    return vit(images)


reveal_type(classify(img))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Any] | torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Any, Any]"
