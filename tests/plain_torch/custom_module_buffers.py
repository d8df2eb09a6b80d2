"""A module with buffers, a custom extra_repr, state_dict keys and parameter counting."""

import torch
import torch.nn as nn


class RunningNorm(nn.Module):
    running_mean: torch.Tensor

    def __init__(self, features: int, momentum: float = 0.1) -> None:
        super().__init__()
        self.momentum = momentum
        self.scale = nn.Parameter(torch.ones(features))
        self.register_buffer("running_mean", torch.zeros(features))
        self.register_buffer("steps", torch.tensor(0), persistent=False)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if self.training:
            with torch.no_grad():
                self.running_mean.mul_(1 - self.momentum).add_(self.momentum * x.mean(0))
        return (x - self.running_mean) * self.scale

    def extra_repr(self) -> str:
        return f"features={self.scale.numel()}, momentum={self.momentum}"


norm = RunningNorm(4)
norm(torch.randn(8, 4))
assert set(norm.state_dict()) == {"scale", "running_mean"}
assert [name for name, _ in norm.named_buffers()] == ["running_mean", "steps"]
assert "momentum=0.1" in repr(norm)
assert sum(p.numel() for p in norm.parameters()) == 4
norm.requires_grad_(False)
assert not norm.scale.requires_grad
norm.zero_grad()
copy = RunningNorm(4)
copy.load_state_dict(norm.state_dict())
assert torch.equal(copy.running_mean, norm.running_mean)
assert norm.get_buffer("running_mean") is norm.running_mean
