"""Activation checkpointing of a block and of a Sequential in segments."""

import torch
import torch.nn as nn
from torch.utils.checkpoint import checkpoint, checkpoint_sequential

block = nn.Sequential(nn.Linear(8, 8), nn.GELU(), nn.Linear(8, 8))
x = torch.randn(4, 8, requires_grad=True)
out = checkpoint(block, x, use_reentrant=False)
assert isinstance(out, torch.Tensor)
out.sum().backward()
assert x.grad is not None

deep = nn.Sequential(*[nn.Linear(8, 8) for _ in range(4)])
y = checkpoint_sequential(deep, 2, x, use_reentrant=False)
y.sum().backward()


def two_layer(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    return torch.tanh(a) * b


z = checkpoint(two_layer, x, x, use_reentrant=False, preserve_rng_state=True)
assert z.shape == (4, 8)
