"""typedtorch.nn layers not covered elsewhere: wrong channels, ranks and dtypes, reported at the call."""

from typing import Literal as L
from typing import TypeVar

import typedtorch.nn as tnn
from typedtorch import CPU, Float32, Float64, Tensor

B = TypeVar("B", bound=int)
H = TypeVar("H", bound=int)


def bilinear(
    x1: Tensor[CPU, Float32, B, L[5]],
    x2: Tensor[CPU, Float32, B, L[7]],
    d: Tensor[CPU, Float64, B, L[5]],
) -> None:
    tnn.Bilinear(5, 6, 3)(x1, x2)  # E: "Bilinear(5, 6, out_features=3)" expects input2 last dim 6, got 7 in [B, 7]  [shape]
    tnn.Bilinear(4, 7, 3)(x1, x2)  # E: "Bilinear(4, 7, out_features=3)" expects input1 last dim 4, got 5 in [B, 5]  [shape]
    tnn.Bilinear(5, 7, 3)(d, x2)  # E: Incompatible dtypes for "Bilinear(5, 7, out_features=3)": the layer is float32 and the input is float64 (convert one with .to(), e.g. .to(torch.float32))  [dtype]


def unflatten(x: Tensor[CPU, Float32, B, L[20], L[4]]) -> None:
    tnn.Unflatten(1, (3, 7))(x)  # E: Cannot "unflatten" dimension 1 of size 20 to [3, 7]: 20 elements vs 21  [shape]
    tnn.Unflatten(3, (2, 2))(x)  # E: Dimension out of range for "unflatten": expected to be in range of [-3, 2], but got 3  [shape]


def conv1d(
    x: Tensor[CPU, Float32, B, L[3], L[8]],
    d: Tensor[CPU, Float64, B, L[3], L[8]],
    x4: Tensor[CPU, Float32, B, L[3], L[8], L[8]],
    xs: Tensor[CPU, Float32, B, H, L[8]],
) -> None:
    tnn.Conv1d(4, 8, 3)(x)  # E: "Conv1d(4, 8, kernel_size=3)" expects 4 input channels (dim 1), got 3 in input [B, 3, 8]  [shape]
    tnn.Conv1d(3, 8, 9)(x)  # E: Incompatible shapes for "conv1d": kernel size (9) can't be greater than the padded input size (8), input [B, 3, 8], weight [8, 3, 9]  [shape]
    tnn.Conv1d(3, 8, 3)(xs)  # E: "Conv1d(3, 8, kernel_size=3)" expects 3 input channels (dim 1), got H in input [B, H, 8] (cannot prove they are equal)  [shape-unproven]
    tnn.Conv1d(3, 8, 3)(x4)  # E: Expected 2-D (unbatched) or 3-D (batched) input to "conv1d", but got input of shape [B, 3, 8, 8]  [shape]
    tnn.Conv1d(3, 8, 3)(d)  # E: Incompatible dtypes for "Conv1d(3, 8, kernel_size=3)": the layer is float32 and the input is float64 (convert one with .to(), e.g. .to(torch.float32))  [dtype]


def conv3d(
    x: Tensor[CPU, Float32, B, L[2], L[4], L[4], L[4]],
    x4: Tensor[CPU, Float32, B, L[2], L[4], L[4]],
    x3: Tensor[CPU, Float32, B, L[2], L[4]],
) -> None:
    tnn.Conv3d(3, 4, 3)(x)  # E: "Conv3d(3, 4, kernel_size=3)" expects 3 input channels (dim 1), got 2 in input [B, 2, 4, 4, 4]  [shape]
    tnn.Conv3d(2, 4, 5)(x)  # E: Incompatible shapes for "conv3d": kernel size (5 x 5 x 5) can't be greater than the padded input size (4 x 4 x 4), input [B, 2, 4, 4, 4], weight [4, 2, 5, 5, 5]  [shape]
    tnn.Conv3d(2, 4, 3)(x3)  # E: Expected 4-D (unbatched) or 5-D (batched) input to "conv3d", but got input of shape [B, 2, 4]  [shape]
    # A 4-D input is an unbatched (C, D, H, W): its channels are then dim 0, here B.
    tnn.Conv3d(2, 4, 3)(x4)  # E: "Conv3d(2, 4, kernel_size=3)" expects 2 input channels (dim 0), got B in input [B, 2, 4, 4] (cannot prove they are equal)  [shape-unproven]


