"""torch.compile on a module and a function (compiled code runs only as a script)."""

import torch
import torch.nn as nn


class Block(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.fc = nn.Linear(8, 8)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return torch.relu(self.fc(x)) + x


def fused(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    return torch.sin(a) * torch.cos(b)


model = Block()
compiled_model = torch.compile(model, backend="eager", dynamic=False)
compiled_fn = torch.compile(fused, fullgraph=True, backend="eager")


@torch.compile(mode="default", backend="eager")
def decorated(x: torch.Tensor) -> torch.Tensor:
    return x * 2


if __name__ == "__main__":
    x = torch.randn(4, 8)
    assert compiled_model(x).shape == (4, 8)
    assert torch.allclose(compiled_fn(x, x), fused(x, x))
    assert torch.equal(decorated(x), x * 2)
    torch._dynamo.reset()
