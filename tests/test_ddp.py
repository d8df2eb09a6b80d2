"""A typed model trains under DistributedDataParallel (gloo, 2 CPU processes)."""

from __future__ import annotations

import socket
from pathlib import Path

import torch
import torch.distributed as dist
import torch.multiprocessing as mp
from torch.nn.parallel import DistributedDataParallel

import typedtorch.nn as tnn

WORLD = 2


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Net(tnn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.lstm = tnn.LSTM(3, 6, batch_first=True)
        self.fc = tnn.Linear(6, 2)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        out, _ = self.lstm(x)
        return self.fc(out[:, -1])


def _train(rank: int, port: int, out_dir: str) -> None:
    dist.init_process_group(
        "gloo", init_method=f"tcp://127.0.0.1:{port}", rank=rank, world_size=WORLD
    )
    try:
        torch.manual_seed(rank)  # different initial weights: DDP must broadcast rank 0's
        model = DistributedDataParallel(Net())
        opt = torch.optim.SGD(model.parameters(), lr=0.1)
        g = torch.Generator().manual_seed(100 + rank)  # each rank sees its own data
        for _ in range(3):
            x, y = torch.randn(4, 5, 3, generator=g), torch.randn(4, 2, generator=g)
            opt.zero_grad()
            torch.nn.functional.mse_loss(model(x), y).backward()
            opt.step()
        torch.save(model.module.state_dict(), Path(out_dir) / f"rank{rank}.pt")
    finally:
        dist.destroy_process_group()


def test_ddp_keeps_typed_model_replicas_equal(tmp_path: Path) -> None:
    mp.spawn(_train, args=(_free_port(), str(tmp_path)), nprocs=WORLD, join=True)
    states = [torch.load(tmp_path / f"rank{r}.pt", weights_only=True) for r in range(WORLD)]
    assert states[0].keys() == states[1].keys()
    for key in states[0]:
        torch.testing.assert_close(
            states[1][key], states[0][key], msg=f"{key} differs across ranks"
        )
    # The replicas did train: not rank 0's initial weights any more.
    torch.manual_seed(0)
    initial = Net().state_dict()
    assert any(not torch.equal(initial[k], states[0][k]) for k in initial)
