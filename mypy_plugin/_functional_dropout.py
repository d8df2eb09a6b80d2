"""Hooks for the dropout functions: `F.dropout`, `F.alpha_dropout`, `F.dropout1d/2d/3d`.

Each gives its input's type. Checked as torch checks them: `p` in [0, 1] (`dropout_config`, as
the `nn.Dropout*` layers), the channel-wise ones' ranks (`channel_dropout_shape`: `[C, *spatial]`
or `[N, C, *spatial]`), and a floating point input where the kernel runs: in training (the
default but for `alpha_dropout`) with 0 < p < 1 (`dropout_dtype`).
"""

from __future__ import annotations

from typing import Final

from mypy.types import Type

from typedtorch._shapes import channel_dropout_shape
from typedtorch._shapes._dropout import dropout_dtype
from typedtorch._shapes._layer_args import dropout_config

from ._args import bool_value, number_at, tensor_at
from ._calls import Call
from ._codec import Codec
from ._kinds import dtype_name
from ._names import NN_FUNCTIONAL
from ._registry import OpHook, op

# The function: its spatial dims (None: any rank), and whether `training` defaults to True.
_DROPOUTS: Final[dict[str, tuple[int | None, bool]]] = {
    "dropout": (None, True),
    "alpha_dropout": (None, False),
    "dropout1d": (1, True),
    "dropout2d": (2, True),
    "dropout3d": (3, True),
}


def _dropout_hook(name: str, spatial: int | None, training_default: bool) -> OpHook:
    def hook(call: Call, codec: Codec) -> Type | None:
        x = tensor_at(call, codec, 0, "input")
        if x is None:
            return None
        p = number_at(call, 1, "p", 0.5)
        dropout_config(p, name)
        if spatial is not None and x.shape is not None:
            channel_dropout_shape(x.shape, spatial, name)
        dtype = dtype_name(x.dtype)
        if dtype is not None:
            training = bool_value(call, 2, "training", training_default)
            dropout_dtype(name, dtype, p, training, x.shape)
        return codec.tensor_type_raw(x.device, x.dtype, x.raw_shape)

    return hook


for _name, (_spatial, _training) in _DROPOUTS.items():
    op(f"{NN_FUNCTIONAL}.{_name}")(_dropout_hook(_name, _spatial, _training))