def conv_transpose(
    x1: Tensor[CPU, Float32, B, L[3], L[8]],
    x2: Tensor[CPU, Float32, B, L[3], L[8], L[8]],
    x3: Tensor[CPU, Float32, B, L[3], L[4], L[4], L[4]],
    d2: Tensor[CPU, Float64, B, L[3], L[8], L[8]],
) -> None:
    tnn.ConvTranspose1d(4, 8, 2)(x1)  # E: "ConvTranspose1d(4, 8, kernel_size=2)" expects 4 input channels (dim 1), got 3 in input [B, 3, 8]  [shape]
    tnn.ConvTranspose2d(4, 8, 2)(x2)  # E: "ConvTranspose2d(4, 8, kernel_size=2)" expects 4 input channels (dim 1), got 3 in input [B, 3, 8, 8]  [shape]
    tnn.ConvTranspose3d(4, 8, 2)(x3)  # E: "ConvTranspose3d(4, 8, kernel_size=2)" expects 4 input channels (dim 1), got 3 in input [B, 3, 4, 4, 4]  [shape]
    tnn.ConvTranspose1d(3, 8, 2)(x2)  # E: Expected 2-D (unbatched) or 3-D (batched) input to "conv_transpose1d", but got input of shape [B, 3, 8, 8]  [shape]
    tnn.ConvTranspose2d(3, 8, 2)(d2)  # E: Incompatible dtypes for "ConvTranspose2d(3, 8, kernel_size=2)": the layer is float32 and the input is float64 (convert one with .to(), e.g. .to(torch.float32))  [dtype]
    tnn.ConvTranspose1d(3, 8, 2, stride=2, output_padding=2)(x1)  # E: "conv_transpose1d": output padding must be smaller than either stride or dilation, got output_padding=(2,), stride=(2,), dilation=(1,)  [shape]


def pools(
    x1: Tensor[CPU, Float32, B, L[3]],
    x2: Tensor[CPU, Float32, B, L[3], L[2]],
    x3: Tensor[CPU, Float32, B, L[3], L[2], L[2]],
    x4: Tensor[CPU, Float32, B, L[3], L[2], L[2], L[2]],
    x5: Tensor[CPU, Float32, L[2], B, L[3], L[2], L[2], L[2]],
) -> None:
    tnn.MaxPool1d(3)(x2)  # E: Incompatible shapes for "max_pool1d": input [B, 3, 2] is too small for kernel_size=(3,) (with padding=(0,), dilation=(1,)): calculated output size (0)  [shape]
    tnn.MaxPool3d(3)(x4)  # E: Incompatible shapes for "max_pool3d": input [B, 3, 2, 2, 2] is too small for kernel_size=(3, 3, 3) (with padding=(0, 0, 0), dilation=(1, 1, 1)): calculated output size (0 x 0 x 0)  [shape]
    tnn.MaxPool1d(2)(x4)  # E: Expected 2-D (unbatched) or 3-D (batched) input to "max_pool1d", but got input of shape [B, 3, 2, 2, 2]  [shape]
    tnn.MaxPool3d(2)(x5)  # E: Expected 4-D (unbatched) or 5-D (batched) input to "max_pool3d", but got input of shape [2, B, 3, 2, 2, 2]  [shape]
    tnn.MaxPool1d(2, padding=2)(x2)  # E: "max_pool1d" expects padding to be at most half of kernel_size, got padding=(2,) and kernel_size=(2,)  [shape]
    tnn.AvgPool1d(3)(x2)  # E: Incompatible shapes for "avg_pool1d": input [B, 3, 2] is too small for kernel_size=(3,) (with padding=(0,), dilation=(1,)): calculated output size (0)  [shape]
    tnn.AvgPool2d(3)(x3)  # E: Incompatible shapes for "avg_pool2d": input [B, 3, 2, 2] is too small for kernel_size=(3, 3) (with padding=(0, 0), dilation=(1, 1)): calculated output size (0 x 0)  [shape]
    tnn.AvgPool3d(3)(x4)  # E: Incompatible shapes for "avg_pool3d": input [B, 3, 2, 2, 2] is smaller than kernel_size=(3, 3, 3)  [shape]
    tnn.AvgPool2d(2)(x5)  # E: Expected 3-D (unbatched) or 4-D (batched) input to "avg_pool2d", but got input of shape [2, B, 3, 2, 2, 2]  [shape]
    tnn.AdaptiveAvgPool1d(2)(x4)  # E: Expected 2-D (unbatched) or 3-D (batched) input to "adaptive_avg_pool1d", but got input of shape [B, 3, 2, 2, 2]  [shape]
    tnn.AdaptiveAvgPool2d(2)(x1)  # E: Expected 3-D (unbatched) or 4-D (batched) input to "adaptive_avg_pool2d", but got input of shape [B, 3]  [shape]
    tnn.AdaptiveAvgPool3d(2)(x2)  # E: Expected 4-D (unbatched) or 5-D (batched) input to "adaptive_avg_pool3d", but got input of shape [B, 3, 2]  [shape]
    tnn.AdaptiveMaxPool1d(2)(x4)  # E: Expected 2-D (unbatched) or 3-D (batched) input to "adaptive_max_pool1d", but got input of shape [B, 3, 2, 2, 2]  [shape]
    tnn.AdaptiveMaxPool2d(2)(x1)  # E: Expected 3-D (unbatched) or 4-D (batched) input to "adaptive_max_pool2d", but got input of shape [B, 3]  [shape]
    tnn.AdaptiveMaxPool3d(2)(x2)  # E: Expected 4-D (unbatched) or 5-D (batched) input to "adaptive_max_pool3d", but got input of shape [B, 3, 2]  [shape]
    tnn.AdaptiveAvgPool2d((2, 2, 2))(x3)  # E: "adaptive_avg_pool2d" expects output_size to be a single int or a tuple of 2 ints, got output_size=(2, 2, 2)  [shape]


