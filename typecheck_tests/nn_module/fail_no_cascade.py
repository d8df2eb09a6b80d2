"""One error per bug: after an error in an idiomatic `x = layer(x)` chain, nothing downstream
reports an error that follows from it -- not the later layers, not a generic helper, not the
final `return x` (mypy's redefinition widening keeps `x`'s earlier types beside the result)."""

from typing import Literal as L
from typing import TypeVar

from typing_extensions import TypeVarTuple

import typedtorch.functional as F
import typedtorch.nn as tnn
from typedtorch import CPU, Device, DType, Float32, Tensor

B = TypeVar("B", bound=int)
DD = TypeVar("DD", bound=Device)
TT = TypeVar("TT", bound=DType)
S = TypeVarTuple("S")


def same(x: Tensor[DD, TT, *S]) -> Tensor[DD, TT, *S]:
    return x


class Net(tnn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.conv1 = tnn.Conv2d(1, 20, 5)
        self.conv2 = tnn.Conv2d(21, 50, 5)
        self.pool = tnn.MaxPool2d(2)
        self.fc = tnn.Linear(800, 10)

    def forward(
        self, x: Tensor[CPU, Float32, B, L[1], L[28], L[28]]
    ) -> Tensor[CPU, Float32, B, L[10]]:
        x = self.conv1(x)
        x = F.relu(x)
        x = self.pool(x)
        x = self.conv2(x)  # E: "Conv2d(21, 50, kernel_size=5)" expects 21 input channels (dim 1), got 20 in input [B, 20, 12, 12]  [shape]
        x = x.relu()
        x = same(x)
        x = self.pool(x)
        x = x.flatten(1)
        x = self.fc(x)
        return x

    def nested(
        self, images: Tensor[CPU, Float32, B, L[1], L[28], L[28]]
    ) -> Tensor[CPU, Float32, B, L[10]]:
        h = self.pool(F.relu(self.conv1(images)))
        h = self.pool(F.relu(self.conv2(h)))  # E: "Conv2d(21, 50, kernel_size=5)" expects 21 input channels (dim 1), got 20 in input [B, 20, 12, 12]  [shape]
        h = h.view(h.size(0), -1)
        return F.log_softmax(self.fc(h), dim=1)


def rebound_parameter(x: Tensor[CPU, Float32, B, L[784]]) -> Tensor[CPU, Float32, B, L[10]]:
    x = tnn.Linear(780, 10)(x)  # E: "Linear(780, 10)" expects last dim 780, got 784 in input [B, 784]  [shape]
    x = same(x)
    return x
