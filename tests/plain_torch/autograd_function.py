"""A custom autograd Function with saved tensors, checked with gradcheck."""

from typing import Any

import torch
from torch.autograd import Function, gradcheck


class Cube(Function):
    @staticmethod
    def forward(ctx: Any, x: torch.Tensor) -> torch.Tensor:
        ctx.save_for_backward(x)
        return x**3

    @staticmethod
    def backward(ctx: Any, grad_output: torch.Tensor) -> torch.Tensor:
        (x,) = ctx.saved_tensors
        return grad_output * 3 * x**2


class ScaleGrad(torch.autograd.Function):
    @staticmethod
    def forward(ctx: Any, x: torch.Tensor, scale: float) -> torch.Tensor:
        ctx.scale = scale
        return x.view_as(x)

    @staticmethod
    def backward(ctx: Any, grad_output: torch.Tensor) -> tuple[torch.Tensor, None]:
        return grad_output * ctx.scale, None


x = torch.randn(5, dtype=torch.float64, requires_grad=True)
y = Cube.apply(x)
y.sum().backward()
assert x.grad is not None and torch.allclose(x.grad, 3 * x.detach() ** 2)
assert gradcheck(Cube.apply, (x,), eps=1e-6, atol=1e-4)
z = torch.ones(3, requires_grad=True)
ScaleGrad.apply(z, 0.5).sum().backward()
assert z.grad is not None and torch.allclose(z.grad, torch.full((3,), 0.5))