def norms(
    x: Tensor[CPU, Float32, B, L[4], L[2], L[2], L[2]],
    d: Tensor[CPU, Float64, B, L[2], L[2], L[2], L[2]],
    x4: Tensor[CPU, Float32, B, L[2], L[2], L[2]],
) -> None:
    tnn.BatchNorm3d(2)(x)  # E: "BatchNorm3d(2)" expects 2 channels (dim 1), got 4 in input [B, 4, 2, 2, 2]  [shape]
    tnn.BatchNorm3d(2)(d)  # E: Incompatible dtypes for "BatchNorm3d(2)": the layer is float32 and the input is float64 (convert one with .to(), e.g. .to(torch.float32))  [dtype]
    tnn.BatchNorm3d(2)(x4)  # E: "BatchNorm3d(2)" expects a 5-D input, got 4-D input [B, 2, 2, 2]  [shape]
    tnn.PReLU(3)(x)  # E: "PReLU(num_parameters=3)" expects 3 channels (dim 1), got 4 in input [B, 4, 2, 2, 2]  [shape]
    tnn.PReLU(2)(d)  # E: Incompatible dtypes for "PReLU(num_parameters=2)": the layer is float32 and the input is float64 (convert one with .to(), e.g. .to(torch.float32))  [dtype]
    tnn.Dropout1d(0.2)(x)  # E: "Dropout1d()" expects a 2-D (unbatched) or 3-D (batched) input, got 5-D input [B, 4, 2, 2, 2]  [shape]
    tnn.Dropout2d()(x)  # E: "Dropout2d()" expects a 3-D (unbatched) or 4-D (batched) input, got 5-D input [B, 4, 2, 2, 2]  [shape]


def recurrent(
    x: Tensor[CPU, Float32, L[5], B, L[10]],
    xb: Tensor[CPU, Float32, B, L[10]],
    h: Tensor[CPU, Float32, B, L[20]],
    h7: Tensor[CPU, Float32, B, L[7]],
    d: Tensor[CPU, Float64, B, L[10]],
) -> None:
    tnn.RNN(8, 20)(x)  # E: "RNN(8, 20)" expects input_size 8 (last dim), got 10 in input [5, B, 10]  [shape]
    tnn.RNN(10, 20)(xb.unsqueeze(0).unsqueeze(0).unsqueeze(0))  # E: "RNN(10, 20)" expects a 2-D (unbatched) or 3-D (batched) input, got 5-D input [1, 1, 1, B, 10]  [shape]
    tnn.RNNCell(8, 20)(xb)  # E: "RNNCell(8, 20)" expects input_size 8 (last dim), got 10 in input [B, 10]  [shape]
    tnn.RNNCell(10, 20)(xb, h7)  # E: "RNNCell(10, 20)" expects hx of shape [B, 20] (batch, hidden_size), got [B, 7]  [shape]
    tnn.RNNCell(10, 20)(d)  # E: Incompatible dtypes for "RNNCell(10, 20)": the layer is float32 and the input is float64 (convert one with .to(), e.g. .to(torch.float32))  [dtype]
    tnn.RNNCell(10, 20)(x)  # E: "RNNCell(10, 20)" expects a 1-D (unbatched) or 2-D (batched) input, got 3-D input [5, B, 10]  [shape]
    tnn.LSTMCell(8, 20)(xb)  # E: "LSTMCell(8, 20)" expects input_size 8 (last dim), got 10 in input [B, 10]  [shape]
    tnn.LSTMCell(10, 20)(xb, (h, h7))  # E: "LSTMCell(10, 20)" expects cx of shape [B, 20] (batch, hidden_size), got [B, 7]  [shape]
    tnn.LSTMCell(10, 20)(d)  # E: Incompatible dtypes for "LSTMCell(10, 20)": the layer is float32 and the input is float64 (convert one with .to(), e.g. .to(torch.float32))  [dtype]


