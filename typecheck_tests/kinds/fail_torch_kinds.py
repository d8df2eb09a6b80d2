"""Device and dtype errors with torch's own spellings."""

import torch
import torch.nn as nn

x = torch.randn(2, 3)


def moved_model() -> None:
    model = nn.Linear(3, 4).to("cuda")
    model(x)  # E: Expected all tensors to be on the same device for "Linear(3, 4)": the layer is on cuda and the input is on cpu (move one with .to("cuda"))  [device]


def double_data() -> None:
    model = nn.Linear(3, 4)
    model(x.to(torch.float64))  # E: Incompatible dtypes for "Linear(3, 4)": the layer is float32 and the input is float64 (convert one with .to(), e.g. .to(torch.float32))  [dtype]


def device_object() -> None:
    a = torch.zeros(2, 3, device=torch.device("cuda"))
    a + x  # E: Expected all tensors to be on the same device for "add": self is on cuda and other is on cpu (move one with .to("cuda"))  [device]
