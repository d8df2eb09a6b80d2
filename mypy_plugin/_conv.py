"""Hooks for `typedtorch.functional`: linear, conv, conv_transpose, pools, interpolate, pad.

Hyper-parameters are read from literal arguments (`stride=2`, `padding=(1, 2)`, `'same'`); a
non-literal one is unknown, which makes the dims it affects unknown and raises no error.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from mypy.nodes import ListExpr, NameExpr, TupleExpr
from mypy.types import (
    Instance,
    LiteralType,
    NoneType,
    TupleType,
    Type,
    get_proper_type,
)

from typedtorch._shapes import (
    UNKNOWN,
    Dim,
    RuleError,
    Shape,
    adaptive_pool_shape,
    conv_shape,
    conv_transpose_shape,
    interpolate_shape,
    linear_shape,
    pad_shape,
    pool_shape,
)
from typedtorch._shapes._resize import Scale

from ._calls import Call
from ._codec import Codec, TensorType
from ._errors import report_rule_error, unknown_after_error
from ._int_args import int_arg_dim, seq_arg_dims
from ._kinds import check_same_device, check_same_dtype
from ._names import NN_FUNCTIONAL as FUNCTIONAL
from ._registry import op


class _Unknowable(Exception):
    """An argument the hook cannot read well enough to compute anything: keep mypy's result."""


# -- reading arguments ---------------------------------------------------------------------------

_ABSENT: Final = object()


def _literal_value(typ: Type | None, default: object = None) -> object:
    """A literal's Python value (`2`, `'same'`, `True`), `None` for None, else UNKNOWN;
    `default` when the argument is absent."""
    if typ is None:
        return default
    p = get_proper_type(typ)
    if isinstance(p, NoneType):
        return None
    if isinstance(p, LiteralType):
        return p.value
    if isinstance(p, Instance) and p.last_known_value is not None:
        return p.last_known_value.value
    return UNKNOWN


def _param(codec: Codec, typ: Type | None, default: object) -> object:
    """An int-or-tuple argument: an int, a tuple of dims, None, a str, or UNKNOWN."""
    if typ is None:
        return default
    p = get_proper_type(typ)
    if isinstance(p, TupleType):
        return tuple(_dim_or_none(codec, item) for item in p.items)
    value = _literal_value(p)
    if isinstance(value, bool):
        return UNKNOWN
    if value is None or isinstance(value, (int, str)):
        return value
    return UNKNOWN


def _param_at(call: Call, codec: Codec, index: int, name: str, default: object) -> object:
    """`_param` of the argument at `index` (or keyword `name`), with sizes read from how they
    are written (`(h * 2, w * 2)`, `x.shape[-2:]`: see `_int_args.py`)."""
    typ = call.arg(index, name)
    expr = call.arg_expr(index, name)
    if typ is None or expr is None or isinstance(get_proper_type(typ), NoneType):
        return _param(codec, typ, default)
    p = get_proper_type(typ)
    if isinstance(expr, TupleExpr | ListExpr):
        return tuple(
            None
            if isinstance(item, NameExpr) and item.fullname == "builtins.None"
            else int_arg_dim(call.api, codec, call.api.get_expression_type(item), item)
            for item in expr.items
        )
    if isinstance(p, TupleType):
        dims = seq_arg_dims(call.api, codec, typ, expr)
        if dims is not None:
            return tuple(dims)
    if isinstance(p, Instance) and p.type.fullname == "builtins.int":
        return int_arg_dim(call.api, codec, typ, expr)
    return _param(codec, typ, default)


def _dim_or_none(codec: Codec, typ: Type) -> Dim | None:
    if isinstance(get_proper_type(typ), NoneType):
        return None
    return codec.dim_or_unknown(typ)


def _flag(typ: Type | None, default: bool) -> bool | None:
    """A bool argument; None when it is not a literal."""
    if typ is None:
        return default
    value = _literal_value(typ)
    return value if isinstance(value, bool) else None


def _tensor(codec: Codec, typ: Type | None) -> TensorType:
    tensor = codec.tensor(typ) if typ is not None else None
    if tensor is None:
        raise _Unknowable
    return tensor


def _optional_tensor(codec: Codec, typ: Type | None) -> TensorType | None:
    if typ is None or isinstance(get_proper_type(typ), NoneType):
        return None
    return _tensor(codec, typ)


def _hook(compute: Callable[[Call, Codec], Type | None]) -> Callable[[Call, Codec], Type | None]:
    """A hook that gives up quietly on unreadable arguments, and reports a rule's error itself
    (the result is then unknown, as the dispatcher makes it)."""

    def hook(call: Call, codec: Codec) -> Type | None:
        try:
            return compute(call, codec)
        except _Unknowable:
            return None
        except RuleError as err:
            report_rule_error(call.api, err, call.context)
            return unknown_after_error()

    return hook