def transformer(
    src: Tensor[CPU, Float32, L[5], B, L[32]], d: Tensor[CPU, Float64, L[5], B, L[16]]
) -> None:
    enc = tnn.TransformerEncoder(tnn.TransformerEncoderLayer(16, 4), num_layers=2)
    enc(src)  # E: "TransformerEncoderLayer(16, 4)" expects d_model 16 (last dim of src), got 32 in src [5, B, 32]  [shape]
    enc(d)  # E: Incompatible dtypes for "TransformerEncoderLayer(16, 4)": the layer is float32 and src is float64 (convert one with .to(), e.g. .to(torch.float32))  [dtype]


def activations(x: Tensor[CPU, Float32, B, L[10]]) -> None:
    tnn.LogSoftmax(dim=2)(x)  # E: Dimension out of range for "LogSoftmax(dim=2)": expected to be in range of [-2, 1], but got 2  [shape]
    tnn.LogSoftmax(dim=-3)(x)  # E: Dimension out of range for "LogSoftmax(dim=-3)": expected to be in range of [-2, 1], but got -3  [shape]


def losses(
    pred: Tensor[CPU, Float32, B, L[1]],
    target: Tensor[CPU, Float32, B],
    other: Tensor[CPU, Float32, B, L[2]],
    labels: Tensor[CPU, Float32, L[3], L[1]],
) -> None:
    tnn.L1Loss()(pred, target)  # E: Incompatible shapes for "l1_loss": input [B, 1] and target [B] must have the same shape: torch would broadcast them to [B, B] with only a warning (did you mean to .squeeze(-1) the input?)  [shape]
    tnn.L1Loss()(pred, other)  # E: Incompatible shapes for "l1_loss": input [B, 1] and target [B, 2] must have the same shape: torch would broadcast them to [B, 2] with only a warning  [shape]
    tnn.BCELoss()(pred, target)  # E: Incompatible shapes for "binary_cross_entropy": input [B, 1] and target [B] must have the same shape (did you mean to .squeeze(-1) the input?)  [shape]
    tnn.BCELoss()(pred, other)  # E: Incompatible shapes for "binary_cross_entropy": input [B, 1] and target [B, 2] must have the same shape  [shape]
    tnn.BCEWithLogitsLoss()(pred, target)  # E: Incompatible shapes for "binary_cross_entropy_with_logits": input [B, 1] and target [B] must have the same shape (did you mean to .squeeze(-1) the input?)  [shape]
    tnn.BCEWithLogitsLoss()(pred, labels)  # E: Incompatible shapes for "binary_cross_entropy_with_logits": input [B, 1] and target [3, 1] must have the same shape (cannot prove they are equal)  [shape-unproven]


def upsample(
    x2: Tensor[CPU, Float32, B, L[3]], x: Tensor[CPU, Float32, B, L[3], L[4], L[4]]
) -> None:
    tnn.Upsample(scale_factor=2)(x2)  # E: "interpolate" expects a 3-D, 4-D or 5-D input [N, C, ...] for mode 'nearest', got input [B, 3]  [shape]
    tnn.Upsample(size=(8, 8, 8))(x)  # E: "interpolate": input [B, 3, 4, 4] has 2 spatial dimensions but size has 3: (8 x 8 x 8)  [shape]
    tnn.Upsample(scale_factor=2, mode="bilinear")(x2)  # E: "interpolate": mode 'bilinear' needs a 4-D input [N, C, ...], got input [B, 3]  [shape]
    tnn.Upsample(scale_factor=2, mode="trilinear")(x)  # E: "interpolate": mode 'trilinear' needs a 5-D input [N, C, ...], got input [B, 3, 4, 4]  [shape]
