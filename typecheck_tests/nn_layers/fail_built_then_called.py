"""Layers torch builds from bad literal arguments and rejects at the call: reported at the call."""

from typing import Literal as L

import torch.nn as nn
import torch.nn.functional as F

from typedtorch import CPU, Float32, Int64, Tensor


def zero_kernels(x: Tensor[CPU, Float32, L[1], L[3], L[5], L[5]]) -> None:
    nn.Conv2d(3, 8, 0)(x)  # E: "conv2d": kernel size should be greater than zero, got (0 x 0)  [shape]
    nn.Conv2d(3, 8, (3, 0))(x)  # E: "conv2d": kernel size should be greater than zero, got (3 x 0)  [shape]
    nn.ConvTranspose2d(3, 8, 0)(x)  # E: "conv_transpose2d": kernel size should be greater than zero, got (0 x 0)  [shape]


def negative_scale(x: Tensor[CPU, Float32, L[1], L[3], L[4], L[4]]) -> None:
    nn.Upsample(scale_factor=-2.0)(x)  # E: Incompatible shapes for "interpolate": input and output sizes should be greater than 0, got input [1, 3, 4, 4] and output size (-8 x -8)  [shape]
    F.interpolate(x, scale_factor=-0.5)  # E: Incompatible shapes for "interpolate": input and output sizes should be greater than 0, got input [1, 3, 4, 4] and output size (-2 x -2)  [shape]


def no_rows(i: Tensor[CPU, Int64, L[2], L[3]], empty: Tensor[CPU, Int64, L[0]]) -> None:
    nn.Embedding(0, 3)(i)  # E: "Embedding": the layer has no rows (num_embeddings=0), so every index of the input [2, 3] is out of range  [shape]
    nn.Embedding(0, 3)(empty)
