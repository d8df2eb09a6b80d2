"""Hooks for reductions (`sum`, `mean`, `max(dim)`, `argmax`, ...) and dim-wise ops that keep the
shape (`softmax`, `log_softmax`, `cumsum`, `cumprod`).

The rules are in `typedtorch._shapes._reduce`; here we only read `dim` / `keepdim` / `dtype`
arguments as torch binds them and build the result (`ValuesIndices` for `max(dim)`/`min(dim)`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from mypy.nodes import ListExpr, TupleExpr
from mypy.types import (
    Instance,
    LiteralType,
    NoneType,
    TupleType,
    Type,
    get_proper_type,
)

from typedtorch._shapes import Shape
from typedtorch._shapes._reduce import dim_op_shape, reduce_dtype, reduce_shape

from ._calls import Call
from ._codec import TENSOR, Codec, TensorType
from ._elementwise import _category, elementwise, operand
from ._kinds import dtype_name, dtype_type
from ._names import VALUES_INDICES as VALUES_INDICES
from ._registry import OpHook, op
from ._reshape import dim_of, dim_seq


class _Unknown:
    """An argument whose value the checker does not know (a plain `int`, a list)."""


UNKNOWN_ARG: Final = _Unknown()

DimArg = int | tuple[int, ...] | None | _Unknown


@dataclass(frozen=True)
class Params:
    """Where an op takes its arguments: positions of `dim` and `keepdim`, `dtype` keyword."""

    dim: int | None = 0
    keepdim: int | None = 1
    dtype: int | None = None  # position of `dtype`, when it may be positional
    dtype_keyword: bool = False
    tuple_dims: bool = True  # whether `dim` may be a tuple of dims


_REDUCTIONS: Final = {
    "sum": Params(dtype_keyword=True),
    "mean": Params(dtype_keyword=True),
    "prod": Params(dtype_keyword=True, tuple_dims=False),
    "std": Params(keepdim=2),  # std(dim, unbiased, keepdim)
    "var": Params(keepdim=2),
    "amax": Params(),
    "amin": Params(),
    "all": Params(),
    "any": Params(),
    "logsumexp": Params(),
    "norm": Params(dim=1, keepdim=2),  # norm(p, dim, keepdim)
    "argmax": Params(tuple_dims=False),
    "argmin": Params(tuple_dims=False),
}
_DIM_OPS: Final = {
    "softmax": Params(keepdim=None, dtype=1, dtype_keyword=True),
    "log_softmax": Params(keepdim=None, dtype=1, dtype_keyword=True),
    "cumsum": Params(keepdim=None, dtype_keyword=True),
    "cumprod": Params(keepdim=None, dtype_keyword=True),
}
# Ops whose result keeps an abstract dtype (a TypeVar) as it is, by input category.
_KEEPS_DTYPE: Final = {
    "amax": None,
    "amin": None,
    "max": None,
    "min": None,
    "mean": None,
    "softmax": None,
    "log_softmax": None,
    "sum": ("floating", "complex"),
    "prod": ("floating", "complex"),
    "cumsum": ("floating", "complex"),
    "cumprod": ("floating", "complex"),
    "std": ("floating",),
    "var": ("floating",),
    "norm": ("floating",),
    "logsumexp": ("floating", "complex"),
}


def _literal_value(typ: Type) -> object:
    p = get_proper_type(typ)
    if isinstance(p, Instance) and p.last_known_value is not None:
        p = p.last_known_value
    if isinstance(p, LiteralType):
        return p.value
    return UNKNOWN_ARG


def read_dim(call: Call, codec: Codec, position: int | None, name: str) -> DimArg:
    """A `dim` argument: an int, a tuple of ints, None (all dims), or unknown."""
    typ = _arg(call, position, name)
    if typ is None:
        return None
    expr = call.arg_expr(position, name) if position is not None else call.keyword_exprs.get(name)
    p = get_proper_type(typ)
    if isinstance(p, NoneType):
        return None
    if isinstance(p, TupleType) or isinstance(expr, (TupleExpr, ListExpr)):
        dims = dim_seq(call, codec, typ, expr)
        if dims is not None and all(isinstance(d, int) for d in dims):
            return tuple(d for d in dims if isinstance(d, int))
        return UNKNOWN_ARG
    if isinstance(p, Instance) and p.type.fullname == "builtins.int":
        d = dim_of(call.api, codec, typ, expr)
        return d if isinstance(d, int) else UNKNOWN_ARG
    return UNKNOWN_ARG


def read_bool(typ: Type | None, default: bool) -> bool | None:
    """A bool argument's value; None when not known to the checker."""
    if typ is None:
        return default
    value = _literal_value(typ)
    return value if isinstance(value, bool) else None


def _is_bool(typ: Type | None) -> bool:
    p = get_proper_type(typ) if typ is not None else None
    if isinstance(p, LiteralType):
        p = p.fallback
    return isinstance(p, Instance) and p.type.fullname == "builtins.bool"


def _arg(call: Call, position: int | None, name: str) -> Type | None:
    if position is None:
        return call.keywords.get(name)
    return call.arg(position, name)


