"""Sequential: the composition of its layers' types, checked layer by layer."""

from typing import Literal as L
from typing import TypeVar, reveal_type

import typedtorch as tt
import typedtorch.nn as tnn
from typedtorch import CPU, Float32, Tensor

B = TypeVar("B", bound=int)


def mlp(x: Tensor[CPU, Float32, B, L[784]]) -> None:
    model = tnn.Sequential(tnn.Linear(784, 128), tnn.ReLU(), tnn.Linear(128, 10))
    reveal_type(model)  # N: Revealed type is "torch.nn.modules.container.Sequential[tuple[torch.nn.modules.linear.Linear[Literal[784], Literal[128], typedtorch._devices.CPU, typedtorch._dtypes.Float32], torch.nn.modules.activation.ReLU, torch.nn.modules.linear.Linear[Literal[128], Literal[10], typedtorch._devices.CPU, typedtorch._dtypes.Float32]]]"
    reveal_type(model(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[10]]"


def cnn(x: Tensor[CPU, Float32, B, L[1], L[28], L[28]]) -> None:
    model = tnn.Sequential(
        tnn.Conv2d(1, 20, kernel_size=5),
        tnn.ReLU(),
        tnn.MaxPool2d(2),
        tnn.Flatten(),
        tnn.Linear(20 * 12 * 12, 10),
    )
    reveal_type(model(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[10]]"


def nested(x: Tensor[CPU, Float32, B, L[8]]) -> None:
    block = tnn.Sequential(tnn.Linear(8, 8), tnn.GELU())
    model = tnn.Sequential(block, tnn.Dropout(0.1), tnn.Identity(), tnn.Linear(8, 2))
    reveal_type(model(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[2]]"


def moved(x: Tensor[tt.CUDA, Float32, B, L[8]]) -> None:
    model = tnn.Sequential(tnn.Linear(8, 4), tnn.Tanh()).to(tt.cuda)
    reveal_type(model(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CUDA, typedtorch._dtypes.Float32, B, Literal[4]]"


if __name__ == "__main__":
    from typing import Any

    import torch

    def rand(*size: int) -> Any:
        return torch.randn(*size)

    mlp(rand(2, 784))
    cnn(rand(2, 1, 28, 28))
    nested(rand(2, 8))
