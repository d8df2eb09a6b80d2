"""Bug: numpy data is float64; it goes into a float32 model without `.float()`."""

from typing import Any
from typing import Literal as L

import numpy as np
import torch

import typedtorch as tt
import typedtorch.nn as tnn
from typedtorch import CPU, Float64, Tensor


def demo() -> None:
    model = tnn.Sequential(tnn.Linear(64, 32), tnn.ReLU(), tnn.Linear(32, 10))
    data = np.random.default_rng(0).random((16, 64))  # numpy's default dtype: float64
    x = tt.checked(torch.from_numpy(data), Tensor[CPU, Float64, Any, L[64]])
    model(x)  # BUG: dtype
