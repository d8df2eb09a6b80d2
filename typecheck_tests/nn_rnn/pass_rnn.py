"""Recurrent layers: output, h_n, c_n shapes from literal configuration; symbolic L and N."""

from typing import Literal as L
from typing import TypeVar, reveal_type

import typedtorch.nn as tnn
from typedtorch import CPU, Float32, Tensor

N = TypeVar("N", bound=int)
S = TypeVar("S", bound=int)


def literal_lstm(x: Tensor[CPU, Float32, L[5], L[3], L[10]]) -> Tensor[CPU, Float32, L[5], L[3], L[20]]:
    lstm = tnn.LSTM(10, 20)
    reveal_type(lstm)  # N: Revealed type is "torch.nn.modules.rnn.LSTM[Literal[10], Literal[20], Literal[1], Literal[False], Literal[False], Literal[0], typedtorch._devices.CPU, typedtorch._dtypes.Float32]"
    out, (h_n, c_n) = lstm(x)
    reveal_type(out)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[5], Literal[3], Literal[20]]"
    reveal_type(h_n)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[1], Literal[3], Literal[20]]"
    reveal_type(c_n)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[1], Literal[3], Literal[20]]"
    return out


def symbolic_batch_first(
    x: Tensor[CPU, Float32, N, S, L[8]],
    h: Tensor[CPU, Float32, L[4], N, L[16]],
    c: Tensor[CPU, Float32, L[4], N, L[16]],
) -> Tensor[CPU, Float32, N, S, L[32]]:
    lstm = tnn.LSTM(8, 16, num_layers=2, batch_first=True, bidirectional=True)
    # h_0/c_0 keep the (num_layers * directions, batch, hidden) layout even with batch_first.
    out, (h_n, _) = lstm(x, (h, c))
    reveal_type(out)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, N, S, Literal[32]]"
    reveal_type(h_n)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[4], N, Literal[16]]"
    return out


def projected_and_unbatched(x: Tensor[CPU, Float32, S, L[6]]) -> None:
    lstm = tnn.LSTM(6, 8, proj_size=3)
    reveal_type(lstm(x))  # N: Revealed type is "tuple[torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, S, Literal[3]], tuple[torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[1], Literal[3]], torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[1], Literal[8]]]]"


def gru_and_rnn(x: Tensor[CPU, Float32, S, N, L[4]], h: Tensor[CPU, Float32, L[2], N, L[5]]) -> None:
    gru = tnn.GRU(4, 5, bidirectional=True)
    reveal_type(gru(x, h))  # N: Revealed type is "tuple[torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, S, N, Literal[10]], torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], N, Literal[5]]]"
    rnn = tnn.RNN(4, 5, 3, "relu")
    reveal_type(rnn(x)[1])  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[3], N, Literal[5]]"


def cells(x: Tensor[CPU, Float32, N, L[4]], h: Tensor[CPU, Float32, N, L[7]]) -> Tensor[CPU, Float32, N, L[7]]:
    cell = tnn.LSTMCell(4, 7)
    h1, c1 = cell(x, (h, h))
    reveal_type(c1)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, N, Literal[7]]"
    reveal_type(tnn.GRUCell(4, 7)(x))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, N, Literal[7]]"
    return h1


def functional(x: Tensor[CPU, Float32, S, N, L[4]]) -> None:
    gru = tnn.GRU(4, 5)
    params = {k: v.detach() for k, v in tnn.parameters_of(gru).items()}
    reveal_type(tnn.functional_call(gru, params, x)[0])  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, S, N, Literal[5]]"


if __name__ == "__main__":
    import torch

    literal_lstm(torch.zeros(5, 3, 10))
    symbolic_batch_first(torch.zeros(2, 7, 8), torch.zeros(4, 2, 16), torch.zeros(4, 2, 16))
    projected_and_unbatched(torch.zeros(9, 6))
    gru_and_rnn(torch.zeros(3, 2, 4), torch.zeros(2, 2, 5))
    cells(torch.zeros(2, 4), torch.zeros(2, 7))
    functional(torch.zeros(3, 2, 4))
