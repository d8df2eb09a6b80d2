"""Reductions and sorting: sum, mean, std, max with indices, topk, cumulative ops."""

import torch

x = torch.randn(4, 5)
assert x.sum(dim=1, keepdim=True).shape == (4, 1)
assert x.mean(dim=(0, 1)).dim() == 0
assert x.std(unbiased=False).dim() == 0
assert x.var(dim=0, correction=0).shape == (5,)
values, indices = x.max(dim=1)
assert values.shape == (4,) and indices.dtype == torch.int64
result = torch.min(x, dim=0, keepdim=True)
assert result.values.shape == (1, 5) and result.indices.shape == (1, 5)
assert x.argmax(dim=1).shape == (4,)
top = torch.topk(x, k=2, dim=1, largest=True, sorted=True)
assert top.values.shape == (4, 2)
sorted_x, order = torch.sort(x, dim=1, descending=True)
assert sorted_x.shape == order.shape
assert x.cumsum(dim=1).shape == x.shape
assert torch.logsumexp(x, dim=1).shape == (4,)
assert x.norm(p=2, dim=1).shape == (4,)
assert torch.linalg.vector_norm(x, ord=2, dim=-1).shape == (4,)
assert x.abs().max().item() >= 0
assert x.prod(dim=0).shape == (5,)
assert torch.median(x).dim() == 0
assert torch.quantile(x, 0.5, dim=1).shape == (4,)
assert bool((x > 0).any()) or bool((x <= 0).all())
assert torch.count_nonzero(x > 0).dim() == 0
uniq, counts = torch.unique(torch.tensor([1, 2, 2, 3]), return_counts=True)
assert uniq.tolist() == [1, 2, 3] and counts.tolist() == [1, 2, 1]
assert torch.amax(x, dim=(0, 1)).dim() == 0
std, mean = torch.std_mean(x, dim=0)
assert std.shape == mean.shape == (5,)
