"""Basic, boolean and advanced indexing; gather, scatter and masked operations."""

import torch

x = torch.arange(24, dtype=torch.float32).reshape(2, 3, 4)
assert x[0].shape == (3, 4)
assert x[:, 1].shape == (2, 4)
assert x[..., -1].shape == (2, 3)
assert x[:, None, :, 1:3].shape == (2, 1, 3, 2)
assert x[1, 2, 3].item() == 23.0

mask = x > 10
assert x[mask].numel() == 13
idx = torch.tensor([0, 2])
assert x[:, idx].shape == (2, 2, 4)
assert x.index_select(2, idx).shape == (2, 3, 2)
picked = torch.gather(x, 2, torch.zeros(2, 3, 1, dtype=torch.long))
assert picked.shape == (2, 3, 1)

y = torch.zeros(3, 5)
y.scatter_(1, torch.tensor([[0], [2], [4]]), 1.0)
assert y.sum().item() == 3.0
z = torch.zeros(5).index_add_(0, torch.tensor([0, 0, 3]), torch.tensor([1.0, 2.0, 3.0]))
assert z[0].item() == 3.0

filled = x.masked_fill(mask, 0.0)
where = torch.where(mask, x, torch.zeros_like(x))
assert torch.equal(filled + where, x)
nz = torch.nonzero(mask, as_tuple=False)
assert nz.shape[1] == 3
rows, cols = torch.nonzero(y, as_tuple=True)
assert rows.tolist() == [0, 1, 2]
x[0, 0, 0] = 100.0
x[1] = torch.ones(3, 4)
x[:, :, 0] += 1
assert torch.take(x, torch.tensor([0])).item() == 101.0
