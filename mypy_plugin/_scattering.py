"""Hooks for writing at indices: `scatter`, `scatter_add`, `scatter_reduce`, `index_add`,
`index_copy`, `index_fill`, and their in-place forms (`scatter_`, ...).

Each returns a tensor of the input's shape, device and dtype; the rules
(`typedtorch._shapes._scatter`) check the index's and the source's shapes. The source must have
the input's dtype (torch does not promote here), and every tensor the input's device.
"""

from __future__ import annotations

from collections.abc import Callable

from mypy.types import Type

from typedtorch._shapes import (
    Shape,
    index_add_shape,
    index_copy_shape,
    index_fill_shape,
    scatter_shape,
)

from ._args import common_device, int_value, tensor_at
from ._calls import Call
from ._codec import TENSOR, Codec, TensorType
from ._kinds import check_same_dtype
from ._registry import OpHook, op
from ._reshape import receiver

# dim, index, source: the source's name, and whether a Python scalar may stand for it.
_SCATTERS: dict[str, tuple[str, bool]] = {
    "scatter": ("src", True),
    "scatter_add": ("src", False),
    "scatter_reduce": ("src", False),
    "index_add": ("source", False),
    "index_copy": ("source", False),
    "index_fill": ("value", True),
}


def _rule(op_name: str) -> Callable[[Shape, int, Shape, Shape | None], Shape]:
    if op_name.startswith("scatter"):
        return lambda x, dim, index, src: scatter_shape(x, dim, index, src, op_name)
    if op_name == "index_fill":
        return index_fill_shape
    rule = index_add_shape if op_name == "index_add" else index_copy_shape

    def checked(x: Shape, dim: int, index: Shape, source: Shape | None) -> Shape:
        assert source is not None
        return rule(x, dim, index, source)

    return checked


def _scatter_hook(op_name: str, inplace: bool) -> OpHook:
    source_name, scalar_ok = _SCATTERS[op_name]
    rule = _rule(op_name)
    shown = f"{op_name}_" if inplace else op_name

    def hook(call: Call, codec: Codec) -> Type | None:
        x = receiver(call, codec)
        if x is None or call.arg(1, "index") is None or call.arg(2, source_name) is None:
            return None
        index = tensor_at(call, codec, 1, "index")
        source = tensor_at(call, codec, 2, source_name)
        if index is None or (source is None and not scalar_ok and op_name != "index_fill"):
            return _result(call, codec, x, inplace)
        common_device(shown, ("self", x), [("index", index), (source_name, source)])
        if source is not None and op_name != "index_fill":
            check_same_dtype(shown, x.dtype, source.dtype, ("self", source_name))
        dim = int_value(call, codec, 0, "dim", None)
        source_shape = source.shape if source is not None else None
        if (
            dim is not None
            and x.shape is not None
            and index.shape is not None
            and (source is None or source_shape is not None)
        ):
            rule(x.shape, dim, index.shape, source_shape)
        return _result(call, codec, x, inplace)

    return hook


def _result(call: Call, codec: Codec, x: TensorType, inplace: bool) -> Type | None:
    if inplace:
        return call.receiver
    return codec.tensor_type_raw(x.device, x.dtype, x.raw_shape)


for _name in _SCATTERS:
    op(f"{TENSOR}.{_name}")(_scatter_hook(_name, inplace=False))
    op(f"{TENSOR}.{_name}_")(_scatter_hook(_name, inplace=True))
