"""Injected and dynamic modules: typed where the types allow, unknown otherwise, never an error."""

from collections.abc import Callable
from typing import Literal as L
from typing import reveal_type

import torch.nn as nn

from typedtorch import CPU, Float32, Tensor

Image = Tensor[CPU, Float32, L[2], L[8], L[4], L[4]]


def injected(
    norm_layer: type[nn.BatchNorm2d],
    make_norm: Callable[[int], nn.BatchNorm2d],
    make_any: Callable[..., nn.Module],
    x: Image,
) -> None:
    # A class held in a variable builds what the class builds.
    reveal_type(norm_layer(8))  # N: Revealed type is "torch.nn.modules.batchnorm.BatchNorm2d[Literal[8], typedtorch._devices.CPU, typedtorch._dtypes.Float32]"
    # A factory declared to return a shape-keeping layer keeps the shape.
    reveal_type(make_norm(8)(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Literal[8], Literal[4], Literal[4]]"
    # Any module: unknown.
    reveal_type(make_any(8)(x))  # N: Revealed type is "Any"
    recurrent = "LSTM"  # a layer chosen by name at run time
    reveal_type(getattr(nn, recurrent)(8, 16))  # N: Revealed type is "Any"


def spread(x: Image) -> None:
    same = [nn.ReLU(), nn.ReLU(), nn.ReLU()]
    reveal_type(nn.Sequential(*same)(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Literal[8], Literal[4], Literal[4]]"
    convs = [nn.Conv2d(8, 8, 3), nn.Conv2d(8, 8, 3)]
    reveal_type(nn.Sequential(*convs)(x))  # N: Revealed type is "Any"
    mixed: list[nn.Module] = [nn.ReLU(), nn.Flatten()]
    reveal_type(nn.Sequential(*mixed)(x))  # N: Revealed type is "Any"
