"""`torch.compile` keeps what it compiles statically typed: a compiled model is called like the model."""

from typing import Literal as L
from typing import TypeVar, reveal_type

import torch
import torch.nn as nn

from typedtorch import CPU, Float32, Tensor

B = TypeVar("B", bound=int)


class Net(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.fc = nn.Linear(3, 4)

    def forward(self, x: Tensor[CPU, Float32, B, L[3]]) -> Tensor[CPU, Float32, B, L[4]]:
        return self.fc(x).relu()


model = Net()
compiled = torch.compile(model, backend="eager")
reveal_type(compiled)  # N: Revealed type is "pass_compile.Net"
x = torch.randn(5, 3)
reveal_type(model(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[5], Literal[4]]"
reveal_type(compiled(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[5], Literal[4]]"

layer = torch.compile(nn.Linear(3, 2), backend="eager", fullgraph=True)
reveal_type(layer(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[5], Literal[2]]"


@torch.compile(backend="eager")
def total(x: Tensor[CPU, Float32, B, L[3]]) -> Tensor[CPU, Float32, B]:
    return x.sum(-1)


reveal_type(total(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[5]]"
