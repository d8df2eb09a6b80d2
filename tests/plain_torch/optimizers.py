"""Optimizers with parameter groups, their state dicts and per-group learning rates."""

import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
backbone, head = model[0], model[2]
optimizer = torch.optim.AdamW(
    [
        {"params": backbone.parameters(), "lr": 1e-3},
        {"params": head.parameters(), "lr": 1e-2, "weight_decay": 0.0},
    ],
    lr=1e-3,
    betas=(0.9, 0.999),
    eps=1e-8,
    weight_decay=0.01,
    amsgrad=False,
)
for group in optimizer.param_groups:
    group["lr"] = group["lr"] * 0.5

x = torch.randn(16, 4)
loss = model(x).pow(2).mean()
loss.backward()
optimizer.step()
optimizer.zero_grad()

state = optimizer.state_dict()
restored = torch.optim.AdamW(
    [{"params": backbone.parameters()}, {"params": head.parameters()}], lr=1e-3
)
restored.load_state_dict(state)
assert len(restored.param_groups) == 2

adam = torch.optim.Adam(model.parameters(), lr=3e-4, betas=(0.9, 0.98), fused=None)
sgd = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9, weight_decay=5e-4)
rms = torch.optim.RMSprop(model.parameters(), lr=0.01, alpha=0.99)
adagrad = torch.optim.Adagrad(model.parameters(), lr=0.01)
for opt in (adam, sgd, rms, adagrad):
    opt.zero_grad()
    model(x).sum().backward()
    opt.step()
assert optimizer.defaults["lr"] == 1e-3
first_param = next(iter(model.parameters()))
assert isinstance(optimizer.state[first_param], dict) or first_param not in optimizer.state
