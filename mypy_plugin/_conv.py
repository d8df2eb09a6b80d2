"""Hooks for `typedtorch.functional`: linear, conv, conv_transpose, pools, interpolate, pad.

Hyper-parameters are read from literal arguments (`stride=2`, `padding=(1, 2)`, `'same'`); a
non-literal one is unknown, which makes the dims it affects unknown and raises no error.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from mypy.nodes import Expression, FloatExpr, IntExpr, ListExpr, NameExpr, TupleExpr, UnaryExpr
from mypy.types import (
    AnyType,
    Instance,
    LiteralType,
    NoneType,
    TupleType,
    Type,
    TypeOfAny,
    get_proper_type,
)

from typedtorch._shapes import (
    UNKNOWN,
    Dim,
    DTypeMismatch,
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
from typedtorch._shapes._kernels import KERNELS, check_adaptive_avg_pool, check_kernel, is_empty
from typedtorch._shapes._resize import Scale

from ._calls import Call
from ._codec import Codec, TensorType
from ._errors import report_rule_error, unknown_after_error
from ._int_args import int_arg_dim, seq_arg_dims
from ._kinds import check_same_device, check_same_dtype, dtype_name
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
    name: str,
    input: TensorType,
    others: list[tuple[str, TensorType | None]],
    *,
    empty: bool = False,
) -> tuple[Type, Type]:
    """The device and dtype of the result; raises when input and weight/bias differ.

    `empty`: a convolution of an empty input runs no kernel, and torch then takes mixed dtypes
    (its result's dtype follows no one rule: bool with int64 gives int64, float32 with float64
    gives float32), so the dtype is unknown rather than an error."""
    device, dtype = input.device, input.dtype
    for what, other in others:
        if other is None:
            continue
        device = check_same_device(name, device, other.device, ("input", what))
        try:
            dtype = check_same_dtype(name, dtype, other.dtype, ("input", what))
        except DTypeMismatch:
            if not empty:
                raise
            dtype = AnyType(TypeOfAny.special_form)
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
    given = dtype_name(dtype)
    if given is not None:
        # torch's addmm: no bool kernel (an empty product runs none).
        check_kernel("matmul", given, shown="linear", empty=is_empty(x.shape) or is_empty(w.shape))
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
        device, dtype = _combine(name, x, [("weight", w), ("bias", b)], empty=is_empty(x.shape))
        dilation = _as_param(_param_at(call, codec, 5, "dilation", 1))
        given = dtype_name(dtype)
        if given is not None:
            dilated = any(isinstance(d, int) and d > 1 for d in _flat(dilation))
            check_kernel("conv(dilated)" if dilated else "conv", given, x.shape, name)
        if x.shape is None or w.shape is None:
            return codec.tensor_type(device, dtype, None)
        padding = _param_at(call, codec, 4, "padding", 0)
        shape = conv_shape(
            x.shape,
            w.shape,
            _shape(b) if b is None or b.shape is not None else None,
            stride=_as_param(_param_at(call, codec, 3, "stride", 1)),
            padding=padding if isinstance(padding, str) else _as_param(padding),
            dilation=dilation,
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
        device, dtype = _combine(name, x, [("weight", w), ("bias", b)], empty=is_empty(x.shape))
        given = dtype_name(dtype)
        if given is not None:
            check_kernel("conv_transpose", given, x.shape, name)
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


def _flat(value: Dim | tuple[Dim, ...]) -> tuple[Dim, ...]:
    return value if isinstance(value, tuple) else (value,)


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
        given = dtype_name(x.dtype)
        if given is not None:
            check_kernel(name, given, x.shape)
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
        size = _param_at(call, codec, 1, "output_size", UNKNOWN)
        if isinstance(size, str):
            size = UNKNOWN
        output_size = size if isinstance(size, tuple) or size is None else _as_dim(size)
        given = dtype_name(x.dtype)
        if given is not None and kind == "max":
            check_kernel(name, given, x.shape)
        elif given is not None:
            sizes = None if output_size is None else _sizes_of(output_size, spatial)
            check_adaptive_avg_pool(name, given, sizes, x.shape)
        if x.shape is None:
            return codec.tensor_type(x.device, x.dtype, None)
        shape = adaptive_pool_shape(x.shape, output_size, spatial=spatial, op=name)
        return codec.tensor_type(x.device, x.dtype, shape)

    return hook


def _sizes_of(value: object, spatial: int) -> tuple[Dim, ...] | None:
    """An adaptive pool's output sizes (an int for every spatial dim); None: not known."""
    if isinstance(value, int):
        return (value,) * spatial
    if isinstance(value, tuple) and all(isinstance(v, int) for v in value):
        return value
    return None


def _as_scale(value: object) -> Scale | tuple[Scale, ...]:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value
    if isinstance(value, tuple):
        return tuple(
            v if isinstance(v, int | float) and not isinstance(v, bool) else UNKNOWN for v in value
        )
    return UNKNOWN


def _float_scale(expr: Expression | None) -> float | tuple[float | None, ...] | None:
    """A scale factor written with a float literal (`2.0`, `(0.5, 2.0)`), which mypy types as a
    plain `float`; None when there is none (an int one is read as a dim)."""
    if isinstance(expr, UnaryExpr) and expr.op == "-" and isinstance(expr.expr, FloatExpr):
        return -expr.expr.value
    if isinstance(expr, FloatExpr):
        return expr.value
    if isinstance(expr, TupleExpr | ListExpr) and any(isinstance(e, FloatExpr) for e in expr.items):
        return tuple(e.value if isinstance(e, FloatExpr | IntExpr) else None for e in expr.items)
    return None


# -- interpolate, pad ----------------------------------------------------------------------------


@op(f"{FUNCTIONAL}.interpolate")
@_hook
def interpolate_hook(call: Call, codec: Codec) -> Type | None:
    x = _tensor(codec, call.arg(0, "input"))
    if x.shape is None:
        return codec.tensor_type(x.device, x.dtype, None)
    size = _param_at(call, codec, 1, "size", None)
    scale: object = _float_scale(call.arg_expr(2, "scale_factor"))
    if scale is None:
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
    given = dtype_name(x.dtype)
    if given is not None and f"interpolate({mode})" in KERNELS:
        check_kernel(f"interpolate({mode})", given, x.shape, f"interpolate(mode={mode!r})")
    shape = interpolate_shape(
        x.shape,
        size=None if size is None else _as_param(size),
        # A float scale is known where written as a literal (`2.0`, `(0.5, 2.0)`).
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
