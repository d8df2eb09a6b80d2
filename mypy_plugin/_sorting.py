"""Hooks for ordering ops: `topk`, `sort`/`argsort`/`msort`, `kthvalue`, `median`/`nanmedian`,
`mode`, `cummax`/`cummin`, `logcumsumexp`, and the functions `searchsorted`/`bucketize`.

The ops that return `(values, indices)` give a `ValuesIndices` whose two tensors share the
shape; the rules are in `typedtorch._shapes._sort` (and `_reduce` for the cumulative ops).
"""

from __future__ import annotations

from collections.abc import Callable

from mypy.types import Instance, LiteralType, Type, get_proper_type

from typedtorch._shapes import (
    UNKNOWN,
    Shape,
    bucketize_shape,
    cummax_shape,
    kthvalue_shape,
    searchsorted_dtype,
    searchsorted_shape,
    select_along_shape,
    sort_dtype,
    topk_shape,
)
from typedtorch._shapes._reduce import dim_op_shape, reduce_dtype, reduce_shape

from ._args import bool_value, by_rule, common_device, dim_value, fixed_dtype, int_value, tensor_at
from ._calls import Call
from ._codec import TENSOR, Codec, TensorType
from ._kinds import dtype_name, dtype_type
from ._names import VARIABLE_FUNCTIONS
from ._reductions import values_indices
from ._registry import OpHook, op
from ._reshape import receiver


def _shape_or_unknown(x: TensorType, known: bool, rule: Callable[[Shape], Shape]) -> Shape | None:
    """`rule(shape)` when the arguments it needs are known, else the rank with unknown dims."""
    if x.shape is None:
        return None
    if not known:
        return tuple(UNKNOWN for _ in x.shape)
    return rule(x.shape)


@op(f"{TENSOR}.topk")
def _topk(call: Call, codec: Codec) -> Type | None:
    x = receiver(call, codec)
    if x is None or call.arg(0, "k") is None:
        return None
    k = dim_value(call, codec, 0, "k", UNKNOWN)
    dim = int_value(call, codec, 1, "dim", -1)
    dtype = by_rule(codec, x.dtype, lambda d: sort_dtype("topk", d))
    shape = _shape_or_unknown(x, dim is not None, lambda s: topk_shape(s, k, dim or 0))
    return values_indices(codec, x.device, dtype, shape)


def _sort_dim(call: Call, codec: Codec) -> int | None:
    """`sort(dim=-1, descending=False)` or `sort(*, stable, dim=-1, descending=False)`."""
    return int_value(call, codec, 0, "dim", -1)


@op(f"{TENSOR}.sort")
def _sort(call: Call, codec: Codec) -> Type | None:
    x = receiver(call, codec)
    if x is None:
        return None
    dim = _sort_dim(call, codec)
    dtype = by_rule(codec, x.dtype, lambda d: sort_dtype("sort", d))
    if x.shape is not None and dim is not None:
        dim_op_shape(x.shape, dim, "sort")
    return values_indices(codec, x.device, dtype, x.shape)


@op(f"{TENSOR}.argsort")
def _argsort(call: Call, codec: Codec) -> Type | None:
    x = receiver(call, codec)
    if x is None:
        return None
    dim = _sort_dim(call, codec)
    dtype = fixed_dtype(codec, x.dtype, lambda d: sort_dtype("argsort", d), "int64")
    if x.shape is not None and dim is not None:
        dim_op_shape(x.shape, dim, "argsort")
    return codec.tensor_type_raw(x.device, dtype, x.raw_shape)


@op(f"{TENSOR}.msort")
def _msort(call: Call, codec: Codec) -> Type | None:
    x = receiver(call, codec)
    if x is None:
        return None
    dtype = by_rule(codec, x.dtype, lambda d: sort_dtype("msort", d))
    if x.shape is not None:
        dim_op_shape(x.shape, 0, "msort")
    return codec.tensor_type_raw(x.device, dtype, x.raw_shape)


@op(f"{TENSOR}.kthvalue")
def _kthvalue(call: Call, codec: Codec) -> Type | None:
    x = receiver(call, codec)
    if x is None or call.arg(0, "k") is None:
        return None
    k = dim_value(call, codec, 0, "k", UNKNOWN)
    dim = int_value(call, codec, 1, "dim", -1)
    keepdim = bool_value(call, 2, "keepdim", False)
    dtype = by_rule(codec, x.dtype, lambda d: sort_dtype("kthvalue", d, x.shape))
    shape = (
        None
        if x.shape is None or dim is None or keepdim is None
        else kthvalue_shape(x.shape, k, dim, keepdim)
    )
    return values_indices(codec, x.device, dtype, shape)


def _median(op_name: str) -> OpHook:
    """`median()` (all elements: one value), `median(dim, keepdim)` (values and indices)."""

    def hook(call: Call, codec: Codec) -> Type | None:
        x = receiver(call, codec)
        if x is None:
            return None
        all_elements = call.arg(0, "dim") is None
        shown = f"{op_name}()" if all_elements else op_name
        dtype = by_rule(codec, x.dtype, lambda d: sort_dtype(shown, d, x.shape))
        if all_elements:
            if x.shape is not None:
                reduce_shape(x.shape, None, False, op_name)
            return codec.tensor_type(x.device, dtype, ())
        dim = int_value(call, codec, 0, "dim", None)
        keepdim = bool_value(call, 1, "keepdim", False)
        shape = (
            None
            if x.shape is None or dim is None or keepdim is None
            else select_along_shape(x.shape, dim, keepdim, op_name)
        )
        return values_indices(codec, x.device, dtype, shape)

    return hook


