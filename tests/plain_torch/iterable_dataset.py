"""An IterableDataset that splits its range across DataLoader workers."""

import math
from collections.abc import Iterator

import torch
from torch.utils.data import DataLoader, IterableDataset, get_worker_info


class RangeStream(IterableDataset[torch.Tensor]):
    def __init__(self, start: int, end: int) -> None:
        super().__init__()
        self.start = start
        self.end = end

    def __iter__(self) -> Iterator[torch.Tensor]:
        info = get_worker_info()
        if info is None:
            lo, hi = self.start, self.end
        else:
            per_worker = int(math.ceil((self.end - self.start) / float(info.num_workers)))
            lo = self.start + info.id * per_worker
            hi = min(lo + per_worker, self.end)
        for i in range(lo, hi):
            yield torch.tensor([i, i * 2])


stream = RangeStream(0, 10)
loader = DataLoader(stream, batch_size=3)
batches = [b for b in loader]
assert sum(b.shape[0] for b in batches) == 10
assert batches[0].dtype == torch.int64
