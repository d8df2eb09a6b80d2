"""Transformer layers: torch's `TransformerEncoderLayer`, `TransformerEncoder`,
`TransformerDecoderLayer`, `TransformerDecoder` and `Transformer` with typed configuration.

The static view (`_transformer.pyi`) records `d_model`, `nhead` and `batch_first`; the mypy
plugin (`mypy_plugin/_nn_attention.py`) checks inputs and masks with the rules in
`typedtorch._shapes._attention`. Forward passes keep their input's shape.
"""

from __future__ import annotations

from typing import Any, Generic

import torch
from typing_extensions import TypeVar

from ._module import D, Module, T

DM = TypeVar("DM", bound=int, default=Any)
NH = TypeVar("NH", bound=int, default=Any)
BF = TypeVar("BF", bound=bool, default=Any)
Layer = TypeVar("Layer", default=Any)


class TransformerEncoderLayer(
    torch.nn.TransformerEncoderLayer, Module[D, T], Generic[DM, NH, BF, D, T]
):
    """`torch.nn.TransformerEncoderLayer` typed as `TransformerEncoderLayer[d_model, nhead,
    batch_first, Device, DType]`."""


class TransformerDecoderLayer(
    torch.nn.TransformerDecoderLayer, Module[D, T], Generic[DM, NH, BF, D, T]
):
    """`torch.nn.TransformerDecoderLayer` typed as `TransformerDecoderLayer[d_model, nhead,
    batch_first, Device, DType]`."""


class TransformerEncoder(torch.nn.TransformerEncoder, Module[Any, Any], Generic[Layer]):
    """`torch.nn.TransformerEncoder` typed as `TransformerEncoder[<its layer's type>]`."""


class TransformerDecoder(torch.nn.TransformerDecoder, Module[Any, Any], Generic[Layer]):
    """`torch.nn.TransformerDecoder` typed as `TransformerDecoder[<its layer's type>]`."""


class Transformer(torch.nn.Transformer, Module[D, T], Generic[DM, NH, BF, D, T]):
    """`torch.nn.Transformer` typed as `Transformer[d_model, nhead, batch_first, Device, DType]`.

    `Transformer.generate_square_subsequent_mask(sz)` is typed `Tensor[..., sz, sz]`.
    """


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
