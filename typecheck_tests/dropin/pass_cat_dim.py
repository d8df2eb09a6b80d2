"""A two-tower recommender: user and item embeddings, concatenated feature-wise."""

from typing import TypeVar

import torch
import torch.nn as nn

from typedtorch import CPU, Float32, Int64, Tensor

B = TypeVar("B", bound=int)


class TwoTower(nn.Module):
    def __init__(self, num_users: int = 100, num_items: int = 500) -> None:
        super().__init__()
        self.users = nn.Embedding(num_users, 32)
        self.items = nn.Embedding(num_items, 16)
        self.mlp = nn.Sequential(nn.Linear(32 + 16, 32), nn.ReLU(), nn.Linear(32, 1))

    def forward(self, users: Tensor[CPU, Int64, B], items: Tensor[CPU, Int64, B]) -> Tensor[CPU, Float32, B]:
        x = torch.cat([self.users(users), self.items(items)], dim=1)
        return self.mlp(x).squeeze(-1)


if __name__ == "__main__":
    model = TwoTower()
    scores = model(torch.randint(0, 100, (8,)), torch.randint(0, 500, (8,)))
    assert scores.shape == (8,)
