"""Hooks for `x.new_zeros`, `new_ones`, `new_empty`, `new_full` and `new_tensor`: a new tensor
on `x`'s device, of `x`'s dtype, unless `device=`/`dtype=` say otherwise.

Sizes and data are read as the factories read them (`_factories.py`; the rules are
`typedtorch._shapes._factories`).
"""

from __future__ import annotations

from mypy.types import Type

from typedtorch._shapes import Dim, tensor_shape

from ._calls import Call
from ._codec import TENSOR, Codec
from ._factories import (
    _check_grad,
    _device,
    _dtype,
    _GiveUp,
    _literal_data,
    _NotLiteral,
    _scalar,
    _size,
    _size_arg,
    _sizes,
    _total,
)
from ._registry import OpHook, op
from ._reshape import receiver


def _new(op_name: str, fill: bool) -> OpHook:
    @_total
    def hook(call: Call, codec: Codec) -> Type:
        x = receiver(call, codec)
        if x is None:
            raise _GiveUp
        if fill:
            dims = _size_arg(call, codec, 0)
            _scalar(call.arg(1, "fill_value"))
        else:
            dims = _size(call, codec, 0)
        dtype = _dtype(call, codec, x.dtype)
        device = _device(call, codec, x.device)
        shape = _sizes(op_name, dims)
        _check_grad(op_name, call, dtype)
        return codec.tensor_type(device, dtype, shape)

    return hook


for _name, _fill in (
    ("new_zeros", False),
    ("new_ones", False),
    ("new_empty", False),
    ("new_full", True),
):
    op(f"{TENSOR}.{_name}")(_new(_name, _fill))


@op(f"{TENSOR}.new_tensor")
@_total
def _new_tensor(call: Call, codec: Codec) -> Type:
    """`x.new_tensor(data)`: the data's shape, in `x`'s dtype (not the data's) and device."""
    x = receiver(call, codec)
    expr = call.arg_expr(0, "data")
    if x is None or expr is None or len(call.positional) > 1:
        raise _GiveUp
    dtype = _dtype(call, codec, x.dtype)
    device = _device(call, codec, x.device)
    shape: tuple[Dim, ...] | None
    try:
        shape = tensor_shape(_literal_data(call, expr))
    except _NotLiteral:
        data = codec.tensor(call.api.get_expression_type(expr))
        shape = data.shape if data is not None else None
    return codec.tensor_type(device, dtype, shape)
