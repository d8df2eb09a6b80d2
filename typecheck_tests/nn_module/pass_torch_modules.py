"""Modules as users write them with torch's spelling: parameters, buffers, containers, subclasses."""

from typing import Generic, TypeVar, reveal_type
from typing import Literal as L

import torch
import torch.nn as nn

from typedtorch import CPU, Device, DType, Float32, Tensor

B = TypeVar("B", bound=int)
D = TypeVar("D", bound=Device)
T = TypeVar("T", bound=DType)


class Net(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.fc = nn.Linear(3, 4)
        self.w = nn.Parameter(torch.randn(4, 4))
        self.register_buffer("scale", torch.ones(4))
        self.layers = nn.ModuleList([nn.Linear(4, 4), nn.ReLU()])

    def forward(self, x: Tensor[CPU, Float32, B, L[3]]) -> Tensor[CPU, Float32, B, L[4]]:
        reveal_type(self.w)  # N: Revealed type is "torch.nn.parameter.Parameter[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[4], Literal[4]]"
        reveal_type(self.scale)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[4]]"
        reveal_type(self.fc.bias)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[4]]"
        reveal_type(self.layers)  # N: Revealed type is "torch.nn.modules.container.ModuleList[torch.nn.modules.module.Module[Any, Any]]"
        h = self.fc(x) * self.scale
        for layer in self.layers:
            h = layer(h)
        return h @ self.w


class Doubling(nn.Linear):
    # Its own forward: called through it, not checked as the Linear it extends.
    def forward(self, input: torch.Tensor) -> torch.Tensor:
        return torch.cat([input, input], -1)


class Scaled(nn.Module, Generic[D, T]):
    def forward(self, x: Tensor[D, T, B, L[3]]) -> Tensor[D, T, B, L[3]]:
        return x * 2


reveal_type(Net()(torch.randn(5, 3)))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[5], Literal[4]]"
reveal_type(Doubling(4, 4)(torch.randn(2, 4)))  # N: Revealed type is "torch._tensor.Tensor[Any, Any, *tuple[Any, ...]]"
scaled = Scaled[CPU, Float32]()
reveal_type(scaled.double())  # N: Revealed type is "pass_torch_modules.Scaled[typedtorch._devices.CPU, typedtorch._dtypes.Float64]"
reveal_type(scaled.double()(torch.randn(2, 3, dtype=torch.float64)))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float64, Literal[2], Literal[3]]"
reveal_type(nn.Sequential(nn.Flatten(), nn.Linear(12, 8), nn.ReLU(), nn.Linear(8, 2))(torch.randn(5, 3, 4)))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[5], Literal[2]]"
