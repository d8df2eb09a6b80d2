"""Typed embedding, one_hot, norms and distances: shapes with literal and symbolic dims."""

from typing import Literal as L
from typing import TypeVar, reveal_type

import typedtorch.functional as F
from typedtorch import CPU, Float32, Int64, Tensor

B = TypeVar("B", bound=int)
T = TypeVar("T", bound=int)
C = TypeVar("C", bound=int)


def embed(tokens: Tensor[CPU, Int64, B, T], table: Tensor[CPU, Float32, L[1000], L[64]]) -> Tensor[CPU, Float32, B, T, L[64]]:
    e = F.embedding(tokens, table, padding_idx=0)
    reveal_type(e)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, T, Literal[64]]"
    return e


def encode(labels: Tensor[CPU, Int64, B]) -> None:
    reveal_type(F.one_hot(labels, 10))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, B, Literal[10]]"
    reveal_type(F.one_hot(labels, num_classes=-1))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, B, Any]"


def norms(
    x: Tensor[CPU, Float32, B, L[6], L[8]],
    w: Tensor[CPU, Float32, L[8]],
    c: Tensor[CPU, Float32, L[6]],
) -> None:
    reveal_type(F.layer_norm(x, (8,), w, w))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[6], Literal[8]]"
    reveal_type(F.layer_norm(x, [6, 8]))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[6], Literal[8]]"
    reveal_type(F.batch_norm(x, c, c, training=True))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[6], Literal[8]]"
    reveal_type(F.group_norm(x, 3, c, c))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[6], Literal[8]]"
    reveal_type(F.normalize(F.dropout1d(F.alpha_dropout(x)), dim=-1))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[6], Literal[8]]"


def distances(a: Tensor[CPU, Float32, B, L[1], C], b: Tensor[CPU, Float32, L[5], C]) -> None:
    reveal_type(F.cosine_similarity(a, b, dim=-1))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[5]]"
    reveal_type(F.pairwise_distance(a, b, keepdim=True))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, B, Literal[5], Literal[1]]"


if __name__ == "__main__":
    import torch

    out: torch.Tensor = embed(torch.zeros(2, 7, dtype=torch.long), torch.zeros(1000, 64))
    assert tuple(out.shape) == (2, 7, 64)
