"""Encoding sequences on the GPU with an explicit initial state, made on the GPU too."""

from typing import Literal as L
from typing import TypeVar

import torch
import torch.nn as nn

from typedtorch import CPU, Float32, Tensor

B = TypeVar("B", bound=int)
S = TypeVar("S", bound=int)


def encode_on_gpu(x: Tensor[CPU, Float32, B, S, L[32]]) -> torch.Tensor:
    gru = nn.GRU(input_size=32, hidden_size=64, batch_first=True).cuda()
    h0 = torch.zeros(1, x.size(0), 64, device="cuda")
    _, h_n = gru(x.cuda(), h0)
    return h_n.squeeze(0)


if __name__ == "__main__":
    if torch.cuda.is_available():
        assert encode_on_gpu(torch.randn(4, 10, 32)).shape == (4, 64)
