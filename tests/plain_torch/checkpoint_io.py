"""Saving and loading model and optimizer state with torch.save and torch.load."""

import io
import os
import tempfile

import torch
import torch.nn as nn

model = nn.Sequential(nn.Linear(4, 4), nn.LayerNorm(4), nn.Linear(4, 1))
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
checkpoint = {
    "epoch": 3,
    "model": model.state_dict(),
    "optimizer": optimizer.state_dict(),
}

buffer = io.BytesIO()
torch.save(checkpoint, buffer)
buffer.seek(0)
loaded = torch.load(buffer, map_location="cpu", weights_only=True)
fresh = nn.Sequential(nn.Linear(4, 4), nn.LayerNorm(4), nn.Linear(4, 1))
result = fresh.load_state_dict(loaded["model"], strict=True)
assert not result.missing_keys and not result.unexpected_keys
assert loaded["epoch"] == 3

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "weights.pt")
    torch.save(model.state_dict(), path)
    state = torch.load(path, map_location=torch.device("cpu"))
    partial = {k: v for k, v in state.items() if not k.startswith("2.")}
    missing, unexpected = fresh.load_state_dict(partial, strict=False)
    assert missing == ["2.weight", "2.bias"] and unexpected == []

for name, tensor in model.state_dict().items():
    assert torch.equal(tensor, loaded["model"][name])
