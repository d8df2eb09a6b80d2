"""Forward, forward-pre, backward and tensor hooks, and removing them."""

from typing import Any

import torch
import torch.nn as nn

activations: dict[str, torch.Tensor] = {}
grad_norms: list[float] = []


def save_activation(name: str) -> Any:
    def hook(module: nn.Module, inputs: tuple[torch.Tensor, ...], output: torch.Tensor) -> None:
        activations[name] = output.detach()

    return hook


def pre_hook(module: nn.Module, inputs: tuple[torch.Tensor, ...]) -> tuple[torch.Tensor, ...]:
    return tuple(t * 1.0 for t in inputs)


def backward_hook(
    module: nn.Module, grad_input: tuple[torch.Tensor, ...], grad_output: tuple[torch.Tensor, ...]
) -> None:
    grad_norms.append(float(grad_output[0].norm()))


model = nn.Sequential(nn.Linear(4, 6), nn.ReLU(), nn.Linear(6, 2))
handles = [
    model[0].register_forward_hook(save_activation("fc1")),
    model[0].register_forward_pre_hook(pre_hook),
    model[2].register_full_backward_hook(backward_hook),
]
x = torch.randn(3, 4, requires_grad=True)
x_grads: list[torch.Tensor] = []


def keep_grad(grad: torch.Tensor) -> torch.Tensor:
    x_grads.append(grad)
    return grad


tensor_handle = x.register_hook(keep_grad)
out = model(x)
out.sum().backward()
assert activations["fc1"].shape == (3, 6)
assert len(grad_norms) == 1 and len(x_grads) == 1
for h in handles:
    h.remove()
tensor_handle.remove()
model(x).sum().backward()
assert len(grad_norms) == 1
