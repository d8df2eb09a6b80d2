"""Module mistakes with torch's spelling, reported where they are written."""

from typing import Literal as L

import torch
import torch.nn as nn

from typedtorch import CUDA, Float32, Tensor

mlp = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(9, 2))  # E: Sequential layer 2 "Linear(9, 2)" cannot take the output of layer 1 "ReLU()": "Linear(9, 2)" expects last dim 9, got 8 in input [?, 8]  [shape]
cnn = nn.Sequential(nn.Conv2d(3, 16, 3), nn.BatchNorm2d(32), nn.ReLU())  # E: Sequential layer 1 "BatchNorm2d(32)" cannot take the output of layer 0 "Conv2d(3, 16, kernel_size=3)": "BatchNorm2d(32)" expects 32 channels (dim 1), got 16 in input [?, 16, ?, ?]  [shape]
late = nn.Sequential(nn.Flatten(), nn.Linear(12, 8), nn.Linear(4, 2))  # E: Sequential layer 2 "Linear(4, 2)" cannot take the output of layer 1 "Linear(12, 8)": "Linear(4, 2)" expects last dim 4, got 8 in input [?, 8]  [shape]


def made_in_forward(x: Tensor[CUDA, Float32, L[2], L[3]]) -> None:
    # A layer built inside forward is not moved with the model: it is on the default device.
    nn.Linear(3, 4)(x)  # E: Expected all tensors to be on the same device for "Linear(3, 4)": the layer is on cpu and the input is on cuda (move one with .to("cpu"))  [device]
