"""Hooks for `typedtorch.functional`'s embedding, one_hot, norms and distances.

The norms' contracts are the layer modules' rules (`typedtorch/_shapes/_layers.py`); the rest
are in `typedtorch/_shapes/_functional.py`. Non-literal hyper-parameters make the dims they
affect unknown and raise no error.
"""

from __future__ import annotations

from mypy.nodes import IntExpr, ListExpr, TupleExpr, UnaryExpr
from mypy.types import Type

from typedtorch._shapes import (
    UNKNOWN,
    Dim,
    batch_norm_shape,
    cosine_similarity_shape,
    embedding_functional_shape,
    group_norm_config,
    group_norm_shape,
    layer_norm_shape,
    norm_weight_shape,
    one_hot_shape,
    pairwise_distance_shape,
)
from typedtorch._shapes._kernels import is_empty
from typedtorch._shapes._norms import norm_dtype

from ._calls import Call
from ._codec import Codec, TensorType
from ._conv import (
    _combine,
    _flag,
    _hook,
    _literal_value,
    _optional_tensor,
    _param_at,
    _tensor,
)
from ._kinds import check_same_device, dtype_name, dtype_type
from ._names import NN_FUNCTIONAL as EMBEDDING
from ._names import NN_FUNCTIONAL as NORMALIZATION
from ._registry import op


def _int(call: Call, index: int, name: str, default: object) -> Dim:
    value = _literal_value(call.arg(index, name), default)
    return value if isinstance(value, int) and not isinstance(value, bool) else UNKNOWN


@op(f"{EMBEDDING}.embedding")
@_hook
def embedding_hook(call: Call, codec: Codec) -> Type | None:
    x = _tensor(codec, call.arg(0, "input"))
    w = _tensor(codec, call.arg(1, "weight"))
    device = check_same_device("embedding", x.device, w.device, ("input", "weight"))
    if x.shape is None or w.shape is None:
        return None
    shape = embedding_functional_shape(x.shape, w.shape, dtype_name(x.dtype))
    return codec.tensor_type(device, w.dtype, shape)


@op(f"{EMBEDDING}.one_hot")
@_hook
def one_hot_hook(call: Call, codec: Codec) -> Type | None:
    x = _tensor(codec, call.arg(0, "tensor"))
    num_classes = _int(call, 1, "num_classes", -1)
    dtype = codec.named("typedtorch._dtypes.Int64")
    if x.shape is None:
        return codec.tensor_type(x.device, dtype, None)
    return codec.tensor_type(
        x.device, dtype, one_hot_shape(x.shape, num_classes, dtype_name(x.dtype))
    )


def _normalized_shape(call: Call, codec: Codec) -> tuple[Dim, ...] | None:
    """A literal `normalized_shape`: a tuple (its type holds the items), or a list literal."""
    value = _param_at(call, codec, 1, "normalized_shape", UNKNOWN)
    if isinstance(value, tuple):
        return tuple(UNKNOWN if v is None else v for v in value)
    if isinstance(value, int) and not isinstance(value, bool):
        return (value,)
    expr = call.arg_expr(1, "normalized_shape")
    if isinstance(expr, (ListExpr, TupleExpr)):
        return tuple(_int_expr(item) for item in expr.items)
    return None


def _int_expr(expr: object) -> Dim:
    if isinstance(expr, IntExpr):
        return expr.value
    if isinstance(expr, UnaryExpr) and expr.op == "-" and isinstance(expr.expr, IntExpr):
        return -expr.expr.value
    return UNKNOWN


def _norm_combine(
    codec: Codec, name: str, x: TensorType, others: list[tuple[str, TensorType | None]]
) -> tuple[Type, Type]:
    """The device and dtype of a norm's result (`norm_dtype`: mixed precision, an empty
    batch_norm input); raises when the input and its parameters disagree."""
    given = [(what, t) for what, t in others if t is not None]
    device = x.device
    for what, t in given:
        device = check_same_device(name, device, t.device, ("input", what))
    names = [(what, dtype_name(t.dtype)) for what, t in given]
    input_name = dtype_name(x.dtype)
    if input_name is None or any(n is None for _, n in names):
        if not given:
            return device, x.dtype
        if input_name is None and all(n not in (None, "float32") for _, n in names):
            # No mixed precision: the input must be of the parameters' dtype.
            return device, given[0][1].dtype
        return device, codec.any()
    known = [(what, n) for what, n in names if n is not None]
    out = norm_dtype(name, input_name, known, is_empty(x.shape))
    return device, x.dtype if out == input_name else dtype_type(codec, out)


