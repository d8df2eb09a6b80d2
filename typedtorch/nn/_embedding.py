"""`Embedding` with typed configuration (see `_embedding.pyi`)."""

from __future__ import annotations

from typing import Any, Generic

import torch
from typing_extensions import TypeVar

from ._module import D, Module, T

N = TypeVar("N", bound=int, default=Any)
E = TypeVar("E", bound=int, default=Any)


class Embedding(torch.nn.Embedding, Module[D, T], Generic[N, E, D, T]):
    """`torch.nn.Embedding` typed as `Embedding[num_embeddings, embedding_dim, Device, DType]`."""
