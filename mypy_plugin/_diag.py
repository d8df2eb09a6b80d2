"""Hooks for diagonals and triangles: `diag`, `diagonal`, `diag_embed`, `tril`/`triu` (and
`tril_`/`triu_`), `trace`, and the function `block_diag`.

The rules are in `typedtorch._shapes._diag`; all but `trace` (sums as `sum` does) and
`block_diag` (promotes) keep the input's dtype.
"""

from __future__ import annotations

from mypy.types import Type

from typedtorch._shapes import (
    UNKNOWN,
    Shape,
    block_diag_dtype,
    block_diag_shape,
    diag_embed_shape,
    diag_shape,
    diagonal_shape,
    trace_dtype,
    trace_shape,
    triangle_shape,
)

from ._args import by_rule, int_value, unknown_dims
from ._calls import Call
from ._codec import TENSOR, Codec
from ._elementwise import _category
from ._kinds import check_same_device, dtype_name, dtype_type
from ._names import TORCH_FUNCTIONAL
from ._registry import OpHook, op
from ._reshape import receiver


def _unknown(rank: int | None) -> Shape | None:
    return None if rank is None else (UNKNOWN,) * rank


@op(f"{TENSOR}.diag")
def _diag(call: Call, codec: Codec) -> Type | None:
    x = receiver(call, codec)
    if x is None:
        return None
    diagonal = int_value(call, codec, 0, "diagonal", 0)
    if x.shape is None:
        return codec.tensor_type(x.device, x.dtype, None)
    if diagonal is None:
        # The rank is known (1-D <-> 2-D), the sizes not.
        return codec.tensor_type(x.device, x.dtype, unknown_dims(diag_shape(x.shape, 0)))
    return codec.tensor_type(x.device, x.dtype, diag_shape(x.shape, diagonal))


@op(f"{TENSOR}.diagonal")
def _diagonal(call: Call, codec: Codec) -> Type | None:
    x = receiver(call, codec)
    if x is None:
        return None
    offset = int_value(call, codec, 0, "offset", 0)
    dim1 = int_value(call, codec, 1, "dim1", 0)
    dim2 = int_value(call, codec, 2, "dim2", 1)
    if x.shape is None or dim1 is None or dim2 is None:
        rank = None if x.shape is None else len(x.shape) - 1
        return codec.tensor_type(x.device, x.dtype, _unknown(rank))
    shape = diagonal_shape(x.shape, offset if offset is not None else 0, dim1, dim2)
    if offset is None:
        shape = (*shape[:-1], UNKNOWN)  # the diagonal's length depends on the offset
    return codec.tensor_type(x.device, x.dtype, shape)


@op(f"{TENSOR}.diag_embed")
def _diag_embed(call: Call, codec: Codec) -> Type | None:
    x = receiver(call, codec)
    if x is None:
        return None
    offset = int_value(call, codec, 0, "offset", 0)
    dim1 = int_value(call, codec, 1, "dim1", -2)
    dim2 = int_value(call, codec, 2, "dim2", -1)
    if x.shape is None or dim1 is None or dim2 is None:
        rank = None if x.shape is None else len(x.shape) + 1
        return codec.tensor_type(x.device, x.dtype, _unknown(rank))
    shape = diag_embed_shape(x.shape, offset if offset is not None else 0, dim1, dim2)
    return codec.tensor_type(
        x.device, x.dtype, shape if offset is not None else unknown_dims(shape)
    )


def _triangle(op_name: str, inplace: bool) -> OpHook:
    shown = f"{op_name}_" if inplace else op_name

    def hook(call: Call, codec: Codec) -> Type | None:
        x = receiver(call, codec)
        if x is None:
            return None
        if x.shape is not None:
            triangle_shape(x.shape, shown)
        if inplace:
            return call.receiver
        return codec.tensor_type_raw(x.device, x.dtype, x.raw_shape)

    return hook


for _name in ("tril", "triu"):
    op(f"{TENSOR}.{_name}")(_triangle(_name, inplace=False))
    op(f"{TENSOR}.{_name}_")(_triangle(_name, inplace=True))


@op(f"{TENSOR}.trace")
def _trace(call: Call, codec: Codec) -> Type | None:
    x = receiver(call, codec)
    if x is None:
        return None
    dtype = by_rule(codec, x.dtype, trace_dtype)
    if dtype_name(dtype) is None and _category(dtype) not in ("floating", "complex"):
        # An abstract dtype that may be an integer one (summed into int64): unknown.
        dtype = dtype_type(codec, "int64") if _category(dtype) == "integer" else codec.any()
    if x.shape is not None:
        trace_shape(x.shape)
    return codec.tensor_type(x.device, dtype, ())


@op(f"{TORCH_FUNCTIONAL}.block_diag")
def _block_diag(call: Call, codec: Codec) -> Type | None:
    if call.keywords:
        return None
    tensors = [codec.tensor(t) for t in call.positional]
    if any(t is None for t in tensors):
        return None
    typed = [t for t in tensors if t is not None]
    device: Type = typed[0].device if typed else codec.named("typedtorch._devices.CPU")
    for i, t in enumerate(typed[1:], start=1):
        device = check_same_device("block_diag", device, t.device, ("tensor 0", f"tensor {i}"))
    names = [dtype_name(t.dtype) for t in typed]
    if all(n is not None for n in names):
        dtype = dtype_type(codec, block_diag_dtype([n for n in names if n is not None]))
    elif typed and all(t.dtype == typed[0].dtype for t in typed):
        dtype = typed[0].dtype
    else:
        dtype = codec.any()
    if any(t.shape is None for t in typed):
        return codec.tensor_type(device, dtype, _unknown(2))
    return codec.tensor_type(
        device, dtype, block_diag_shape([t.shape for t in typed if t.shape is not None])
    )