@op(f"{NORMALIZATION}.layer_norm")
@_hook
def layer_norm_hook(call: Call, codec: Codec) -> Type | None:
    x = _tensor(codec, call.arg(0, "input"))
    w = _optional_tensor(codec, call.arg(2, "weight"))
    b = _optional_tensor(codec, call.arg(3, "bias"))
    device, dtype = _norm_combine(codec, "layer_norm", x, [("weight", w), ("bias", b)])
    normalized = _normalized_shape(call, codec)
    if x.shape is None or normalized is None:
        return codec.tensor_type(device, dtype, x.shape)
    for what, t in (("weight", w), ("bias", b)):
        if t is not None and t.shape is not None:
            norm_weight_shape(t.shape, normalized, what)
    return codec.tensor_type(device, dtype, layer_norm_shape(x.shape, normalized, "layer_norm"))


@op(f"{NORMALIZATION}.batch_norm")
@_hook
def batch_norm_hook(call: Call, codec: Codec) -> Type | None:
    x = _tensor(codec, call.arg(0, "input"))
    params = [
        (what, _optional_tensor(codec, call.arg(i, what)))
        for i, what in enumerate(("running_mean", "running_var", "weight", "bias"), start=1)
    ]
    device, dtype = _norm_combine(codec, "batch_norm", x, params)
    if x.shape is None:
        return codec.tensor_type(device, dtype, None)
    # Any rank from 2 on; the channel count is read from the first per-channel tensor given.
    ranks = (len(x.shape),) if len(x.shape) >= 2 else (2, 3, 4, 5)
    for _, t in params:
        if t is not None and t.shape is not None and len(t.shape) == 1:
            batch_norm_shape(x.shape, t.shape[0], ranks, "batch_norm")
    return codec.tensor_type(device, dtype, batch_norm_shape(x.shape, UNKNOWN, ranks, "batch_norm"))


@op(f"{NORMALIZATION}.group_norm")
@_hook
def group_norm_hook(call: Call, codec: Codec) -> Type | None:
    x = _tensor(codec, call.arg(0, "input"))
    w = _optional_tensor(codec, call.arg(2, "weight"))
    b = _optional_tensor(codec, call.arg(3, "bias"))
    device, dtype = _norm_combine(codec, "group_norm", x, [("weight", w), ("bias", b)])
    if x.shape is None:
        return codec.tensor_type(device, dtype, None)
    groups = _int(call, 1, "num_groups", UNKNOWN)
    channels: Dim = x.shape[1] if len(x.shape) >= 2 else UNKNOWN
    group_norm_config(groups, channels, "group_norm")
    for t in (w, b):
        if t is not None and t.shape is not None and len(t.shape) == 1:
            group_norm_shape(x.shape, groups, t.shape[0], "group_norm")
    return codec.tensor_type(
        device, dtype, group_norm_shape(x.shape, groups, channels, "group_norm")
    )


@op(f"{NORMALIZATION}.cosine_similarity")
@_hook
def cosine_similarity_hook(call: Call, codec: Codec) -> Type | None:
    x1 = _tensor(codec, call.arg(0, "x1"))
    x2 = _tensor(codec, call.arg(1, "x2"))
    device, dtype = _combine("cosine_similarity", x1, [("x2", x2)])
    dim = _literal_value(call.arg(2, "dim"), 1)
    if x1.shape is None or x2.shape is None or not isinstance(dim, int):
        return codec.tensor_type(device, dtype, None)
    return codec.tensor_type(device, dtype, cosine_similarity_shape(x1.shape, x2.shape, dim))


@op(f"{NORMALIZATION}.pairwise_distance")
@_hook
def pairwise_distance_hook(call: Call, codec: Codec) -> Type | None:
    x1 = _tensor(codec, call.arg(0, "x1"))
    x2 = _tensor(codec, call.arg(1, "x2"))
    device, dtype = _combine("pairwise_distance", x1, [("x2", x2)])
    keepdim = _flag(call.arg(4, "keepdim"), False)
    if x1.shape is None or x2.shape is None or keepdim is None:
        return codec.tensor_type(device, dtype, None)
    return codec.tensor_type(device, dtype, pairwise_distance_shape(x1.shape, x2.shape, keepdim))
