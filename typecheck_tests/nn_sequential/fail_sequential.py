"""Sequential: a mismatch names the layer and the layer that fed it."""

from typing import Literal as L
from typing import TypeVar

import typedtorch as tt
import typedtorch.nn as tnn
from typedtorch import CPU, Float32, Tensor

B = TypeVar("B", bound=int)


def mlp(x: Tensor[CPU, Float32, B, L[784]]) -> None:
    # Reported where it is built (the layers cannot fit whatever the input); the call is then
    # unknown, and reports nothing more.
    model = tnn.Sequential(tnn.Linear(784, 128), tnn.ReLU(), tnn.Linear(64, 10))  # E: Sequential layer 2 "Linear(64, 10)" cannot take the output of layer 1 "ReLU()": "Linear(64, 10)" expects last dim 64, got 128 in input [?, 128]  [shape]
    model(x)


def first(x: Tensor[CPU, Float32, B, L[100]]) -> None:
    tnn.Sequential(tnn.Linear(784, 128), tnn.ReLU())(x)  # E: Sequential layer 0 "Linear(784, 128)" cannot take the input: "Linear(784, 128)" expects last dim 784, got 100 in input [B, 100]  [shape]


def cnn(x: Tensor[CPU, Float32, B, L[1], L[28], L[28]]) -> None:
    model = tnn.Sequential(
        tnn.Conv2d(1, 20, kernel_size=5),
        tnn.MaxPool2d(2),
        tnn.Flatten(),
        tnn.Linear(20 * 12 * 12 + 1, 10),
    )
    model(x)  # E: Sequential layer 3 "Linear(2881, 10)" cannot take the output of layer 2 "Flatten()": "Linear(2881, 10)" expects last dim 2881, got 2880 in input [B, 2880]  [shape]


def device(x: Tensor[CPU, Float32, B, L[8]]) -> None:
    tnn.Sequential(tnn.Linear(8, 4)).cuda()(x)  # E: Sequential layer 0 "Linear(8, 4)" cannot take the input: Expected all tensors to be on the same device for "Linear(8, 4)": the layer is on cuda and the input is on cpu (move one with .to("cuda"))  [device]
