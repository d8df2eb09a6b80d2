"""Layers built without `device=`/`dtype=` are CPU/Float32 layers under every checker.

The layer stubs spell torch's defaults out as `__init__` overloads (`stubs/torch-stubs/nn/modules/module.pyi`):
pyright does not apply a method-scoped TypeVar's default, and left such layers with an unsolved
`DefaultD@__init__`, so returning their output as `Tensor[CPU, Float32, ...]` failed under it.
"""

from typing import Literal as L
from typing import TypeVar, reveal_type

import torch

import typedtorch as tt
import typedtorch.nn as tnn
from typedtorch import CPU, Float32, Int64, Tensor

B = TypeVar("B", bound=int)
S = TypeVar("S", bound=int)


def defaults() -> None:
    reveal_type(tnn.Linear(32, 128))  # N: Revealed type is "torch.nn.modules.linear.Linear[Literal[32], Literal[128], typedtorch._devices.CPU, typedtorch._dtypes.Float32]"
    reveal_type(tnn.Conv2d(1, 20, kernel_size=5))  # N: Revealed type is "torch.nn.modules.conv.Conv2d[Literal[1], Literal[20], Literal[5], Literal[1], Literal[0], Literal[1], Literal[1], typedtorch._devices.CPU, typedtorch._dtypes.Float32]"
    reveal_type(tnn.LSTM(8, 32, batch_first=True))  # N: Revealed type is "torch.nn.modules.rnn.LSTM[Literal[8], Literal[32], Literal[1], Literal[False], Literal[True], Literal[0], typedtorch._devices.CPU, typedtorch._dtypes.Float32]"
    reveal_type(tnn.Embedding(100, 16))  # N: Revealed type is "torch.nn.modules.sparse.Embedding[Literal[100], Literal[16], typedtorch._devices.CPU, typedtorch._dtypes.Float32]"
    reveal_type(tnn.MultiheadAttention(16, 4))  # N: Revealed type is "torch.nn.modules.activation.MultiheadAttention[Literal[16], Literal[4], Literal[False], Literal[False], None, None, Literal[False], typedtorch._devices.CPU, typedtorch._dtypes.Float32]"
    reveal_type(tnn.LayerNorm(16))  # N: Revealed type is "torch.nn.modules.normalization.LayerNorm[Literal[16], typedtorch._devices.CPU, typedtorch._dtypes.Float32]"


def typed_kinds() -> None:
    # `tt.meta` so that this also runs on a CPU-only torch.
    reveal_type(tnn.Linear(32, 128, dtype=tt.float64))  # N: Revealed type is "torch.nn.modules.linear.Linear[Literal[32], Literal[128], typedtorch._devices.CPU, typedtorch._dtypes.Float64]"
    reveal_type(tnn.Linear(32, 128, True, tt.meta))  # N: Revealed type is "torch.nn.modules.linear.Linear[Literal[32], Literal[128], typedtorch._devices.Meta, typedtorch._dtypes.Float32]"
    reveal_type(tnn.Conv2d(1, 20, 5, device=tt.meta, dtype=tt.float64))  # N: Revealed type is "torch.nn.modules.conv.Conv2d[Literal[1], Literal[20], Literal[5], Literal[1], Literal[0], Literal[1], Literal[1], typedtorch._devices.Meta, typedtorch._dtypes.Float64]"
    reveal_type(tnn.LSTM(8, 32, dtype=tt.float64))  # N: Revealed type is "torch.nn.modules.rnn.LSTM[Literal[8], Literal[32], Literal[1], Literal[False], Literal[False], Literal[0], typedtorch._devices.CPU, typedtorch._dtypes.Float64]"
    reveal_type(tnn.Embedding(100, 16, device=tt.meta))  # N: Revealed type is "torch.nn.modules.sparse.Embedding[Literal[100], Literal[16], typedtorch._devices.Meta, typedtorch._dtypes.Float32]"
    reveal_type(tnn.MultiheadAttention(16, 4, device=tt.meta, dtype=tt.float64))  # N: Revealed type is "torch.nn.modules.activation.MultiheadAttention[Literal[16], Literal[4], Literal[False], Literal[False], None, None, Literal[False], typedtorch._devices.Meta, typedtorch._dtypes.Float64]"
    reveal_type(tnn.LayerNorm(16, dtype=tt.float64))  # N: Revealed type is "torch.nn.modules.normalization.LayerNorm[Literal[16], typedtorch._devices.CPU, typedtorch._dtypes.Float64]"


def cuda_kinds() -> None:
    reveal_type(tnn.Linear(32, 128, device=tt.cuda))  # N: Revealed type is "torch.nn.modules.linear.Linear[Literal[32], Literal[128], typedtorch._devices.CUDA, typedtorch._dtypes.Float32]"
    reveal_type(tnn.LSTM(8, 32, device=tt.cuda, dtype=tt.float16))  # N: Revealed type is "torch.nn.modules.rnn.LSTM[Literal[8], Literal[32], Literal[1], Literal[False], Literal[False], Literal[0], typedtorch._devices.CUDA, typedtorch._dtypes.Float16]"


def untyped_kinds() -> None:
    # A device string or `torch.device("...")` call: the plugin reads its kind (pyright, without
    # the plugin, leaves the device `Any`). torch's own dtype values carry their kind
    # (`torch.float64: Float64`) for every checker.
    reveal_type(tnn.Linear(32, 128, device="cpu"))  # N: Revealed type is "torch.nn.modules.linear.Linear[Literal[32], Literal[128], typedtorch._devices.CPU, typedtorch._dtypes.Float32]"
    reveal_type(tnn.Linear(32, 128, dtype=torch.float64))  # N: Revealed type is "torch.nn.modules.linear.Linear[Literal[32], Literal[128], typedtorch._devices.CPU, typedtorch._dtypes.Float64]"
    reveal_type(tnn.LayerNorm(16, device=torch.device("cpu")))  # N: Revealed type is "torch.nn.modules.normalization.LayerNorm[Literal[16], typedtorch._devices.CPU, typedtorch._dtypes.Float32]"


class Classifier(tnn.Module):
    """Token ids `[B, S]` -> embeddings -> LSTM -> last hidden state -> 2 classes."""

    def __init__(self) -> None:
        super().__init__()
        self.embedding = tnn.Embedding(1000, 64)
        self.lstm = tnn.LSTM(input_size=64, hidden_size=128, batch_first=True)
        self.fc = tnn.Linear(128, 2)

    def forward(self, tokens: Tensor[CPU, Int64, B, S]) -> Tensor[CPU, Float32, B, L[2]]:
        x = self.embedding(tokens)
        _, (h_n, _) = self.lstm(x)
        return self.fc(h_n[-1])


def project(x: Tensor[CPU, Float32, B, L[32]]) -> Tensor[CPU, Float32, B, L[128]]:
    return tnn.Linear(32, 128)(x)


if __name__ == "__main__":
    defaults()
    typed_kinds()
    untyped_kinds()
    assert tuple(Classifier()(tt.randint(0, 1000, (4, 12))).shape) == (4, 2)
    assert tuple(project(tt.randn(3, 32)).shape) == (3, 128)
