"""The tour in typedtorch's own names (`tt.*`, `tnn.*`, `typedtorch.functional`): the same types."""

from typing import Literal as L
from typing import TypeVar, reveal_type

import typedtorch as tt
import typedtorch.functional as F
import typedtorch.nn as tnn
from typedtorch import CPU, Float32, Tensor

B = TypeVar("B", bound=int)

# Tensors: literal sizes become Literal dims.
x = tt.randn(4, 3)
reveal_type(x)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[4], Literal[3]]"
w = tt.randn(3, 5, requires_grad=True)
y = (x @ w).relu().sum(-1)
reveal_type(y)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[4]]"

# Autograd: gradients come back typed like their inputs.
loss = y.mean()
(dw,) = tt.grad(loss, (w,))
reveal_type(dw)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[3], Literal[5]]"


# A model: layer types come from literal constructor arguments.
class Net(tnn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.conv = tnn.Conv2d(1, 20, kernel_size=5)
        self.pool = tnn.MaxPool2d(2)
        self.fc = tnn.Linear(20 * 12 * 12, 10)

    def forward(self, x: Tensor[CPU, Float32, B, L[1], L[28], L[28]]) -> Tensor[CPU, Float32, B, L[10]]:
        h = self.pool(F.relu(self.conv(x)))
        reveal_type(h)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[20], Literal[12], Literal[12]]"
        return self.fc(h.flatten(1))


net = Net()
reveal_type(net.fc)  # N: Revealed type is "torch.nn.modules.linear.Linear[Literal[2880], Literal[10], typedtorch._devices.CPU, typedtorch._dtypes.Float32]"
logits = net(tt.randn(8, 1, 28, 28))
reveal_type(logits)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[8], Literal[10]]"


# Functions generic over symbolic dims compose.
D = TypeVar("D", bound=tt.Device)
T = TypeVar("T", bound=tt.DType)
H = TypeVar("H", bound=int)


def pad(x: Tensor[D, T, B, H]) -> Tensor[D, T, B, tt.Add[H, L[2]]]:
    return F.pad(x, (1, 1))


def pool(x: Tensor[D, T, B, H]) -> Tensor[D, T, B, tt.FloorDiv[H, L[2]]]:
    return F.max_pool1d(x.unsqueeze(1), 2).squeeze(1)


def composed(x: Tensor[CPU, Float32, B, H]) -> None:
    reveal_type(pool(pad(pad(x))))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, typedtorch._dims.Sum[typedtorch._dims.Quotient[H, Literal[2]], Literal[2]]]"


def concrete(x: Tensor[CPU, Float32, B, L[10]]) -> None:
    reveal_type(pool(pad(pad(x))))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[7]]"


if __name__ == "__main__":
    composed(tt.randn(2, 10))
    concrete(tt.randn(2, 10))
