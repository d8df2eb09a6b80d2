"""Mixed precision on the CPU: autocast to bfloat16, a GradScaler left disabled."""

import torch
import torch.nn as nn
import torch.nn.functional as F

model = nn.Linear(8, 4)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
scaler = torch.amp.GradScaler("cpu", enabled=False)
x = torch.randn(5, 8)
target = torch.randint(0, 4, (5,))

with torch.autocast(device_type="cpu", dtype=torch.bfloat16):
    logits = model(x)
    assert logits.dtype == torch.bfloat16
    loss = F.cross_entropy(logits.float(), target)

optimizer.zero_grad()
scaler.scale(loss).backward()
scaler.unscale_(optimizer)
scaler.step(optimizer)
scaler.update()

with torch.amp.autocast("cpu", enabled=False):
    assert model(x).dtype == torch.float32


@torch.autocast("cpu", dtype=torch.bfloat16)
def forward_bf16(inp: torch.Tensor) -> torch.Tensor:
    return model(inp)


assert forward_bf16(x).dtype == torch.bfloat16
assert torch.is_autocast_enabled() is False
