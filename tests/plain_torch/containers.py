"""ModuleList, ModuleDict, ParameterList, ParameterDict and an OrderedDict Sequential."""

from collections import OrderedDict

import torch
import torch.nn as nn


class Heads(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.blocks = nn.ModuleList([nn.Linear(4, 4) for _ in range(3)])
        self.heads = nn.ModuleDict({"cls": nn.Linear(4, 2), "reg": nn.Linear(4, 1)})
        self.scales = nn.ParameterList([nn.Parameter(torch.ones(1)) for _ in range(3)])
        self.extra = nn.ParameterDict({"bias": nn.Parameter(torch.zeros(4))})
        self.stem = nn.Sequential(
            OrderedDict([("fc", nn.Linear(4, 4)), ("act", nn.GELU(approximate="tanh"))])
        )

    def forward(self, x: torch.Tensor) -> dict[str, torch.Tensor]:
        x = self.stem(x) + self.extra["bias"]
        for block, scale in zip(self.blocks, self.scales, strict=True):
            x = block(x) * scale
        return {name: head(x) for name, head in self.heads.items()}


model = Heads()
model.blocks.append(nn.Linear(4, 4))
model.scales.append(nn.Parameter(torch.ones(1)))
out = model(torch.randn(5, 4))
assert out["cls"].shape == (5, 2) and out["reg"].shape == (5, 1)
names = [name for name, _ in model.named_modules()]
assert "heads.cls" in names and "stem.fc" in names
n_params = sum(p.numel() for p in model.parameters() if p.requires_grad)
assert n_params > 0
assert len(model.blocks) == 4 and isinstance(model.blocks[0], nn.Linear)
assert "cls" in model.heads and len(model.heads) == 2
for key in model.heads.keys():
    assert isinstance(key, str)
children = list(model.children())
assert len(children) == 5
