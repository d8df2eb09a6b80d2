"""A small regression MLP trained with SGD and a mean-squared-error loss."""

import torch
import torch.nn as nn

torch.manual_seed(0)


class MLP(nn.Module):
    def __init__(self, in_features: int, hidden: int, out_features: int) -> None:
        super().__init__()
        self.net = nn.Sequential(
            nn.Linear(in_features, hidden),
            nn.ReLU(),
            nn.Linear(hidden, hidden),
            nn.Tanh(),
            nn.Linear(hidden, out_features),
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.net(x)


def train(steps: int = 20) -> float:
    model = MLP(8, 16, 1)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9, nesterov=True)
    loss_fn = nn.MSELoss()
    x = torch.randn(64, 8)
    y = x.sum(dim=1, keepdim=True)
    loss = torch.tensor(0.0)
    model.train()
    for _ in range(steps):
        optimizer.zero_grad(set_to_none=True)
        pred = model(x)
        loss = loss_fn(pred, y)
        loss.backward()
        optimizer.step()
    model.eval()
    return loss.item()


final_loss = train()
assert final_loss < 10.0
