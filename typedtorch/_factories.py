"""Tensor factories: `tt.zeros`, `tt.arange`, `tt.tensor`, `tt.zeros_like`, ...

At runtime each factory IS torch's own function: same names, same arguments, same results (plain
`torch.Tensor`s), and no call overhead at all. What typedtorch adds is static: the stub
`stubs/torch-stubs/_C/_VariableFunctions.pyi` gives each result its device and dtype kinds, and the mypy plugin its shape
(`tt.zeros(3, 4)` is a `Tensor[CPU, Float32, L[3], L[4]]`).
"""

from __future__ import annotations

import torch

zeros = torch.zeros
ones = torch.ones
empty = torch.empty
full = torch.full
rand = torch.rand
randn = torch.randn
randint = torch.randint
arange = torch.arange
linspace = torch.linspace
eye = torch.eye
tensor = torch.tensor
zeros_like = torch.zeros_like
ones_like = torch.ones_like
empty_like = torch.empty_like
full_like = torch.full_like
rand_like = torch.rand_like
randn_like = torch.randn_like

__all__ = [
    "arange",
    "empty",
    "empty_like",
    "eye",
    "full",
    "full_like",
    "linspace",
    "ones",
    "ones_like",
    "rand",
    "rand_like",
    "randint",
    "randn",
    "randn_like",
    "tensor",
    "zeros",
    "zeros_like",
]
