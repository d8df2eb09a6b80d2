"""Bug: the model was moved to the GPU; the batch was not."""

from typing import Any
from typing import Literal as L

import torch

import typedtorch as tt
import typedtorch.nn as tnn
from typedtorch import CPU, Float32, Tensor


def demo() -> None:
    model = tnn.Sequential(tnn.Linear(64, 32), tnn.ReLU(), tnn.Linear(32, 10)).to(tt.cuda)
    x = tt.checked(torch.randn(16, 64), Tensor[CPU, Float32, Any, L[64]])
    model(x)  # BUG: device