def _combine(
    name: str, input: TensorType, others: list[tuple[str, TensorType | None]]
) -> tuple[Type, Type]:
    """The device and dtype of the result; raises when input and weight/bias differ."""
    device, dtype = input.device, input.dtype
    for what, other in others:
        if other is None:
            continue
        device = check_same_device(name, device, other.device, ("input", what))
        dtype = check_same_dtype(name, dtype, other.dtype, ("input", what))
    return device, dtype


def _shape(tensor: TensorType | None) -> Shape | None:
    return tensor.shape if tensor is not None else None


# -- linear --------------------------------------------------------------------------------------


@op(f"{FUNCTIONAL}.linear")
@_hook
def linear_hook(call: Call, codec: Codec) -> Type | None:
    x = _tensor(codec, call.arg(0, "input"))
    w = _tensor(codec, call.arg(1, "weight"))
    b = _optional_tensor(codec, call.arg(2, "bias"))
    device, dtype = _combine("linear", x, [("weight", w), ("bias", b)])
    if x.shape is None or w.shape is None or (b is not None and b.shape is None):
        return None
    return codec.tensor_type(device, dtype, linear_shape(x.shape, w.shape, _shape(b)))


# -- conv ----------------------------------------------------------------------------------------


def _conv_hook(spatial: int) -> Callable[[Call, Codec], Type | None]:
    name = f"conv{spatial}d"

    @_hook
    def hook(call: Call, codec: Codec) -> Type | None:
        x = _tensor(codec, call.arg(0, "input"))
        w = _tensor(codec, call.arg(1, "weight"))
        b = _optional_tensor(codec, call.arg(2, "bias"))
        device, dtype = _combine(name, x, [("weight", w), ("bias", b)])
        if x.shape is None or w.shape is None:
            return codec.tensor_type(device, dtype, None)
        padding = _param_at(call, codec, 4, "padding", 0)
        shape = conv_shape(
            x.shape,
            w.shape,
            _shape(b) if b is None or b.shape is not None else None,
            stride=_as_param(_param_at(call, codec, 3, "stride", 1)),
            padding=padding if isinstance(padding, str) else _as_param(padding),
            dilation=_as_param(_param_at(call, codec, 5, "dilation", 1)),
            groups=_as_dim(_param_at(call, codec, 6, "groups", 1)),
            spatial=spatial,
        )
        return codec.tensor_type(device, dtype, shape)

    return hook


def _conv_transpose_hook(spatial: int) -> Callable[[Call, Codec], Type | None]:
    name = f"conv_transpose{spatial}d"

    @_hook
    def hook(call: Call, codec: Codec) -> Type | None:
        x = _tensor(codec, call.arg(0, "input"))
        w = _tensor(codec, call.arg(1, "weight"))
        b = _optional_tensor(codec, call.arg(2, "bias"))
        device, dtype = _combine(name, x, [("weight", w), ("bias", b)])
        if x.shape is None or w.shape is None:
            return codec.tensor_type(device, dtype, None)
        shape = conv_transpose_shape(
            x.shape,
            w.shape,
            _shape(b) if b is None or b.shape is not None else None,
            stride=_as_param(_param_at(call, codec, 3, "stride", 1)),
            padding=_as_param(_param_at(call, codec, 4, "padding", 0)),
            output_padding=_as_param(_param_at(call, codec, 5, "output_padding", 0)),
            groups=_as_dim(_param_at(call, codec, 6, "groups", 1)),
            dilation=_as_param(_param_at(call, codec, 7, "dilation", 1)),
            spatial=spatial,
        )
        return codec.tensor_type(device, dtype, shape)

    return hook


def _as_dim(value: object) -> Dim:
    return value if isinstance(value, int) else UNKNOWN


def _as_param(value: object) -> Dim | tuple[Dim, ...]:
    """An int-or-tuple hyper-parameter; anything else (a string, None inside) is unknown."""
    if isinstance(value, int):
        return value
    if isinstance(value, tuple):
        return tuple(v if v is not None else UNKNOWN for v in value)
    return UNKNOWN


# -- pooling -------------------------------------------------------------------------------------


def _either_ceil_mode(
    compute: Callable[[bool], Shape], ceil_mode: bool | None, shape: Shape
) -> Shape:
    """The shape for a literal `ceil_mode`; for a non-literal one, the dims both modes agree on
    (and no error: one mode may accept what the other rejects)."""
    if ceil_mode is not None:
        return compute(ceil_mode)
    try:
        floor, ceil = compute(False), compute(True)
    except RuleError:
        return tuple(UNKNOWN for _ in shape)
    return tuple(a if a == b else UNKNOWN for a, b in zip(floor, ceil, strict=True))


