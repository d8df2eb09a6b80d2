"""typedtorch.nn layers not covered elsewhere: exact shapes with literal and symbolic dims."""

from typing import Literal as L
from typing import TypeVar, reveal_type

import typedtorch.nn as tnn
from typedtorch import CPU, Float32, Int64, Tensor

B = TypeVar("B", bound=int)
D = TypeVar("D", bound=int)
H = TypeVar("H", bound=int)
W = TypeVar("W", bound=int)


def bilinear(x1: Tensor[CPU, Float32, B, L[5]], x2: Tensor[CPU, Float32, B, L[7]]) -> None:
    bl = tnn.Bilinear(5, 7, 3)
    reveal_type(bl)  # N: Revealed type is "torch.nn.modules.linear.Bilinear[Literal[5], Literal[7], Literal[3], typedtorch._devices.CPU, typedtorch._dtypes.Float32]"
    reveal_type(bl(x1, x2))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3]]"


def bilinear_symbolic(
    x1: Tensor[CPU, Float32, B, H], x2: Tensor[CPU, Float32, B, L[7]], h: H
) -> None:
    reveal_type(tnn.Bilinear(h, 7, 3)(x1, x2))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3]]"


def conv1d(x: Tensor[CPU, Float32, B, L[3], L[32]]) -> None:
    c = tnn.Conv1d(3, 8, 3)
    reveal_type(c)  # N: Revealed type is "torch.nn.modules.conv.Conv1d[Literal[3], Literal[8], Literal[3], Literal[1], Literal[0], Literal[1], Literal[1], typedtorch._devices.CPU, typedtorch._dtypes.Float32]"
    reveal_type(c(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[8], Literal[30]]"
    reveal_type(tnn.Conv1d(3, 8, 5, stride=2, padding=2)(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[8], Literal[16]]"
    reveal_type(tnn.Conv1d(3, 6, 3, dilation=2, groups=3)(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[6], Literal[28]]"


def conv1d_symbolic(x: Tensor[CPU, Float32, B, L[3], H]) -> None:
    reveal_type(tnn.Conv1d(3, 8, 3, padding=1)(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[8], H]"
    reveal_type(tnn.Conv1d(3, 8, 3, padding="same")(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[8], H]"


def conv3d(x: Tensor[CPU, Float32, B, L[2], L[8], L[8], L[8]]) -> None:
    c = tnn.Conv3d(2, 4, 3)
    reveal_type(c)  # N: Revealed type is "torch.nn.modules.conv.Conv3d[Literal[2], Literal[4], Literal[3], Literal[1], Literal[0], Literal[1], Literal[1], typedtorch._devices.CPU, typedtorch._dtypes.Float32]"
    reveal_type(c(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[4], Literal[6], Literal[6], Literal[6]]"
    reveal_type(tnn.Conv3d(2, 4, (1, 3, 5), stride=(1, 2, 2), padding=(0, 1, 2))(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[4], Literal[8], Literal[4], Literal[4]]"


def conv3d_symbolic(x: Tensor[CPU, Float32, B, L[2], D, H, W]) -> None:
    reveal_type(tnn.Conv3d(2, 4, 3, padding=1)(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[4], D, H, W]"


def conv_transpose1d(x: Tensor[CPU, Float32, B, L[3], L[16]]) -> None:
    reveal_type(tnn.ConvTranspose1d(3, 4, 2, stride=2)(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[4], Literal[32]]"
    reveal_type(tnn.ConvTranspose1d(3, 4, 3, stride=2, padding=1, output_padding=1)(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[4], Literal[32]]"


def conv_transpose1d_symbolic(x: Tensor[CPU, Float32, B, L[3], H]) -> None:
    reveal_type(tnn.ConvTranspose1d(3, 4, 3, padding=1)(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[4], H]"


def conv_transpose3d(x: Tensor[CPU, Float32, B, L[2], L[4], L[4], L[4]]) -> None:
    reveal_type(tnn.ConvTranspose3d(2, 4, 2, stride=2)(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[4], Literal[8], Literal[8], Literal[8]]"
    reveal_type(tnn.ConvTranspose3d(2, 4, 3)(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[4], Literal[6], Literal[6], Literal[6]]"


def conv_transpose3d_symbolic(x: Tensor[CPU, Float32, B, L[2], D, H, W]) -> None:
    reveal_type(tnn.ConvTranspose3d(2, 4, 3, padding=1)(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[4], D, H, W]"


def pools_1d(x: Tensor[CPU, Float32, B, L[3], L[32]]) -> None:
    reveal_type(tnn.MaxPool1d(2)(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3], Literal[16]]"
    reveal_type(tnn.MaxPool1d(3, stride=2, padding=1)(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3], Literal[16]]"
    reveal_type(tnn.AvgPool1d(3, stride=2, padding=1)(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3], Literal[16]]"
    reveal_type(tnn.AvgPool1d(5, ceil_mode=True)(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3], Literal[7]]"
    reveal_type(tnn.AdaptiveAvgPool1d(4)(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3], Literal[4]]"
    reveal_type(tnn.AdaptiveMaxPool1d(5)(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3], Literal[5]]"


def pools_1d_symbolic(x: Tensor[CPU, Float32, B, L[3], H]) -> None:
    reveal_type(tnn.MaxPool1d(2)(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3], typedtorch._dims.Quotient[H, Literal[2]]]"
    reveal_type(tnn.AvgPool1d(2)(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3], typedtorch._dims.Quotient[H, Literal[2]]]"
    reveal_type(tnn.AdaptiveAvgPool1d(4)(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3], Literal[4]]"
    reveal_type(tnn.AdaptiveMaxPool1d(1)(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3], Literal[1]]"


def pools_3d(x: Tensor[CPU, Float32, B, L[2], L[8], L[8], L[8]]) -> None:
    reveal_type(tnn.MaxPool3d(2)(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[2], Literal[4], Literal[4], Literal[4]]"
    reveal_type(tnn.MaxPool3d((1, 2, 3), stride=(1, 2, 2))(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[2], Literal[8], Literal[4], Literal[3]]"
    reveal_type(tnn.AvgPool3d(2)(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[2], Literal[4], Literal[4], Literal[4]]"
    reveal_type(tnn.AvgPool3d(3, stride=2, padding=1)(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[2], Literal[4], Literal[4], Literal[4]]"
    reveal_type(tnn.AdaptiveAvgPool3d((1, 2, 3))(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[2], Literal[1], Literal[2], Literal[3]]"
    reveal_type(tnn.AdaptiveMaxPool3d(2)(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[2], Literal[2], Literal[2], Literal[2]]"


def pools_3d_symbolic(x: Tensor[CPU, Float32, B, L[2], D, H, W]) -> None:
    reveal_type(tnn.MaxPool3d(2)(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[2], typedtorch._dims.Quotient[D, Literal[2]], typedtorch._dims.Quotient[H, Literal[2]], typedtorch._dims.Quotient[W, Literal[2]]]"
    reveal_type(tnn.AvgPool3d(2)(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[2], typedtorch._dims.Quotient[D, Literal[2]], typedtorch._dims.Quotient[H, Literal[2]], typedtorch._dims.Quotient[W, Literal[2]]]"
    reveal_type(tnn.AdaptiveAvgPool3d(1)(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[2], Literal[1], Literal[1], Literal[1]]"
    reveal_type(tnn.AdaptiveMaxPool3d((2, 3, 4))(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[2], Literal[2], Literal[3], Literal[4]]"


def batch_norms(
    x2: Tensor[CPU, Float32, B, L[3]],
    x3: Tensor[CPU, Float32, B, L[3], H],
    x5: Tensor[CPU, Float32, B, L[2], D, H, W],
) -> None:
    bn1 = tnn.BatchNorm1d(3)
    reveal_type(bn1)  # N: Revealed type is "torch.nn.modules.batchnorm.BatchNorm1d[Literal[3], typedtorch._devices.CPU, typedtorch._dtypes.Float32]"
    reveal_type(bn1(x2))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3]]"
    reveal_type(bn1(x3))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3], H]"
    bn3 = tnn.BatchNorm3d(2)
    reveal_type(bn3)  # N: Revealed type is "torch.nn.modules.batchnorm.BatchNorm3d[Literal[2], typedtorch._devices.CPU, typedtorch._dtypes.Float32]"
    reveal_type(bn3(x5))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[2], D, H, W]"


def dropout_and_activations(x: Tensor[CPU, Float32, B, L[3], H, W]) -> None:
    reveal_type(tnn.Dropout2d(0.2)(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3], H, W]"
    reveal_type(tnn.Dropout1d(0.2)(x[0]))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[3], H, W]"
    reveal_type(tnn.Dropout3d()(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3], H, W]"
    reveal_type(tnn.SiLU()(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3], H, W]"
    reveal_type(tnn.Sigmoid()(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3], H, W]"
    reveal_type(tnn.LeakyReLU(0.2)(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3], H, W]"
    reveal_type(tnn.ELU(alpha=0.5)(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3], H, W]"
    reveal_type(tnn.LogSoftmax(dim=1)(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3], H, W]"
    reveal_type(tnn.LogSoftmax(dim=-1)(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3], H, W]"


def rnn_cell(
    x: Tensor[CPU, Float32, B, L[10]],
    h: Tensor[CPU, Float32, B, L[20]],
    u: Tensor[CPU, Float32, L[10]],
) -> None:
    cell = tnn.RNNCell(10, 20)
    reveal_type(cell)  # N: Revealed type is "torch.nn.modules.rnn.RNNCell[Literal[10], Literal[20], typedtorch._devices.CPU, typedtorch._dtypes.Float32]"
    reveal_type(cell(x, h))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[20]]"
    reveal_type(cell(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[20]]"
    reveal_type(cell(u))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[20]]"
    reveal_type(tnn.RNNCell(10, 20, nonlinearity="relu")(x, h))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[20]]"


def losses(
    logp: Tensor[CPU, Float32, B, L[10]],
    labels: Tensor[CPU, Int64, B],
    pred: Tensor[CPU, Float32, B, L[1]],
    target: Tensor[CPU, Float32, B, L[1]],
) -> None:
    reveal_type(tnn.NLLLoss()(logp, labels))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32]"
    reveal_type(tnn.NLLLoss(reduction="none")(logp, labels))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B]"
    reveal_type(tnn.L1Loss()(pred, target))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32]"
    reveal_type(tnn.L1Loss(reduction="none")(pred, target))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[1]]"
    reveal_type(tnn.L1Loss(reduction="sum")(pred, target))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32]"
    reveal_type(tnn.BCELoss()(pred, target))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32]"
    reveal_type(tnn.BCELoss(reduction="none")(pred, target))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[1]]"


def containers(x: Tensor[CPU, Float32, B, L[4]]) -> Tensor[CPU, Float32, B, L[4]]:
    layers = tnn.ModuleList([tnn.Linear(4, 4), tnn.Linear(4, 4)])
    reveal_type(layers)  # N: Revealed type is "torch.nn.modules.container.ModuleList[torch.nn.modules.linear.Linear[Literal[4], Literal[4], typedtorch._devices.CPU, typedtorch._dtypes.Float32]]"
    reveal_type(layers[0])  # N: Revealed type is "torch.nn.modules.linear.Linear[Literal[4], Literal[4], typedtorch._devices.CPU, typedtorch._dtypes.Float32]"
    reveal_type(layers[0](x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[4]]"
    for layer in layers:
        x = layer(x)
    heads = tnn.ModuleDict({"a": tnn.Linear(4, 2), "b": tnn.Linear(4, 2)})
    reveal_type(heads)  # N: Revealed type is "torch.nn.modules.container.ModuleDict[torch.nn.modules.linear.Linear[Literal[4], Literal[2], typedtorch._devices.CPU, typedtorch._dtypes.Float32]]"
    reveal_type(heads["a"](x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[2]]"
    return x


if __name__ == "__main__":
    from typing import Any

    import torch

    def rand(*size: int) -> Any:
        return torch.rand(*size)

    bilinear(rand(2, 5), rand(2, 7))
    bilinear_symbolic(rand(2, 6), rand(2, 7), 6)
    conv1d(rand(2, 3, 32))
    conv1d_symbolic(rand(2, 3, 11))
    conv3d(rand(2, 2, 8, 8, 8))
    conv3d_symbolic(rand(2, 2, 3, 4, 5))
    conv_transpose1d(rand(2, 3, 16))
    conv_transpose1d_symbolic(rand(2, 3, 9))
    conv_transpose3d(rand(2, 2, 4, 4, 4))
    conv_transpose3d_symbolic(rand(2, 2, 3, 4, 5))
    pools_1d(rand(2, 3, 32))
    pools_1d_symbolic(rand(2, 3, 9))
    pools_3d(rand(2, 2, 8, 8, 8))
    pools_3d_symbolic(rand(2, 2, 4, 6, 8))
    batch_norms(rand(4, 3), rand(4, 3, 4), rand(4, 2, 3, 4, 5))
    dropout_and_activations(rand(2, 3, 4, 5))
    rnn_cell(rand(2, 10), rand(2, 20), rand(10))
    labels: Any = torch.zeros(4, dtype=torch.long)
    logp: Any = torch.log_softmax(rand(4, 10), dim=1)
    losses(logp, labels, rand(4, 1), rand(4, 1))
    assert tuple(containers(rand(3, 4)).shape) == (3, 4)
