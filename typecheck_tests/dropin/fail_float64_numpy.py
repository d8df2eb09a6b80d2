"""Bug: float64 numpy data into a float32 model.

Tabular regression on features loaded with numpy, whose default dtype is float64.

The model's parameters are float32: convert the data with `.float()` where it enters.
"""

from typing import Any
from typing import Literal as L

import numpy as np
import torch
import torch.nn as nn

from typedtorch import CPU, Float32, Float64, Tensor


def load_features(n: int) -> Tensor[CPU, Float64, Any, L[8]]:
    data = np.random.default_rng(0).normal(size=(n, 8))
    return torch.from_numpy(data)


model = nn.Sequential(nn.Linear(8, 32), nn.ReLU(), nn.Linear(32, 1))


def predict(n: int) -> Tensor[CPU, Float32, Any, L[1]]:
    x = load_features(n)
    return model(x)  # E: Sequential layer 0 "Linear(8, 32)" cannot take the input: Incompatible dtypes for "Linear(8, 32)": the layer is float32 and the input is float64 (convert one with .to(), e.g. .to(torch.float32))  [dtype]


if __name__ == "__main__":
    assert predict(10).shape == (10, 1)
