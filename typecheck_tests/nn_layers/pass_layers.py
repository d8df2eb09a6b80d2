"""typedtorch.nn layers: configuration in the type, exact shapes through each layer."""

from typing import Literal as L
from typing import TypeVar, reveal_type

import typedtorch as tt
import typedtorch.nn as tnn
from typedtorch import CPU, Float32, Int64, Tensor

B = TypeVar("B", bound=int)
H = TypeVar("H", bound=int)
W = TypeVar("W", bound=int)


def linear(x: Tensor[CPU, Float32, B, L[784]]) -> Tensor[CPU, Float32, B, L[10]]:
    fc = tnn.Linear(784, 10)
    reveal_type(fc)  # N: Revealed type is "torch.nn.modules.linear.Linear[Literal[784], Literal[10], typedtorch._devices.CPU, typedtorch._dtypes.Float32]"
    reveal_type(fc.weight)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[10], Literal[784]]"
    y = fc(x)
    reveal_type(y)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[10]]"
    return y


def folded(x: Tensor[CPU, Float32, B, L[2880]]) -> None:
    fc = tnn.Linear(20 * 12 * 12, 10)
    reveal_type(fc)  # N: Revealed type is "torch.nn.modules.linear.Linear[Literal[2880], Literal[10], typedtorch._devices.CPU, typedtorch._dtypes.Float32]"
    reveal_type(fc(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[10]]"


def symbolic(x: Tensor[CPU, Float32, B, H], h: H) -> None:
    fc = tnn.Linear(h, 5)
    reveal_type(fc)  # N: Revealed type is "torch.nn.modules.linear.Linear[H, Literal[5], typedtorch._devices.CPU, typedtorch._dtypes.Float32]"
    reveal_type(fc(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[5]]"


def conv(x: Tensor[CPU, Float32, B, L[1], L[28], L[28]]) -> None:
    c = tnn.Conv2d(1, 20, kernel_size=5)
    reveal_type(c)  # N: Revealed type is "torch.nn.modules.conv.Conv2d[Literal[1], Literal[20], Literal[5], Literal[1], Literal[0], Literal[1], Literal[1], typedtorch._devices.CPU, typedtorch._dtypes.Float32]"
    reveal_type(c(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[20], Literal[24], Literal[24]]"
    reveal_type(tnn.Conv2d(1, 8, 3, padding="same")(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[8], Literal[28], Literal[28]]"
    reveal_type(tnn.Conv2d(1, 8, (3, 5), stride=2, padding=1)(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[8], Literal[14], Literal[13]]"
    reveal_type(tnn.ConvTranspose2d(1, 4, 2, stride=2)(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[4], Literal[56], Literal[56]]"


def conv_symbolic(x: Tensor[CPU, Float32, B, L[3], H, W]) -> None:
    reveal_type(tnn.Conv2d(3, 16, 3, padding=1)(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[16], H, W]"
    reveal_type(tnn.MaxPool2d(2)(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3], typedtorch._dims.Quotient[H, Literal[2]], typedtorch._dims.Quotient[W, Literal[2]]]"


def pools(x: Tensor[CPU, Float32, B, L[20], L[24], L[24]]) -> None:
    reveal_type(tnn.MaxPool2d(2)(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[20], Literal[12], Literal[12]]"
    reveal_type(tnn.AvgPool2d(3, stride=2, padding=1)(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[20], Literal[12], Literal[12]]"
    reveal_type(tnn.AdaptiveAvgPool2d((1, 1))(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[20], Literal[1], Literal[1]]"
    reveal_type(tnn.AdaptiveMaxPool2d(7)(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[20], Literal[7], Literal[7]]"


def norms(x: Tensor[CPU, Float32, B, L[16], L[8], L[8]]) -> None:
    reveal_type(tnn.BatchNorm2d(16)(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[16], Literal[8], Literal[8]]"
    reveal_type(tnn.GroupNorm(4, 16)(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[16], Literal[8], Literal[8]]"
    reveal_type(tnn.LayerNorm((8, 8))(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[16], Literal[8], Literal[8]]"
    reveal_type(tnn.Dropout(0.1)(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[16], Literal[8], Literal[8]]"
    reveal_type(tnn.ReLU()(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[16], Literal[8], Literal[8]]"
    reveal_type(tnn.Softmax(dim=1)(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[16], Literal[8], Literal[8]]"
    reveal_type(tnn.PReLU(16)(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[16], Literal[8], Literal[8]]"


def reshaping(x: Tensor[CPU, Float32, B, L[20], L[4], L[4]]) -> None:
    reveal_type(tnn.Flatten()(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[320]]"
    reveal_type(tnn.Flatten(0, 1)(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, typedtorch._dims.Product[Literal[20], B], Literal[4], Literal[4]]"
    reveal_type(tnn.Unflatten(1, (4, 5))(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[4], Literal[5], Literal[4], Literal[4]]"
    reveal_type(tnn.Upsample(scale_factor=2)(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[20], Literal[8], Literal[8]]"
    reveal_type(tnn.Identity()(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[20], Literal[4], Literal[4]]"


def embedding(tokens: Tensor[CPU, Int64, B, L[12]]) -> None:
    emb = tnn.Embedding(1000, 64)
    reveal_type(emb(tokens))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[12], Literal[64]]"


def losses(
    logits: Tensor[CPU, Float32, B, L[10]],
    labels: Tensor[CPU, Int64, B],
    pred: Tensor[CPU, Float32, B, L[1]],
    target: Tensor[CPU, Float32, B, L[1]],
) -> None:
    reveal_type(tnn.CrossEntropyLoss()(logits, labels))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32]"
    reveal_type(tnn.CrossEntropyLoss(reduction="none")(logits, labels))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B]"
    reveal_type(tnn.MSELoss()(pred, target))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32]"
    reveal_type(tnn.BCEWithLogitsLoss(reduction="none")(pred, target))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[1]]"
    # As the functional losses: probabilities as targets, dtypes promoted (torch computes so).
    reveal_type(tnn.CrossEntropyLoss(reduction="none")(logits, logits.softmax(1).double()))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float64, B]"
    reveal_type(tnn.MSELoss()(pred, target.double()))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float64]"
    # The legacy flags decide the reduction, as in torch's constructor.
    reveal_type(tnn.MSELoss(reduce=False)(pred, target))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[1]]"
    reveal_type(tnn.CrossEntropyLoss(None, False)(logits, labels))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32]"


def devices(x: Tensor[tt.CUDA, tt.Float64, B, L[3]]) -> None:
    fc = tnn.Linear(3, 4).to(tt.cuda).double()
    reveal_type(fc)  # N: Revealed type is "torch.nn.modules.linear.Linear[Literal[3], Literal[4], typedtorch._devices.CUDA, typedtorch._dtypes.Float64]"
    # Without the plugin `.to()`/`.double()` return `Self`, still typed CPU/Float32: only the
    # plugin retypes movers (README, "pyright / Pylance users").
    reveal_type(fc(x))  # pyright: ignore[reportArgumentType]  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CUDA, typedtorch._dtypes.Float64, B, Literal[4]]"
    reveal_type(tnn.Linear(3, 4, device=tt.cuda, dtype=tt.float64))  # N: Revealed type is "torch.nn.modules.linear.Linear[Literal[3], Literal[4], typedtorch._devices.CUDA, typedtorch._dtypes.Float64]"


if __name__ == "__main__":
    from typing import Any

    import torch

    def rand(*size: int) -> Any:
        return torch.randn(*size)

    assert tuple(linear(rand(2, 784)).shape) == (2, 10)
    conv(rand(2, 1, 28, 28))
    pools(rand(2, 20, 24, 24))
    norms(rand(2, 16, 8, 8))
    reshaping(rand(2, 20, 4, 4))
    tokens: Any = torch.zeros(2, 12, dtype=torch.long)
    embedding(tokens)
    losses(rand(4, 10), torch.zeros(4, dtype=torch.long), rand(4, 1), rand(4, 1))
