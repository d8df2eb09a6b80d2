"""Bug: initial GRU state made on the CPU for a GRU moved with .cuda().

Encoding sequences on the GPU with an explicit initial state, made on the GPU too."""

from typing import Literal as L
from typing import TypeVar

import torch
import torch.nn as nn

from typedtorch import CPU, Float32, Tensor

B = TypeVar("B", bound=int)
S = TypeVar("S", bound=int)


def encode_on_gpu(x: Tensor[CPU, Float32, B, S, L[32]]) -> torch.Tensor:
    gru = nn.GRU(input_size=32, hidden_size=64, batch_first=True).cuda()
    h0 = torch.zeros(1, x.size(0), 64)
    _, h_n = gru(x.cuda(), h0)  # E: Expected all tensors to be on the same device for "GRU(32, 64, batch_first=True)": the layer is on cuda and h_0 is on cpu (move one with .to("cuda"))  [device]
    return h_n.squeeze(0)


if __name__ == "__main__":
    if torch.cuda.is_available():
        assert encode_on_gpu(torch.randn(4, 10, 32)).shape == (4, 64)
