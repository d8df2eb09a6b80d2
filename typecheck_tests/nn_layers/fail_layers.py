"""typedtorch.nn layers: wrong shapes, dtypes and devices, reported at the call."""

from typing import Literal as L
from typing import TypeVar

import typedtorch as tt
import typedtorch.nn as tnn
from typedtorch import CPU, Float32, Float64, Int64, Tensor

B = TypeVar("B", bound=int)
H = TypeVar("H", bound=int)


def linear(x: Tensor[CPU, Float32, B, L[2880]]) -> None:
    fc = tnn.Linear(20 * 12 * 12 + 1, 10)
    fc(x)  # E: "Linear(2881, 10)" expects last dim 2881, got 2880 in input [B, 2880]  [shape]


def linear_symbolic(x: Tensor[CPU, Float32, B, H]) -> None:
    tnn.Linear(3, 4)(x)  # E: "Linear(3, 4)" expects last dim 3, got H in input [B, H] (cannot prove they are equal)  [shape-unproven]


def conv(x: Tensor[CPU, Float32, B, L[3], L[28], L[28]]) -> None:
    tnn.Conv2d(1, 20, 5)(x)  # E: "Conv2d(1, 20, kernel_size=5)" expects 1 input channels (dim 1), got 3 in input [B, 3, 28, 28]  [shape]
    tnn.Conv2d(3, 20, 29)(x)  # E: Incompatible shapes for "conv2d": kernel size (29 x 29) can't be greater than the padded input size (28 x 28), input [B, 3, 28, 28], weight [20, 3, 29, 29]  [shape]
    tnn.Conv2d(3, 20, 3, stride=2, padding="same")(x)  # E: "Conv2d(3, 20, kernel_size=3, stride=2, padding='same')": padding="same" is not supported for strided convolutions  [layer-argument]


def pools(x: Tensor[CPU, Float32, B, L[3], L[2], L[2]]) -> None:
    tnn.MaxPool2d(3)(x)  # E: Incompatible shapes for "max_pool2d": input [B, 3, 2, 2] is too small for kernel_size=(3, 3) (with padding=(0, 0), dilation=(1, 1)): calculated output size (0 x 0)  [shape]


def norms(x: Tensor[CPU, Float32, B, L[16], L[8], L[8]]) -> None:
    tnn.BatchNorm2d(8)(x)  # E: "BatchNorm2d(8)" expects 8 channels (dim 1), got 16 in input [B, 16, 8, 8]  [shape]
    tnn.BatchNorm1d(16)(x)  # E: "BatchNorm1d(16)" expects a 2-D or 3-D input, got 4-D input [B, 16, 8, 8]  [shape]
    tnn.LayerNorm(16)(x)  # E: "LayerNorm(16)" expects input [*, 16], got [B, 16, 8, 8]  [shape]
    tnn.GroupNorm(4, 8)(x)  # E: "GroupNorm(4, 8)" expects 8 channels (dim 1), got 16 in input [B, 16, 8, 8]  [shape]
    tnn.GroupNorm(3, 16)  # E: "GroupNorm(3, 16)": num_channels 16 must be divisible by num_groups 3  [layer-argument]
    tnn.Softmax(dim=4)(x)  # E: Dimension out of range for "Softmax(dim=4)": expected to be in range of [-4, 3], but got 4  [shape]


def dtypes(x: Tensor[CPU, Float64, B, L[3]], f: Tensor[CPU, Float32, B, L[12]]) -> None:
    tnn.Linear(3, 4)(x)  # E: Incompatible dtypes for "Linear(3, 4)": the layer is float32 and the input is float64 (convert one with .to(), e.g. .to(torch.float32))  [dtype]
    tnn.Embedding(100, 8)(f)  # E: "Embedding(100, 8)" expects integer indices (int64 or int32), got a float32 input  [dtype]
    tnn.Linear(3, 4).double()(x.float())  # E: Incompatible dtypes for "Linear(3, 4)": the layer is float64 and the input is float32 (convert one with .to(), e.g. .to(torch.float64))  [dtype]


def devices(x: Tensor[CPU, Float32, B, L[3]]) -> None:
    tnn.Linear(3, 4).to(tt.cuda)(x)  # E: Expected all tensors to be on the same device for "Linear(3, 4)": the layer is on cuda and the input is on cpu (move one with .to("cuda"))  [device]
    tnn.Linear(3, 4).cuda()(x)  # E: Expected all tensors to be on the same device for "Linear(3, 4)": the layer is on cuda and the input is on cpu (move one with .to("cuda"))  [device]


def losses(
    logits: Tensor[CPU, Float32, B, L[10]],
    labels: Tensor[CPU, Int64, L[5]],
    pred: Tensor[CPU, Float32, B, L[1]],
    target: Tensor[CPU, Float32, B],
) -> None:
    tnn.CrossEntropyLoss()(logits, labels)  # E: Incompatible shapes for "cross_entropy": input [B, 10] expects class-index target [B] (or probabilities [B, 10]), got target [5] (cannot prove they are equal)  [shape-unproven]
    tnn.MSELoss()(pred, target)  # E: Incompatible shapes for "mse_loss": input [B, 1] and target [B] must have the same shape: torch would broadcast them to [B, B] with only a warning (did you mean to .squeeze(-1) the input?)  [shape]
    tnn.NLLLoss()(logits, target)  # E: "nll_loss" expects class-index targets of dtype int64, got float32 target [B]  [dtype]
    tnn.BCELoss()(pred, pred.double())  # E: Incompatible dtypes for "binary_cross_entropy": input is float32 and target is float64 (convert one with .to(), e.g. .to(torch.float32))  [dtype]
