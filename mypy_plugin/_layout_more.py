"""Hooks for `broadcast_to` (`expand`'s rule), `take_along_dim`, `diagflat` (methods; the function
forms are typed as these) and the attributes `.mT` / `.mH`.

The rules are in `typedtorch._shapes._layout_more` (and `expand_shape`); all keep the input's
dtype and device.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from mypy.types import Type

from typedtorch._shapes import Shape
from typedtorch._shapes._layout_more import (
    diagflat_shape,
    matrix_transpose_shape,
    take_along_dim_dtype,
    take_along_dim_shape,
)
from typedtorch._shapes._reshape import expand_shape

from ._args import int_value, tensor_at
from ._calls import Call
from ._codec import TENSOR, Codec, TensorType
from ._kinds import check_same_device, dtype_name
from ._registry import op
from ._reshape import receiver, shape_hook, sizes_arg


@shape_hook
def _broadcast_to(call: Call, codec: Codec, x: TensorType, shape: Shape) -> Shape | None:
    """torch's `broadcast_to(size)` is `expand(size)`."""
    sizes = sizes_arg(call, codec, 0, "size")
    return expand_shape(shape, sizes, "broadcast_to") if sizes is not None else None


op(f"{TENSOR}.broadcast_to")(_broadcast_to)


@op(f"{TENSOR}.take_along_dim")
def _take_along_dim(call: Call, codec: Codec) -> Type | None:
    x = receiver(call, codec)
    indices = tensor_at(call, codec, 0, "indices")
    if x is None or indices is None:
        return None
    index_dtype = dtype_name(indices.dtype)
    if index_dtype is not None:
        take_along_dim_dtype(index_dtype)
    check_same_device("take_along_dim", x.device, indices.device, ("self", "indices"))
    dim = int_value(call, codec, 1, "dim", None)
    if dim is None and call.arg(1, "dim") is not None:
        return codec.tensor_type(x.device, x.dtype, None)  # a dim the checker cannot read
    if indices.shape is None or (dim is not None and x.shape is None):
        return codec.tensor_type(x.device, x.dtype, None)
    shape = take_along_dim_shape(x.shape if x.shape is not None else (), indices.shape, dim)
    return codec.tensor_type(x.device, x.dtype, shape)


@shape_hook
def _diagflat(call: Call, codec: Codec, x: TensorType, shape: Shape) -> Shape | None:
    offset = int_value(call, codec, 0, "offset", 0)
    return diagflat_shape(shape, offset) if offset is not None else None


op(f"{TENSOR}.diagflat")(_diagflat)


AttributeHook = Callable[[Type, Codec], Type | None]


def _matrix_transpose(attribute: str) -> AttributeHook:
    """`x.mT` / `x.mH`: the last two dims swapped."""

    def hook(typ: Type, codec: Codec) -> Type | None:
        x = codec.tensor(typ)
        if x is None or x.shape is None:
            return None
        return codec.tensor_type(x.device, x.dtype, matrix_transpose_shape(x.shape, attribute))

    return hook


# Attribute hooks by fullname: the receiver's type -> the attribute's type (None: mypy's own).
# `_plugin.get_attribute_hook` runs them, reporting a `RuleError` as op hooks' are.
ATTRIBUTE_HOOKS: Final[dict[str, AttributeHook]] = {
    f"{TENSOR}.{name}": _matrix_transpose(name) for name in ("mT", "mH")
}
