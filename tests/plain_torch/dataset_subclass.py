"""A map-style Dataset subclass, random_split, Subset and a DataLoader with a custom collate."""

import torch
from torch.utils.data import DataLoader, Dataset, Subset, random_split


class Squares(Dataset[tuple[torch.Tensor, torch.Tensor]]):
    def __init__(self, n: int) -> None:
        self.x = torch.arange(n, dtype=torch.float32)

    def __len__(self) -> int:
        return len(self.x)

    def __getitem__(self, index: int) -> tuple[torch.Tensor, torch.Tensor]:
        value = self.x[index]
        return value, value * value


def collate(batch: list[tuple[torch.Tensor, torch.Tensor]]) -> tuple[torch.Tensor, torch.Tensor]:
    xs, ys = zip(*batch, strict=True)
    return torch.stack(xs), torch.stack(ys)


dataset = Squares(20)
train_set, val_set = random_split(dataset, [15, 5], generator=torch.Generator().manual_seed(0))
first_five = Subset(dataset, indices=[0, 1, 2, 3, 4])
loader = DataLoader(train_set, batch_size=4, shuffle=True, collate_fn=collate, drop_last=False)
total = 0
for xb, yb in loader:
    assert xb.shape == yb.shape
    total += xb.shape[0]
assert total == 15
assert len(val_set) == 5 and len(first_five) == 5
default_loader = DataLoader(dataset, batch_size=8, num_workers=0, pin_memory=False)
batch_x, batch_y = next(iter(default_loader))
assert batch_x.shape[0] == 8
