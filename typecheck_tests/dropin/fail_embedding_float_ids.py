"""Bug: torch.Tensor(ids) makes float32 indices for nn.Embedding.

Word-vector lookup: `torch.tensor(ids)` keeps Python ints as int64 (`torch.Tensor(ids)` would not)."""

from typing import Any
from typing import Literal as L

import torch
import torch.nn as nn

from typedtorch import CPU, Float32, Tensor

embedding = nn.Embedding(5000, 32)


def sentence_vectors(ids: list[int]) -> Tensor[CPU, Float32, Any, L[32]]:
    return embedding(torch.Tensor(ids))  # E: "Embedding(5000, 32)" expects integer indices (int64 or int32), got a float32 input  [dtype]


if __name__ == "__main__":
    assert sentence_vectors([4, 8, 15, 16, 23, 42]).shape == (6, 32)
