"""Layers built with arguments their constructor rejects: reported where they are built, with the
`layer-argument` code (torch raises there). Arguments torch only rejects when the layer is called
are reported at the call, as torch reports them."""

from typing import Literal as L
from typing import TypeVar

import torch.nn as nn

from typedtorch import CPU, Float32, Tensor

B = TypeVar("B", bound=int)

nn.Linear(-1, 3)  # E: "Linear(-1, 3)": in_features must be non-negative, got -1  [layer-argument]
nn.Linear(3, -2, bias=False)  # E: "Linear(3, -2)": out_features must be non-negative, got -2  [layer-argument]
nn.Bilinear(3, 3, -1)  # E: "Bilinear(3, 3, out_features=-1)": out_features must be non-negative, got -1  [layer-argument]
nn.Conv2d(-3, 8, 3)  # E: "Conv2d(-3, 8, kernel_size=3)": in_channels must be non-negative, got -3  [layer-argument]
nn.Conv2d(3, 8, (3, -1))  # E: "Conv2d(3, 8, kernel_size=(3, -1))": kernel_size must be non-negative, got -1  [layer-argument]
nn.Conv2d(3, 8, 3, groups=0)  # E: "Conv2d(3, 8, kernel_size=3, groups=0)": groups must be a positive integer, got 0  [layer-argument]
nn.Conv2d(3, 8, 3, groups=2)  # E: "Conv2d(3, 8, kernel_size=3, groups=2)": in_channels 3 must be divisible by groups 2  [layer-argument]
nn.Conv2d(4, 6, 3, groups=4)  # E: "Conv2d(4, 6, kernel_size=3, groups=4)": out_channels 6 must be divisible by groups 4  [layer-argument]
nn.Conv2d(3, 8, 3, padding="full")  # E: "Conv2d(3, 8, kernel_size=3, padding='full')": invalid padding string 'full', should be "same" or "valid"  [layer-argument]
nn.Conv2d(3, 8, 3, padding="same", stride=2)  # E: "Conv2d(3, 8, kernel_size=3, stride=2, padding='same')": padding="same" is not supported for strided convolutions  [layer-argument]
nn.Conv1d(3, 8, 3, padding_mode="mirror")  # E: "Conv1d(3, 8, kernel_size=3)": padding_mode must be one of "zeros", "reflect", "replicate" or "circular", got 'mirror'  [layer-argument]
nn.ConvTranspose2d(3, 8, 3, padding_mode="reflect")  # E: "ConvTranspose2d(3, 8, kernel_size=3)": only padding_mode="zeros" is supported for transposed convolutions, got 'reflect'  [layer-argument]
nn.ConvTranspose2d(4, 6, 3, groups=4)  # E: "ConvTranspose2d(4, 6, kernel_size=3, groups=4)": out_channels 6 must be divisible by groups 4  [layer-argument]
nn.Embedding(-1, 3)  # E: "Embedding(-1, 3)": num_embeddings must be non-negative, got -1  [layer-argument]
nn.Embedding(10, 3, padding_idx=10)  # E: "Embedding(10, 3)": padding_idx must be within num_embeddings, -10 through 9, got 10  [layer-argument]
nn.Embedding(10, 3, padding_idx=-11)  # E: "Embedding(10, 3)": padding_idx must be within num_embeddings, -10 through 9, got -11  [layer-argument]
nn.EmbeddingBag(5, 2, padding_idx=5)  # E: "EmbeddingBag(5, 2)": padding_idx must be within num_embeddings, -5 through 4, got 5  [layer-argument]
nn.BatchNorm2d(-1)  # E: "BatchNorm2d(-1)": num_features must be non-negative, got -1  [layer-argument]
nn.InstanceNorm2d(-4, affine=True)  # E: "InstanceNorm2d(-4, affine=True)": num_features must be non-negative, got -4  [layer-argument]
nn.LayerNorm((3, -1))  # E: "LayerNorm((3, -1))": normalized_shape must be non-negative, got -1  [layer-argument]
nn.RMSNorm(-2)  # E: "RMSNorm(-2)": normalized_shape must be non-negative, got -2  [layer-argument]
nn.GroupNorm(0, 4)  # E: "GroupNorm(0, 4)": num_groups must be positive, got 0  [layer-argument]
nn.GroupNorm(3, 4)  # E: "GroupNorm(3, 4)": num_channels 4 must be divisible by num_groups 3  [layer-argument]
nn.GroupNorm(2, -2)  # E: "GroupNorm(2, -2)": num_channels must be non-negative, got -2  [layer-argument]
nn.PReLU(-1)  # E: "PReLU(num_parameters=-1)": num_parameters must be non-negative, got -1  [layer-argument]
nn.Dropout(2.0)  # E: "Dropout()": dropout probability has to be between 0 and 1, but got 2.0  [layer-argument]
nn.Dropout2d(-0.1)  # E: "Dropout2d()": dropout probability has to be between 0 and 1, but got -0.1  [layer-argument]
nn.AlphaDropout(1.5)  # E: "AlphaDropout()": dropout probability has to be between 0 and 1, but got 1.5  [layer-argument]
nn.Hardtanh(1.0, 0.5)  # E: "Hardtanh()": max_val (0.5) must be greater than min_val (1.0)  [layer-argument]
nn.Hardtanh(min_value=2.0)  # E: "Hardtanh()": max_val (1.0) must be greater than min_val (2.0)  [layer-argument]
nn.MultiMarginLoss(p=3)  # E: "MultiMarginLoss(p=3)": only p == 1 and p == 2 are supported, got p=3  [layer-argument]
nn.TripletMarginLoss(margin=0.0)  # E: "TripletMarginLoss()": margin must be greater than 0, got 0.0  [layer-argument]
nn.LSTM(-1, 4)  # E: "LSTM(-1, 4)": input_size must be greater than zero, got -1  [layer-argument]
nn.MultiheadAttention(10, 3)  # E: "MultiheadAttention(10, 3)": embed_dim 10 must be divisible by num_heads 3  [layer-argument]

