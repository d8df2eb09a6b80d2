"""Parametrizations: weight and spectral norm, and a custom registered parametrization."""

import torch
import torch.nn as nn
from torch.nn.utils import parametrize
from torch.nn.utils.parametrizations import orthogonal, spectral_norm, weight_norm


class Symmetric(nn.Module):
    def forward(self, X: torch.Tensor) -> torch.Tensor:
        return X.triu() + X.triu(1).transpose(-1, -2)


layer = weight_norm(nn.Linear(4, 4), name="weight", dim=0)
assert layer(torch.randn(2, 4)).shape == (2, 4)
sn = spectral_norm(nn.Linear(4, 4), n_power_iterations=1)
assert sn(torch.randn(2, 4)).shape == (2, 4)
sym = nn.Linear(3, 3)
parametrize.register_parametrization(sym, "weight", Symmetric())
assert torch.allclose(sym.weight, sym.weight.T)
assert parametrize.is_parametrized(sym)
parametrize.remove_parametrizations(sym, "weight", leave_parametrized=True)
assert not parametrize.is_parametrized(sym)
q = orthogonal(nn.Linear(3, 3))
eye = q.weight @ q.weight.T
assert torch.allclose(eye, torch.eye(3), atol=1e-5)