op(f"{TENSOR}.median")(_median("median"))
op(f"{TENSOR}.nanmedian")(_median("nanmedian"))


@op(f"{TENSOR}.mode")
def _mode(call: Call, codec: Codec) -> Type | None:
    x = receiver(call, codec)
    if x is None:
        return None
    dim = int_value(call, codec, 0, "dim", -1)
    keepdim = bool_value(call, 1, "keepdim", False)
    dtype = by_rule(codec, x.dtype, lambda d: sort_dtype("mode", d, x.shape))
    shape = (
        None
        if x.shape is None or dim is None or keepdim is None
        else select_along_shape(x.shape, dim, keepdim, "mode")
    )
    return values_indices(codec, x.device, dtype, shape)


def _cumulative(op_name: str) -> OpHook:
    """`cummax(dim)`/`cummin(dim)`: values and indices of the input's shape."""

    def hook(call: Call, codec: Codec) -> Type | None:
        x = receiver(call, codec)
        if x is None:
            return None
        dim = int_value(call, codec, 0, "dim", None)
        dtype = by_rule(codec, x.dtype, lambda d: reduce_dtype(op_name, d, x.shape))
        if x.shape is not None and dim is not None:
            cummax_shape(x.shape, dim, op_name)
        return values_indices(codec, x.device, dtype, x.shape)

    return hook


op(f"{TENSOR}.cummax")(_cumulative("cummax"))
op(f"{TENSOR}.cummin")(_cumulative("cummin"))


@op(f"{TENSOR}.logcumsumexp")
def _logcumsumexp(call: Call, codec: Codec) -> Type | None:
    x = receiver(call, codec)
    if x is None:
        return None
    dim = int_value(call, codec, 0, "dim", None)
    dtype = by_rule(codec, x.dtype, lambda d: reduce_dtype("logcumsumexp", d))
    if x.shape is not None and dim is not None:
        dim_op_shape(x.shape, dim, "logcumsumexp")
    return codec.tensor_type_raw(x.device, dtype, x.raw_shape)


# -- searchsorted, bucketize (functions only) ------------------------------------------------------

_SCALARS = {"builtins.bool": "pybool", "builtins.int": "pyint", "builtins.float": "pyfloat"}


def _scalar_kind(typ: Type | None) -> str | None:
    p = get_proper_type(typ) if typ is not None else None
    if isinstance(p, LiteralType):
        p = p.fallback
    if isinstance(p, Instance):
        return _SCALARS.get(p.type.fullname)
    return None


def _index_dtype(codec: Codec, call: Call, check: Callable[[bool], str] | None) -> Type:
    """int64 indices, int32 with `out_int32=True`; unknown for a non-literal flag."""
    out_int32 = bool_value(call, None, "out_int32", False)
    if out_int32 is None:
        return codec.any()
    return dtype_type(codec, check(out_int32) if check is not None else "int64")


@op(f"{VARIABLE_FUNCTIONS}.searchsorted")
def _searchsorted(call: Call, codec: Codec) -> Type | None:
    if "out" in call.keywords:
        return None
    seq = tensor_at(call, codec, 0, "sorted_sequence")
    values_type = call.arg(1, "input") or call.keywords.get("self")
    if seq is None or values_type is None:
        return None
    values = codec.tensor(values_type)
    scalar = _scalar_kind(values_type)
    if values is None and scalar is None:
        return None
    sorter = tensor_at(call, codec, None, "sorter")
    device = common_device("searchsorted", ("sorted_sequence", seq), [("input", values)])
    seq_name = dtype_name(seq.dtype)
    values_name = scalar if values is None else dtype_name(values.dtype)
    check = (
        (lambda i32: searchsorted_dtype(seq_name, values_name, i32))
        if seq_name is not None and values_name is not None
        else None
    )
    dtype = _index_dtype(codec, call, check)
    values_shape = () if values is None else values.shape
    if seq.shape is None or values_shape is None:
        return codec.tensor_type(device, dtype, values_shape)
    sorter_shape = sorter.shape if sorter is not None else None
    if sorter is not None and sorter_shape is None:
        return codec.tensor_type(device, dtype, values_shape)
    return codec.tensor_type(
        device, dtype, searchsorted_shape(seq.shape, values_shape, sorter_shape)
    )


@op(f"{VARIABLE_FUNCTIONS}.bucketize")
def _bucketize(call: Call, codec: Codec) -> Type | None:
    if "out" in call.keywords:
        return None
    input_type = call.arg(0, "input") or call.keywords.get("self")
    boundaries = tensor_at(call, codec, 1, "boundaries")
    if input_type is None or boundaries is None:
        return None
    x = codec.tensor(input_type)
    scalar = _scalar_kind(input_type)
    if x is None and scalar is None:
        return None
    device = common_device("bucketize", ("boundaries", boundaries), [("input", x)])
    b_name = dtype_name(boundaries.dtype)
    x_name = scalar if x is None else dtype_name(x.dtype)
    check = (
        (lambda i32: searchsorted_dtype(b_name, x_name, i32, "bucketize"))
        if b_name is not None and x_name is not None
        else None
    )
    dtype = _index_dtype(codec, call, check)
    x_shape = () if x is None else x.shape
    if x_shape is None or boundaries.shape is None:
        return codec.tensor_type(device, dtype, x_shape)
    return codec.tensor_type(device, dtype, bucketize_shape(x_shape, boundaries.shape))
