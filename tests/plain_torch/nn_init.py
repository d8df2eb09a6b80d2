"""Weight initialisation with torch.nn.init, applied module by module."""

import math

import torch
import torch.nn as nn


def init_weights(m: nn.Module) -> None:
    if isinstance(m, nn.Linear):
        nn.init.xavier_uniform_(m.weight, gain=nn.init.calculate_gain("relu"))
        if m.bias is not None:
            nn.init.zeros_(m.bias)
    elif isinstance(m, nn.Conv2d):
        nn.init.kaiming_normal_(m.weight, mode="fan_out", nonlinearity="relu")
        if m.bias is not None:
            nn.init.constant_(m.bias, 0.1)
    elif isinstance(m, (nn.BatchNorm2d, nn.GroupNorm)):
        nn.init.ones_(m.weight)
        nn.init.zeros_(m.bias)


model = nn.Sequential(
    nn.Conv2d(3, 8, 3, padding=1),
    nn.BatchNorm2d(8),
    nn.ReLU(),
    nn.Flatten(),
    nn.Linear(8 * 4 * 4, 10),
)
model.apply(init_weights)

w = torch.empty(5, 7)
nn.init.uniform_(w, a=-0.1, b=0.1)
nn.init.normal_(w, mean=0.0, std=0.02)
nn.init.trunc_normal_(w, std=0.02, a=-2.0, b=2.0)
nn.init.orthogonal_(w)
nn.init.kaiming_uniform_(w, a=math.sqrt(5))
nn.init.eye_(w)
nn.init.xavier_normal_(w)
nn.init.sparse_(w, sparsity=0.5)
fan_in, fan_out = nn.init._calculate_fan_in_and_fan_out(w)
assert (fan_in, fan_out) == (7, 5)
with torch.no_grad():
    w.fill_(1.0)
assert float(w.sum()) == 35.0
