"""locuslab/TCN, annotated (examples/real_models/tcn/model.py): the shapes mypy computes."""

from typing import Any, TypeVar, reveal_type
from typing import Literal as L

import torch

from examples.real_models.tcn.model import TCN, Chomp1d, TemporalBlock, TemporalConvNet
from typedtorch import CPU, Float32, Tensor

N = TypeVar("N", bound=int)
Lx = TypeVar("Lx", bound=int)

torch.manual_seed(0)
tcn = TCN(2, 1, [8, 8, 8], kernel_size=3, dropout=0.0).eval()
reveal_type(tcn.tcn)  # N: Revealed type is "examples.real_models.tcn.model.TemporalConvNet"
reveal_type(tcn.tcn.network)  # N: Revealed type is "torch.nn.modules.container.Sequential[tuple[examples.real_models.tcn.model.TemporalBlock, ...]]"
reveal_type(tcn.linear)  # N: Revealed type is "torch.nn.modules.linear.Linear[Any, Any, typedtorch._devices.CPU, typedtorch._dtypes.Float32]"

x = torch.randn(4, 2, 50)
y1 = tcn.tcn(x)
reveal_type(y1)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[4], Any, Literal[50]]"
reveal_type(y1[:, :, -1])  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[4], Any]"
reveal_type(tcn(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[4], Any]"
reveal_type(TemporalConvNet(2, [8, 8])(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[4], Any, Literal[50]]"
reveal_type(TemporalBlock(2, 8, 3, stride=1, dilation=2, padding=4, dropout=0.0)(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[4], Any, Literal[50]]"
reveal_type(Chomp1d(4)(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[4], Literal[2], Any]"


def regress(seq: Tensor[CPU, Float32, N, L[2], Lx]) -> Tensor[CPU, Float32, N, Any]:
    reveal_type(tcn.tcn(seq))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, N, Any, Lx]"
    return tcn(seq)


reveal_type(regress(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[4], Any]"
