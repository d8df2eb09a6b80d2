"""The dropout functions give their input's type: `F.dropout`, `F.alpha_dropout`,
`F.dropout1d/2d/3d`."""

from typing import Literal as L
from typing import TypeVar, reveal_type

import torch
import torch.nn.functional as F

from typedtorch import CPU, Float32, Int64, Tensor

B = TypeVar("B", bound=int)


def dropouts(x: Tensor[CPU, Float32, B, L[3], L[8]], i: Tensor[CPU, Int64, B], training: bool) -> Tensor[CPU, Float32, B, L[3], L[8]]:
    reveal_type(F.dropout(x, 0.1))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3], Literal[8]]"
    reveal_type(F.dropout(i, training=False))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, B]"
    reveal_type(F.dropout(i, 0.5, training))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, B]"
    reveal_type(F.dropout(i, 0.0))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, B]"
    reveal_type(F.alpha_dropout(i, 1.0))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, B]"
    reveal_type(F.dropout1d(x, p=0.0))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3], Literal[8]]"
    reveal_type(F.dropout2d(x.unsqueeze(-1)))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[3], Literal[8], Literal[1]]"
    reveal_type(F.dropout3d(x[0].unsqueeze(-1).unsqueeze(-1)))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[3], Literal[8], Literal[1], Literal[1]]"
    return F.dropout(x, 0.2, training=training)


if __name__ == "__main__":
    out = dropouts(torch.ones(2, 3, 8), torch.ones(2, dtype=torch.long), False)
    assert tuple(out.shape) == (2, 3, 8)
