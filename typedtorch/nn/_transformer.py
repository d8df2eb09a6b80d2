"""`generate_square_subsequent_mask(sz)`: torch's causal mask as a function of its own."""

from __future__ import annotations

import torch


def generate_square_subsequent_mask(
    sz: int, device: torch.device | str | None = None, dtype: torch.dtype | None = None
) -> torch.Tensor:
    """A causal mask `(sz, sz)`: `-inf` above the diagonal, 0 elsewhere; as
    `torch.nn.Transformer.generate_square_subsequent_mask`, typed `Tensor[..., sz, sz]`.

    The mypy plugin cannot see calls of the static method through the class
    (`tnn.Transformer.generate_square_subsequent_mask(5)`: mypy names no hook for a class whose
    constructor is overloaded), so this function is the typed spelling; through an instance
    (`model.generate_square_subsequent_mask(5)`) the method is typed too.
    """
    return torch.nn.Transformer.generate_square_subsequent_mask(sz, device, dtype)
