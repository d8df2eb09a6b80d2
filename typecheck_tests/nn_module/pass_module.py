"""User models: `model(x)` is typed as the model's `forward`; movers retype the layers."""

from typing import Generic, TypeVar, reveal_type
from typing import Literal as L

import torch

import typedtorch.nn as tnn
from typedtorch import CPU, Float32, Tensor

B = TypeVar("B", bound=int)
I = TypeVar("I", bound=int)  # noqa: E741
O = TypeVar("O", bound=int)  # noqa: E741


class Net(tnn.Module):
    """DESIGN.md's example."""

    def __init__(self) -> None:
        super().__init__()
        self.conv = tnn.Conv2d(1, 20, kernel_size=5)
        self.pool = tnn.MaxPool2d(2)
        self.fc = tnn.Linear(20 * 12 * 12, 10)

    def forward(
        self, x: Tensor[CPU, Float32, B, L[1], L[28], L[28]]
    ) -> Tensor[CPU, Float32, B, L[10]]:
        h = self.pool(self.conv(x).relu())
        reveal_type(h)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[20], Literal[12], Literal[12]]"
        return self.fc(h.flatten(1))


class MLP(tnn.Module, Generic[I, O]):
    """A model generic over its sizes."""

    def __init__(self, i: I, o: O) -> None:
        super().__init__()
        self.fc = tnn.Linear(i, o)

    def forward(self, x: Tensor[CPU, Float32, B, I]) -> Tensor[CPU, Float32, B, O]:
        return self.fc(x)


class Plain(torch.nn.Module):
    """A plain torch module with a typed forward."""

    def __init__(self) -> None:
        super().__init__()
        self.fc = tnn.Linear(4, 2)

    def forward(self, x: Tensor[CPU, Float32, B, L[4]]) -> Tensor[CPU, Float32, B, L[2]]:
        return self.fc(x)


def use(x: Tensor[CPU, Float32, B, L[1], L[28], L[28]], v: Tensor[CPU, Float32, B, L[4]]) -> None:
    net = Net()
    reveal_type(net.fc)  # N: Revealed type is "torch.nn.modules.linear.Linear[Literal[2880], Literal[10], typedtorch._devices.CPU, typedtorch._dtypes.Float32]"
    reveal_type(net(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[10]]"
    reveal_type(net.double())  # N: Revealed type is "pass_module.Net"
    mlp: MLP[L[4], L[3]] = MLP(4, 3)
    reveal_type(mlp)  # N: Revealed type is "pass_module.MLP[Literal[4], Literal[3]]"
    reveal_type(mlp(v))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3]]"
    reveal_type(Plain()(v))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[2]]"
    reveal_type(tnn.Sequential(Plain(), tnn.ReLU())(v))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[2]]"


if __name__ == "__main__":
    from typing import Any

    x: Any = torch.randn(2, 1, 28, 28)
    v: Any = torch.randn(2, 4)
    use(x, v)
