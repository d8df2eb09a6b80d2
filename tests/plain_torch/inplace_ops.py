"""In-place tensor operations and their interplay with autograd."""

import torch

a = torch.ones(3, 3)
a.add_(1).mul_(2).sub_(1, alpha=0.5)
a.clamp_(min=0.0, max=3.0)
a.div_(2, rounding_mode=None)
a.pow_(2)
assert a.shape == (3, 3)

b = torch.empty(3, 3)
b.copy_(a)
b.fill_(0.5)
b.zero_()
b.uniform_(-1, 1)
b.normal_(mean=0.0, std=1.0)
b.abs_().sqrt_()
b.t_()
b.unsqueeze_(0)
b.squeeze_(0)
assert b.shape == (3, 3)

c = torch.randn(4, requires_grad=True)
d = c * 2
d.relu_()
d.sum().backward()
assert c.grad is not None
c.grad.zero_()
c.data.mul_(0.5)

with torch.no_grad():
    c.add_(torch.ones(4))
    c -= 1
    c *= 3
    c /= 3
    c += torch.ones_like(c)
e = torch.zeros(2, 2, dtype=torch.int64)
e += 1
e *= 3
e //= 2
e %= 2
e |= 1
e &= 1
assert int(e.sum()) == 4
