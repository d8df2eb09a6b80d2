"""`MultiheadAttention`: torch's layer with typed configuration.

The static view (`_attention.pyi`) records `embed_dim`, `num_heads`, `add_bias_kv`,
`add_zero_attn`, `kdim`, `vdim` and `batch_first`; the mypy plugin (`mypy_plugin/_nn_attention.py`) checks query/key/value and mask
shapes with the rules in `typedtorch._shapes._attention`.
"""

from __future__ import annotations

from typing import Any, Generic

import torch
from typing_extensions import TypeVar

from ._module import D, Module, T

E = TypeVar("E", bound=int, default=Any)
NH = TypeVar("NH", bound=int, default=Any)
AB = TypeVar("AB", bound=bool, default=Any)
AZ = TypeVar("AZ", bound=bool, default=Any)
KD = TypeVar("KD", default=Any)
VD = TypeVar("VD", default=Any)
BF = TypeVar("BF", bound=bool, default=Any)


class MultiheadAttention(
    torch.nn.MultiheadAttention, Module[D, T], Generic[E, NH, AB, AZ, KD, VD, BF, D, T]
):
    """`torch.nn.MultiheadAttention` typed as `MultiheadAttention[embed_dim, num_heads, add_bias_kv,
    add_zero_attn, kdim, vdim, batch_first, Device, DType]` (`kdim`/`vdim` are None when they default to embed_dim)."""
