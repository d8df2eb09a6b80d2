"""Gradient clipping and flattening parameters into a vector and back."""

import torch
import torch.nn as nn
from torch.nn.utils import (
    clip_grad_norm_,
    clip_grad_value_,
    parameters_to_vector,
    vector_to_parameters,
)

model = nn.Sequential(nn.Linear(5, 5), nn.Tanh(), nn.Linear(5, 1))
(model(torch.randn(8, 5)) * 1000).sum().backward()
total_norm = clip_grad_norm_(model.parameters(), max_norm=1.0, norm_type=2.0)
assert total_norm.item() > 0
clip_grad_value_(model.parameters(), clip_value=0.1)
nn.utils.clip_grad_norm_(model.parameters(), 0.5, error_if_nonfinite=True)
for p in model.parameters():
    if p.grad is not None:
        assert p.grad.abs().max() <= 0.1 + 1e-6

flat = parameters_to_vector(model.parameters())
vector_to_parameters(torch.zeros_like(flat), model.parameters())
assert all(float(p.abs().sum()) == 0.0 for p in model.parameters())
