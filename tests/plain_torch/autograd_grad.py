"""torch.autograd.grad, higher-order gradients, retain_graph and functional Jacobians."""

import torch
from torch.autograd.functional import hessian, jacobian

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = (x**3).sum()
(dy_dx,) = torch.autograd.grad(y, x, create_graph=True)
assert torch.allclose(dy_dx, 3 * x.detach() ** 2)
(d2y,) = torch.autograd.grad(dy_dx.sum(), x)
assert torch.allclose(d2y, 6 * x.detach())

w = torch.randn(3, requires_grad=True)
loss = (w * x).sum()
loss.backward(retain_graph=True)
loss.backward(retain_graph=True)
assert w.grad is not None
w.grad = None
torch.autograd.backward([loss], grad_tensors=[torch.tensor(1.0)])

J = jacobian(lambda t: t**2, torch.ones(3))
assert J.shape == (3, 3)
H = hessian(lambda t: (t**3).sum(), torch.ones(2))
assert H.shape == (2, 2)
v = torch.ones(3)
v.requires_grad_()
out = v.exp().sum()
out.backward(gradient=torch.tensor(2.0))
assert v.grad is not None and v.is_leaf
assert out.grad_fn is not None
with torch.autograd.set_detect_anomaly(True):
    (v * 2).sum().backward()