# torch builds these; without a parameter or buffer to create, negative sizes are not used.
nn.BatchNorm1d(-1, affine=False, track_running_stats=False)
nn.LayerNorm(-1, elementwise_affine=False)
nn.InstanceNorm1d(-1)
nn.Dropout(1.0)
nn.Hardtanh(-2.0, 2.0)


def called(x: Tensor[CPU, Float32, B, L[3], L[8], L[8]]) -> None:
    nn.Conv2d(3, 8, 3, stride=0)(x)  # E: "conv2d" expects stride to be positive, got stride=(0, 0)  [shape]
    nn.Conv2d(3, 8, 3, dilation=0)(x)  # E: "conv2d" expects dilation to be positive, got dilation=(0, 0)  [shape]
    nn.Conv2d(3, 8, 3, padding=-1)(x)  # E: "conv2d" expects padding to be non-negative, got padding=(-1, -1)  [shape]
    nn.MaxPool2d(0)(x)  # E: "max_pool2d" expects kernel_size to be positive, got kernel_size=(0, 0)  [shape]
    nn.MaxPool2d(2, stride=0)(x)  # E: "max_pool2d" expects stride to be positive, got stride=(0, 0)  [shape]
    nn.AvgPool2d(0)(x)  # E: "avg_pool2d" expects kernel_size to be positive, got kernel_size=(0, 0)  [shape]
    nn.PixelShuffle(0)(x)  # E: "PixelShuffle(0)" expects a positive upscale_factor, got 0  [shape]
    nn.ChannelShuffle(0)(x)  # E: "ChannelShuffle(0)" expects a positive groups, got 0  [shape]
    nn.Unfold(0)(x)  # E: "Unfold(kernel_size=0)" expects kernel_size to be positive, got kernel_size=(0, 0)  [shape]


def annotated(
    conv: nn.Conv2d[L[3], L[8], L[3], L[1], L[0], L[1], L[0], CPU, Float32],
    convt: nn.ConvTranspose2d[L[3], L[8], L[3], L[1], L[0], L[0], L[0], L[1], CPU, Float32],
    x: Tensor[CPU, Float32, B, L[3], L[8], L[8]],
) -> None:
    conv(x)  # E: "Conv2d(3, 8, kernel_size=3, groups=0)": groups must be a positive integer, got 0  [shape]
    convt(x)  # E: "ConvTranspose2d(3, 8, kernel_size=3, groups=0)": groups must be a positive integer, got 0  [shape]
