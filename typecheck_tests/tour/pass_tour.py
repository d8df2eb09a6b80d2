"""The README's 60-second tour, kept honest: mypy with the plugin must agree with every comment.

Ordinary PyTorch code: `import torch`, `torch.nn as nn`, `torch.nn.functional as F`; typedtorch
gives only the annotations.
"""

from dataclasses import dataclass
from typing import Generic, TypeVar, reveal_type
from typing import Literal as L

import torch
import torch.nn as nn
import torch.nn.functional as F

import typedtorch as tt
from typedtorch import CPU, Dim, Float32, Tensor

B = TypeVar("B", bound=int)

# Tensors: literal sizes become Literal dims.
x = torch.randn(4, 3)
reveal_type(x)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[4], Literal[3]]"
w = torch.randn(3, 5, requires_grad=True)
y = (x @ w).relu().sum(-1)
reveal_type(y)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[4]]"
loss = y.mean()
reveal_type(loss)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32]"


# A model: layer types come from their constructor arguments.
class Net(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.conv = nn.Conv2d(1, 20, kernel_size=5)
        self.pool = nn.MaxPool2d(2)
        self.fc = nn.Linear(20 * 12 * 12, 10)

    def forward(self, x: Tensor[CPU, Float32, B, L[1], L[28], L[28]]) -> Tensor[CPU, Float32, B, L[10]]:
        h = self.pool(F.relu(self.conv(x)))
        reveal_type(h)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[20], Literal[12], Literal[12]]"
        return self.fc(h.flatten(1))


net = Net()
reveal_type(net.fc)  # N: Revealed type is "torch.nn.modules.linear.Linear[Literal[2880], Literal[10], typedtorch._devices.CPU, typedtorch._dtypes.Float32]"
logits = net(torch.randn(8, 1, 28, 28))
reveal_type(logits)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[8], Literal[10]]"


# Sizes held as values keep the dims they stand for.
def flatten(x: Tensor[CPU, Float32, B, L[3], L[32], L[32]]) -> None:
    b, c, h, w = x.shape
    n = c * h * w
    reveal_type(x.view(b, n))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3072]]"


# Sizes from a config: `Dim[E]` names the dim an int stands for.
E = TypeVar("E", bound=int)
NH = TypeVar("NH", bound=int)
T = TypeVar("T", bound=int)


@dataclass
class Config(Generic[E, NH]):
    n_embd: Dim[E]
    n_head: Dim[NH]


class Heads(nn.Module, Generic[E, NH]):
    def __init__(self, config: Config[E, NH]) -> None:
        super().__init__()
        assert config.n_embd % config.n_head == 0  # a fact the checker uses
        self.n_head = config.n_head
        self.proj = nn.Linear(config.n_embd, config.n_embd)

    def forward(self, x: Tensor[CPU, Float32, B, T, E]) -> Tensor[CPU, Float32, B, T, E]:
        b, t, c = x.size()
        heads = x.view(b, t, self.n_head, c // self.n_head).transpose(1, 2)
        merged = heads.transpose(1, 2).contiguous().view(b, t, c)
        return self.proj(merged)


heads = Heads(Config(n_embd=64, n_head=4))
reveal_type(heads(torch.randn(2, 10, 64)))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Literal[10], Literal[64]]"


# Functions generic over symbolic dims compose.
D = TypeVar("D", bound=tt.Device)
DT = TypeVar("DT", bound=tt.DType)
H = TypeVar("H", bound=int)


def pad(x: Tensor[D, DT, B, H]) -> Tensor[D, DT, B, tt.Add[H, L[2]]]:
    return F.pad(x, (1, 1))


def pool(x: Tensor[D, DT, B, H]) -> Tensor[D, DT, B, tt.FloorDiv[H, L[2]]]:
    return F.max_pool1d(x.unsqueeze(1), 2).squeeze(1)


def composed(x: Tensor[CPU, Float32, B, H]) -> None:
    reveal_type(pool(pad(pad(x))))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, typedtorch._dims.Sum[typedtorch._dims.Quotient[H, Literal[2]], Literal[2]]]"


def concrete(x: Tensor[CPU, Float32, B, L[10]]) -> None:
    reveal_type(pool(pad(pad(x))))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[7]]"


if __name__ == "__main__":
    flatten(torch.randn(2, 3, 32, 32))
    composed(torch.randn(2, 10))
    concrete(torch.randn(2, 10))