def _explicit_dtype(call: Call, params: Params) -> Type | None | _Unknown:
    """The `dtype=` argument: a dtype kind type, None when absent or None, or unknown."""
    typ = _arg(call, params.dtype, "dtype") if params.dtype_keyword else None
    if typ is None or isinstance(get_proper_type(typ), NoneType):
        return None
    return typ if dtype_name(typ) is not None else UNKNOWN_ARG


def result_dtype(op_name: str, x: TensorType, codec: Codec, explicit: Type | None) -> Type:
    if explicit is not None:
        return explicit
    name = dtype_name(x.dtype)
    if name is not None:
        return dtype_type(codec, reduce_dtype(op_name, name, x.shape))
    if op_name in ("all", "any"):
        return dtype_type(codec, "bool")
    if op_name in ("argmax", "argmin"):
        return dtype_type(codec, "int64")
    if op_name in _KEEPS_DTYPE:
        categories = _KEEPS_DTYPE[op_name]
        if categories is None or _category(x.dtype) in categories:
            return x.dtype
    return codec.any()


def _reduced_shape(op_name: str, x: TensorType, dim: DimArg, keepdim: bool | None) -> Shape | None:
    if x.shape is None:
        # Unknown rank: only a full reduction without keepdim has a known result.
        return () if dim is None and keepdim is False else None
    if isinstance(dim, _Unknown) or keepdim is None:
        return None
    return reduce_shape(x.shape, dim, keepdim, op_name)


def _reduction_hook(op_name: str, params: Params) -> OpHook:
    def hook(call: Call, codec: Codec) -> Type | None:
        x = codec.tensor(call.receiver) if call.receiver is not None else None
        if x is None:
            return None
        if op_name in ("std", "var") and _is_bool(call.arg(0)):
            # `x.std(False)`: the overload `std(unbiased)`, over all elements.
            return codec.tensor_type(x.device, result_dtype(op_name, x, codec, None), ())
        dim = read_dim(call, codec, params.dim, "dim")
        if isinstance(dim, tuple) and not params.tuple_dims:
            return None  # not a form torch takes: leave the stub's error
        keepdim = read_bool(_arg(call, params.keepdim, "keepdim"), False)
        explicit = _explicit_dtype(call, params)
        if isinstance(explicit, _Unknown):
            dtype: Type = codec.any()
        else:
            dtype = result_dtype(op_name, x, codec, explicit)
        return codec.tensor_type(x.device, dtype, _reduced_shape(op_name, x, dim, keepdim))

    return hook


def _dim_op_hook(op_name: str, params: Params) -> OpHook:
    def hook(call: Call, codec: Codec) -> Type | None:
        x = codec.tensor(call.receiver) if call.receiver is not None else None
        if x is None:
            return None
        dim = read_dim(call, codec, params.dim, "dim")
        explicit = _explicit_dtype(call, params)
        if isinstance(explicit, _Unknown):
            dtype: Type = codec.any()
        else:
            dtype = result_dtype(op_name, x, codec, explicit)
        if x.shape is not None and isinstance(dim, int):
            dim_op_shape(x.shape, dim, op_name)
        return codec.tensor_type_raw(x.device, dtype, x.raw_shape)

    return hook


def _extremum_hook(op_name: str) -> OpHook:
    """`max()` (all), `max(dim, keepdim)` (values and indices), `max(other)` (elementwise)."""
    elementwise_name = "maximum" if op_name == "max" else "minimum"

    def hook(call: Call, codec: Codec) -> Type | None:
        x = codec.tensor(call.receiver) if call.receiver is not None else None
        if x is None:
            return None
        first = call.arg(0, "dim")
        other = call.arg(0, "other")
        if other is not None and codec.tensor(other) is not None:
            this, that = operand(call.receiver, codec), operand(other, codec)
            if this is None or that is None:
                return None
            return elementwise(elementwise_name, [this, that], codec)
        values_dtype = result_dtype(op_name, x, codec, None)
        if first is None:
            if x.shape is not None:
                reduce_shape(x.shape, None, False, op_name)  # an empty tensor has no max
            return codec.tensor_type(x.device, values_dtype, ())
        dim = read_dim(call, codec, 0, "dim")
        if dim is None or isinstance(dim, tuple):
            return None  # not a form torch takes: leave the stub's error
        keepdim = read_bool(call.arg(1, "keepdim"), False)
        shape = _reduced_shape(op_name, x, dim, keepdim)
        return values_indices(codec, x.device, values_dtype, shape)

    return hook


def values_indices(codec: Codec, device: Type, dtype: Type, shape: Shape | None) -> Type:
    """`ValuesIndices[dtype, device, *shape]`, as mypy spells a generic named tuple."""
    values = codec.tensor_type(device, dtype, shape)
    indices = codec.tensor_type(device, dtype_type(codec, "int64"), shape)
    fallback = codec.make(VALUES_INDICES, [dtype, device, *values.args[2:]])
    return TupleType([values, indices], fallback)


for _name, _params in _REDUCTIONS.items():
    op(f"{TENSOR}.{_name}")(_reduction_hook(_name, _params))
for _name, _params in _DIM_OPS.items():
    op(f"{TENSOR}.{_name}")(_dim_op_hook(_name, _params))
for _name in ("max", "min"):
    op(f"{TENSOR}.{_name}")(_extremum_hook(_name))
