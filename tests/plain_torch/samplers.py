"""Samplers, batch samplers, TensorDataset, ConcatDataset and default_collate."""

import torch
from torch.utils.data import (
    BatchSampler,
    ConcatDataset,
    DataLoader,
    RandomSampler,
    SequentialSampler,
    SubsetRandomSampler,
    TensorDataset,
    WeightedRandomSampler,
    default_collate,
)

features = torch.randn(12, 3)
targets = torch.randint(0, 2, (12,))
data = TensorDataset(features, targets)
weights = torch.where(targets == 1, 2.0, 1.0)
sampler = WeightedRandomSampler(weights.tolist(), num_samples=12, replacement=True)
loader = DataLoader(data, batch_size=4, sampler=sampler)
for xb, yb in loader:
    assert xb.shape[1] == 3 and yb.dim() == 1

subset_sampler = SubsetRandomSampler(list(range(6)), generator=torch.Generator().manual_seed(1))
batches = list(BatchSampler(subset_sampler, batch_size=4, drop_last=False))
assert [len(b) for b in batches] == [4, 2]
assert list(SequentialSampler(range(3))) == [0, 1, 2]
assert len(list(RandomSampler(data, num_samples=5))) == 5
batch_loader = DataLoader(data, batch_sampler=BatchSampler(SequentialSampler(data), 5, False))
assert sum(xb.shape[0] for xb, _ in batch_loader) == 12

both = ConcatDataset([data, data])
assert len(both) == 24
collated = default_collate([(torch.zeros(2), 1), (torch.ones(2), 0)])
assert collated[0].shape == (2, 2)
assert isinstance(loader.dataset, TensorDataset) and loader.batch_size == 4
