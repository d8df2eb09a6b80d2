"""Bug: int64 features from Python ints into nn.Linear.

Count features built from Python ints: `torch.tensor` makes them int64; the model is float32."""

from typing import Any
from typing import Literal as L

import torch
import torch.nn as nn

from typedtorch import CPU, Float32, Tensor

model = nn.Sequential(nn.Linear(3, 16), nn.ReLU(), nn.Linear(16, 1))


def score(rows: list[list[int]]) -> Tensor[CPU, Float32, Any, L[1]]:
    features = torch.tensor(rows)
    return model(features)  # E: Sequential layer 0 "Linear(3, 16)" cannot take the input: Incompatible dtypes for "Linear(3, 16)": the layer is float32 and the input is int64 (convert one with .to(), e.g. .to(torch.float32))  [dtype]


if __name__ == "__main__":
    assert score([[3, 0, 12], [1, 1, 4]]).shape == (2, 1)
