"""Creating tensors: factories, like-factories, from Python data and from NumPy."""

import numpy as np
import torch

g = torch.Generator().manual_seed(42)
a = torch.randn(2, 3, generator=g)
b = torch.rand(2, 3, dtype=torch.float64)
c = torch.zeros(size=(2, 3))
d = torch.ones(4, dtype=torch.int32, device="cpu")
e = torch.full((2, 2), 7.0)
f = torch.empty(3, 3).uniform_()
r = torch.arange(0, 10, 2)
lin = torch.linspace(0.0, 1.0, steps=5)
logs = torch.logspace(0, 2, steps=3)
eye = torch.eye(3)
ints = torch.randint(0, 5, (10,), dtype=torch.int64)
perm = torch.randperm(6)
like = torch.zeros_like(a)
like2 = torch.ones_like(b, dtype=torch.float32)
like3 = torch.full_like(a, 3.0)
like4 = torch.randn_like(a)
t1 = torch.tensor([[1, 2], [3, 4]])
t2 = torch.tensor([1.0, 2.0], requires_grad=True)
t3 = torch.as_tensor([1, 2, 3], dtype=torch.float32)
arr = np.arange(6, dtype=np.float32).reshape(2, 3)
from_np = torch.from_numpy(arr)
back = from_np.numpy()
assert back.shape == (2, 3)
grid_x, grid_y = torch.meshgrid(torch.arange(3), torch.arange(4), indexing="ij")
tri = torch.tril(torch.ones(3, 3))
assert r.tolist() == [0, 2, 4, 6, 8]
assert t1.dtype == torch.int64 and t2.dtype == torch.float32
assert grid_x.shape == (3, 4) and tri.sum().item() == 6.0
assert perm.sort().values.tolist() == list(range(6))
cloned = a.clone().detach().requires_grad_(True)
assert cloned.requires_grad and not like.requires_grad
assert torch.is_tensor(a) and torch.numel(a) == 6
stacked = torch.stack([a, like4], dim=0)
assert stacked.shape == (2, 2, 3)