def _pool_hook(kind: str, spatial: int) -> Callable[[Call, Codec], Type | None]:
    name = f"{kind}_pool{spatial}d"
    # Positions after kernel_size: max (stride, padding, dilation, ceil_mode, return_indices),
    # avg (stride, padding, ceil_mode, ...).
    ceil_index = 5 if kind == "max" else 4

    @_hook
    def hook(call: Call, codec: Codec) -> Type | None:
        x = _tensor(codec, call.arg(0, "input"))
        if kind == "max" and _flag(call.arg(6, "return_indices"), False) is not False:
            return None
        if x.shape is None:
            return codec.tensor_type(x.device, x.dtype, None)
        kernel = _as_param(_param_at(call, codec, 1, "kernel_size", UNKNOWN))
        stride_value = _param_at(call, codec, 2, "stride", None)
        stride = None if stride_value is None else _as_param(stride_value)
        padding = _as_param(_param_at(call, codec, 3, "padding", 0))
        dilation = _as_param(_param_at(call, codec, 4, "dilation", 1)) if kind == "max" else 1
        shape = x.shape
        ceil_mode = _flag(call.arg(ceil_index, "ceil_mode"), False)
        out = _either_ceil_mode(
            lambda ceil: pool_shape(
                shape, kernel, stride, padding, dilation, ceil, spatial=spatial, op=name
            ),
            ceil_mode,
            shape,
        )
        return codec.tensor_type(x.device, x.dtype, out)

    return hook


def _adaptive_pool_hook(kind: str, spatial: int) -> Callable[[Call, Codec], Type | None]:
    name = f"adaptive_{kind}_pool{spatial}d"

    @_hook
    def hook(call: Call, codec: Codec) -> Type | None:
        x = _tensor(codec, call.arg(0, "input"))
        if kind == "max" and _flag(call.arg(2, "return_indices"), False) is not False:
            return None
        if x.shape is None:
            return codec.tensor_type(x.device, x.dtype, None)
        size = _param_at(call, codec, 1, "output_size", UNKNOWN)
        if isinstance(size, str):
            size = UNKNOWN
        output_size = size if isinstance(size, tuple) or size is None else _as_dim(size)
        shape = adaptive_pool_shape(x.shape, output_size, spatial=spatial, op=name)
        return codec.tensor_type(x.device, x.dtype, shape)

    return hook


def _as_scale(value: object) -> Scale | tuple[Scale, ...]:
    if isinstance(value, int):
        return value
    if isinstance(value, tuple):
        return tuple(v if isinstance(v, int) else UNKNOWN for v in value)
    return UNKNOWN


# -- interpolate, pad ----------------------------------------------------------------------------


@op(f"{FUNCTIONAL}.interpolate")
@_hook
def interpolate_hook(call: Call, codec: Codec) -> Type | None:
    x = _tensor(codec, call.arg(0, "input"))
    if x.shape is None:
        return codec.tensor_type(x.device, x.dtype, None)
    size = _param_at(call, codec, 1, "size", None)
    scale = _param_at(call, codec, 2, "scale_factor", None)
    mode = _literal_value(call.arg(3, "mode"), "nearest")
    align = _literal_value(call.arg(4, "align_corners"))
    recompute = _literal_value(call.arg(5, "recompute_scale_factor"))
    antialias = _flag(call.arg(6, "antialias"), False)
    if not isinstance(mode, str) or antialias is None:
        raise _Unknowable
    if not (align is None or isinstance(align, bool)) or not (
        recompute is None or isinstance(recompute, bool)
    ):
        raise _Unknowable
    if isinstance(size, str) or isinstance(scale, str):
        raise _Unknowable
    shape = interpolate_shape(
        x.shape,
        size=None if size is None else _as_param(size),
        # A float scale is never a literal to mypy: only an int one is known.
        scale_factor=None if scale is None else _as_scale(scale),
        mode=mode,
        align_corners=align,
        recompute_scale_factor=recompute,
        antialias=antialias,
    )
    return codec.tensor_type(x.device, x.dtype, shape)


@op(f"{FUNCTIONAL}.pad")
@_hook
def pad_hook(call: Call, codec: Codec) -> Type | None:
    x = _tensor(codec, call.arg(0, "input"))
    pad = _param_at(call, codec, 1, "pad", UNKNOWN)
    mode = _literal_value(call.arg(2, "mode"), "constant")
    if x.shape is None or not isinstance(pad, tuple) or not isinstance(mode, str):
        # A list or a non-literal tuple has no known length: the rank is known, the dims not.
        if x.shape is None:
            return codec.tensor_type(x.device, x.dtype, None)
        return codec.tensor_type(x.device, x.dtype, tuple(UNKNOWN for _ in x.shape))
    pads = tuple(UNKNOWN if p is None else p for p in pad)
    value = _literal_value(call.arg(3, "value"))
    # A non-literal value is unknown: passed as None, it cannot make an error.
    shape = pad_shape(x.shape, pads, mode, value if isinstance(value, (int, float)) else None)
    return codec.tensor_type(x.device, x.dtype, shape)


for _n in (1, 2, 3):
    op(f"{FUNCTIONAL}.conv{_n}d")(_conv_hook(_n))
    op(f"{FUNCTIONAL}.conv_transpose{_n}d")(_conv_transpose_hook(_n))
    for _kind in ("max", "avg"):
        op(f"{FUNCTIONAL}.{_kind}_pool{_n}d")(_pool_hook(_kind, _n))
        op(f"{FUNCTIONAL}.adaptive_{_kind}_pool{_n}d")(_adaptive_pool_hook(_kind, _n))
