"""Gradient modes as decorators and context managers."""

import torch
import torch.nn as nn

model = nn.Linear(3, 3)


@torch.no_grad()
def evaluate(x: torch.Tensor) -> torch.Tensor:
    return model(x)


@torch.inference_mode()
def predict(x: torch.Tensor) -> torch.Tensor:
    return model(x).argmax(dim=-1)


@torch.enable_grad()
def needs_grad(x: torch.Tensor) -> torch.Tensor:
    return model(x)


x = torch.randn(2, 3)
assert not evaluate(x).requires_grad
assert predict(x).dtype == torch.int64
with torch.no_grad():
    assert needs_grad(x).requires_grad
    assert not torch.is_grad_enabled()
with torch.set_grad_enabled(False):
    assert not model(x).requires_grad
with torch.inference_mode(mode=False):
    assert model(x).requires_grad
prev = torch.is_grad_enabled()
torch.set_grad_enabled(True)
assert torch.is_grad_enabled() == prev
with torch.autograd.no_grad():
    y = model(x) * 2
assert not y.requires_grad
assert not torch.is_inference_mode_enabled()
