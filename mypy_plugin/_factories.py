"""Hooks for the tensor factories: `tt.zeros(3, 4)` is a `Tensor[CPU, Float32, L[3], L[4]]`.

Sizes come from the argument types (`Literal[3]`, a TypeVar read off `x.shape[0]`); what types do
not keep is read from the argument expressions: the lengths and elements of a list literal
(`tt.tensor([[1.0, 2.0]])`), float bounds (`tt.arange(0, 1, 0.25)`), and which dtype a torch
dtype is (`dtype=torch.float64` is typed `torch.dtype`; its name says `Float64`).

A hook gives up (returns None, mypy checks the call against the stub) where an argument is not
what the factory takes, so mypy reports it in its own words.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from mypy.maptype import map_instance_to_supertype
from mypy.nodes import (
    CallExpr,
    ComplexExpr,
    Expression,
    FloatExpr,
    IntExpr,
    ListExpr,
    NameExpr,
    RefExpr,
    StrExpr,
    TupleExpr,
    UnaryExpr,
)
from mypy.types import (
    AnyType,
    Instance,
    LiteralType,
    NoneType,
    ProperType,
    TupleType,
    Type,
    TypeVarType,
    UnpackType,
    get_proper_type,
)

from typedtorch._shapes import (
    UNKNOWN,
    Dim,
    RuleError,
    arange_shape,
    check_random_dtype,
    check_requires_grad,
    eye_shape,
    linspace_shape,
    randint_dtype,
    scalar_dtype,
    size_shape,
    tensor_dtype,
    tensor_shape,
)
from typedtorch._shapes._kernels import check_kernel, is_empty

from ._calls import Call
from ._codec import DEFAULT_DEVICE, DEFAULT_DTYPE, TENSOR, Codec
from ._errors import report_rule_error, unknown_after_error
from ._int_args import int_arg_dim, seq_arg_dims
from ._kinds import DEVICE_CLASSES, device_type, dtype_name, dtype_type
from ._names import VARIABLE_FUNCTIONS as MODULE
from ._registry import OpHook, op

_DTYPE_BASE: Final = "typedtorch._dtypes.DType"
_DEVICE_BASE: Final = "typedtorch._devices.Device"

# torch's dtype names and aliases (`torch.double`), by the name torch prints.
_TORCH_DTYPES: Final = {
    "float16": "float16",
    "half": "float16",
    "bfloat16": "bfloat16",
    "float32": "float32",
    "float": "float32",
    "float64": "float64",
    "double": "float64",
    "complex64": "complex64",
    "cfloat": "complex64",
    "complex128": "complex128",
    "cdouble": "complex128",
    "int8": "int8",
    "int16": "int16",
    "short": "int16",
    "int32": "int32",
    "int": "int32",
    "int64": "int64",
    "long": "int64",
    "uint8": "uint8",
    "bool": "bool",
}
_TORCH_MODULES: Final = ("torch.", "torch._C.")
# A representative Python scalar of each scalar type: the shared rules infer dtypes from values.
_SCALARS: Final[dict[str, object]] = {
    "builtins.bool": True,
    "builtins.int": 0,
    "builtins.float": 0.0,
    "builtins.complex": 0j,
}


class _GiveUp(Exception):
    """An argument the factory does not take: leave the call to mypy and the stub."""


def _total(hook: Callable[[Call, Codec], Type]) -> OpHook:
    def run(call: Call, codec: Codec) -> Type | None:
        try:
            return hook(call, codec)
        except _GiveUp:
            return None

    return run


# -- reading arguments ------------------------------------------------------------------------


def _is_none(typ: Type | None, expr: Expression | None) -> bool:
    if isinstance(expr, NameExpr) and expr.fullname == "builtins.None":
        return True
    return isinstance(get_proper_type(typ), NoneType)


def _int_like(p: ProperType) -> bool:
    if isinstance(p, LiteralType):
        return isinstance(p.value, int)
    if isinstance(p, Instance):
        return p.type.has_base("builtins.int")
    if isinstance(p, TypeVarType):
        return _int_like(get_proper_type(p.upper_bound))
    return isinstance(p, AnyType)


def _dim(call: Call, codec: Codec, typ: Type, expr: Expression | None = None) -> Dim:
    """A size argument's dim, arithmetic included (`zeros(h + 1)`, `-1`: mypy types both as
    plain `int`; see `_int_args.py`), so that the rules can reject negative sizes as torch does."""
    p = get_proper_type(typ)
    if not _int_like(p):
        raise _GiveUp
    return int_arg_dim(call.api, codec, typ, expr)


def _sequence_dims(
    codec: Codec, call: Call, typ: Type, expr: Expression | None
) -> list[Dim] | None:
    """The dims of a size given as one sequence (`(2, 3)`, `x.shape`); None for unknown length."""
    p = get_proper_type(typ)
    if expr is not None and not isinstance(expr, ListExpr | TupleExpr):
        read = seq_arg_dims(call.api, codec, typ, expr)
        if read is not None:
            return read
    if isinstance(expr, ListExpr | TupleExpr):
        return [_dim(call, codec, call.api.get_expression_type(e), e) for e in expr.items]
    if isinstance(p, TupleType):
        if any(isinstance(i, UnpackType) for i in p.items):
            return None
        return [_dim(call, codec, i) for i in p.items]
    if isinstance(p, AnyType):
        return None
    if isinstance(p, Instance):
        seq = next((b for b in p.type.mro if b.fullname == "typing.Sequence"), None)
        if seq is not None:
            items = map_instance_to_supertype(p, seq).args
            if items and _int_like(get_proper_type(items[0])):
                return None  # a sequence of ints of unknown length (`torch.Size`, `list[int]`)
    raise _GiveUp


def _size(call: Call, codec: Codec, start: int) -> list[Dim] | None:
    """`*size` from position `start`: varargs (`zeros(2, 3)`) or one sequence (`zeros((2, 3))`)."""
    types = call.rest(start)
    exprs = call.positional_exprs[start:]
    if not types:
        size = call.keywords.get("size")
        if size is None:
            raise _GiveUp  # torch requires a size
        return _sequence_dims(codec, call, size, call.keyword_exprs.get("size"))
    if len(types) == 1 and not _int_like(get_proper_type(types[0])):
        return _sequence_dims(codec, call, types[0], exprs[0])
    return [_dim(call, codec, t, e) for t, e in zip(types, exprs, strict=True)]


def _size_arg(call: Call, codec: Codec, index: int) -> list[Dim] | None:
    """A `size` parameter that takes one sequence (`full`, `randint`)."""
    typ = call.arg(index, "size")
    if typ is None:
        raise _GiveUp
    return _sequence_dims(codec, call, typ, call.arg_expr(index, "size"))


def _ref_fullname(expr: Expression | None) -> str | None:
    return expr.fullname if isinstance(expr, RefExpr) and expr.fullname else None


def _dtype(call: Call, codec: Codec, default: Type) -> Type:
    """The dtype kind `dtype=` asks for; `default` when it is omitted or None."""
    typ = call.keywords.get("dtype")
    expr = call.keyword_exprs.get("dtype")
    if typ is None or _is_none(typ, expr):
        return default
    fullname = _ref_fullname(expr)
    if fullname is not None:
        for module in _TORCH_MODULES:
            name = fullname.removeprefix(module)
            if fullname.startswith(module) and name in _TORCH_DTYPES:
                return dtype_type(codec, _TORCH_DTYPES[name])
    p = get_proper_type(typ)
    if isinstance(p, Instance) and p.type.has_base(_DTYPE_BASE):
        return p
    if isinstance(p, AnyType) or (isinstance(p, Instance) and p.type.has_base("torch._C.dtype")):
        return codec.any()
    raise _GiveUp


def _device_from_str(codec: Codec, value: str) -> Type:
    kind = value.split(":", 1)[0]
    return device_type(codec, kind) if kind in DEVICE_CLASSES else codec.any()


def _str_value(typ: Type, expr: Expression | None) -> str | None:
    if isinstance(expr, StrExpr):
        return expr.value
    p = get_proper_type(typ)
    if isinstance(p, Instance) and p.last_known_value is not None:
        p = p.last_known_value
    if isinstance(p, LiteralType) and isinstance(p.value, str):
        return p.value
    return None


def _device(call: Call, codec: Codec, default: Type) -> Type:
    """The device kind `device=` asks for; `default` when it is omitted or None."""
    typ = call.keywords.get("device")
    expr = call.keyword_exprs.get("device")
    if typ is None or _is_none(typ, expr):
        return default
    p = get_proper_type(typ)
    if isinstance(p, Instance) and p.type.has_base(_DEVICE_BASE):
        return p
    text = _str_value(typ, expr)
    if text is not None:
        return _device_from_str(codec, text)
    if (
        isinstance(expr, CallExpr)
        and _ref_fullname(expr.callee) in ("torch.device", "torch._C.device")
        and expr.args
        and isinstance(expr.args[0], StrExpr)
    ):
        return _device_from_str(codec, expr.args[0].value)
    if isinstance(p, LiteralType | Instance) and _int_like(p):
        return device_type(codec, "cuda")  # torch reads a bare index as a CUDA device
    if isinstance(p, AnyType) or (
        isinstance(p, Instance)
        and (p.type.has_base("torch._C.device") or p.type.fullname == "builtins.str")
    ):
        return codec.any()
    raise _GiveUp


def _requires_grad(call: Call) -> bool:
    """Whether `requires_grad=True` is written (a non-literal bool may be False)."""
    expr = call.keyword_exprs.get("requires_grad")
    if isinstance(expr, NameExpr):
        return expr.fullname == "builtins.True"
    p = get_proper_type(call.keywords.get("requires_grad"))
    if isinstance(p, Instance) and p.last_known_value is not None:
        p = p.last_known_value
    return isinstance(p, LiteralType) and p.value is True


def _check_grad(op_name: str, call: Call, dtype: Type) -> None:
    name = dtype_name(dtype)
    if name is not None:
        check_requires_grad(op_name, name, _requires_grad(call))


def _scalar(typ: Type | None) -> object | None:
    """A representative value of a scalar type; None for Any. Gives up on a non-scalar."""
    p = get_proper_type(typ)
    if isinstance(p, TypeVarType):
        p = get_proper_type(p.upper_bound)  # a dim read off a shape (`x.shape[0]`) is an int
    if isinstance(p, LiteralType):
        p = p.fallback
    if isinstance(p, AnyType):
        return None
    if isinstance(p, Instance):
        for base in p.type.mro:
            if base.fullname in _SCALARS:
                return _SCALARS[base.fullname]
    raise _GiveUp


def _sizes(op_name: str, dims: list[Dim] | None) -> tuple[Dim, ...] | None:
    return size_shape(op_name, dims) if dims is not None else None


def _default_device(codec: Codec) -> Type:
    return codec.named(DEFAULT_DEVICE)


def _default_dtype(codec: Codec) -> Type:
    return codec.named(DEFAULT_DTYPE)


_COMPUTED: Final = ("arange", "linspace")


def _result(
    op_name: str,
    call: Call,
    codec: Codec,
    default_dtype: Type,
    shape: Callable[[], tuple[Dim, ...] | None],
) -> Type:
    """A new tensor on `device=` (CPU by default) of `dtype=` (`default_dtype` if omitted), of
    the shape `shape()` computes.

    A rule's error is reported here (the result is then unknown); a `requires_grad` error
    leaves the result as it is.
    """
    dtype = _dtype(call, codec, default_dtype)
    device = _device(call, codec, _default_device(codec))
    try:
        dims = shape()
        given = dtype_name(dtype)
        if op_name in _COMPUTED and given is not None:
            # arange/linspace compute their values: torch has no bool (or complex) kernel.
            check_kernel(op_name, given, dims)
    except RuleError as err:
        report_rule_error(call.api, err, call.context)
        return unknown_after_error()
    try:
        _check_grad(op_name, call, dtype)
    except RuleError as err:
        report_rule_error(call.api, err, call.context)
    return codec.tensor_type(device, dtype, dims)


# -- the factories ----------------------------------------------------------------------------


def _sized(op_name: str, random: bool) -> OpHook:
    @_total
    def hook(call: Call, codec: Codec) -> Type:
        dims = _size(call, codec, 0)
        name = dtype_name(_dtype(call, codec, _default_dtype(codec)))
        if random and name is not None:
            empty = dims is not None and any(isinstance(d, int) and d == 0 for d in dims)
            check_random_dtype(op_name, name, empty)
        return _result(op_name, call, codec, _default_dtype(codec), lambda: _sizes(op_name, dims))

    return hook


for _name, _random in (
    ("zeros", False),
    ("ones", False),
    ("empty", False),
    ("rand", True),
    ("randn", True),
):
    op(f"{MODULE}.{_name}")(_sized(_name, _random))


@op(f"{MODULE}.full")
@_total
def full_hook(call: Call, codec: Codec) -> Type:
    dims = _size_arg(call, codec, 0)
    fill = _scalar(call.arg(1, "fill_value"))
    default = dtype_type(codec, scalar_dtype(fill)) if fill is not None else codec.any()
    return _result("full", call, codec, default, lambda: _sizes("full", dims))


@op(f"{MODULE}.randint")
@_total
def randint_hook(call: Call, codec: Codec) -> Type:
    for typ in (*call.positional[:-1], call.keywords.get("low"), call.keywords.get("high")):
        if typ is not None:
            _dim(call, codec, typ)  # the bounds must be ints
    index = len(call.positional) if "size" in call.keywords else len(call.positional) - 1
    dims = _size_arg(call, codec, index)
    default = dtype_type(codec, "int64")
    name = dtype_name(_dtype(call, codec, default))
    if name is not None:
        bounds = zip(call.positional[:index], call.positional_exprs[:index], strict=True)
        low_high: list[Dim] = [int_arg_dim(call.api, codec, t, e) for t, e in bounds]
        if len(low_high) == 1:
            low_high.insert(0, 0)
        if len(low_high) == 2 and not {"low", "high"} & call.keywords.keys():
            low, high = low_high
            randint_dtype(
                low if isinstance(low, int) else None, high if isinstance(high, int) else None, name
            )
    return _result("randint", call, codec, default, lambda: _sizes("randint", dims))


def _number(call: Call, codec: Codec, index: int, name: str) -> tuple[Dim | float, bool] | None:
    """An `arange` bound: its value (a float literal read off the expression), and whether it is
    a float. None when not given."""
    typ = call.arg(index, name)
    if typ is None:
        return None
    expr = call.arg_expr(index, name)
    sign = 1
    if isinstance(expr, UnaryExpr) and expr.op in ("-", "+"):
        sign = -1 if expr.op == "-" else 1
        expr = expr.expr
    if isinstance(expr, FloatExpr):
        return sign * expr.value, True
    if isinstance(expr, IntExpr):
        return sign * expr.value, False
    scalar = _scalar(typ)
    if isinstance(scalar, float):
        return UNKNOWN, True
    if scalar is None or isinstance(scalar, int):
        return int_arg_dim(call.api, codec, typ, call.arg_expr(index, name)), False
    raise _GiveUp


@op(f"{MODULE}.arange")
@_total
def arange_hook(call: Call, codec: Codec) -> Type:
    given = [_number(call, codec, i, n) for i, n in enumerate(("start", "end", "step"))]
    if len(call.positional) == 1 and "end" not in call.keywords:
        given = [None, given[0], given[2]]  # `arange(end)`
    start, end, step = given
    if end is None:
        raise _GiveUp
    (s, s_float), (e, e_float), (st, st_float) = start or (0, False), end, step or (1, False)
    default = dtype_type(codec, "float32" if s_float or e_float or st_float else "int64")
    return _result("arange", call, codec, default, lambda: arange_shape(s, e, st))


@op(f"{MODULE}.linspace")
@_total
def linspace_hook(call: Call, codec: Codec) -> Type:
    steps = call.arg(2, "steps")
    if steps is None:
        raise _GiveUp
    n = _dim(call, codec, steps, call.arg_expr(2, "steps"))
    return _result("linspace", call, codec, _default_dtype(codec), lambda: linspace_shape(n))


@op(f"{MODULE}.eye")
@_total
def eye_hook(call: Call, codec: Codec) -> Type:
    n = call.arg(0, "n")
    if n is None:
        raise _GiveUp
    m = call.arg(1, "m")
    m_expr = call.arg_expr(1, "m")
    m_dim = None if m is None or _is_none(m, m_expr) else _dim(call, codec, m, m_expr)
    n_dim = _dim(call, codec, n, call.arg_expr(0, "n"))
    return _result("eye", call, codec, _default_dtype(codec), lambda: eye_shape(n_dim, m_dim))


class _NotLiteral(Exception):
    """Data that is not a (nested) literal of scalars: its shape is unknown."""


def _literal_data(call: Call, expr: Expression, depth: int = 0) -> object:
    """A list literal rebuilt with one representative scalar per element, for the rules."""
    if depth > 32:
        raise _NotLiteral
    if isinstance(expr, ListExpr | TupleExpr):
        return [_literal_data(call, item, depth + 1) for item in expr.items]
    if isinstance(expr, IntExpr):
        return 0
    if isinstance(expr, FloatExpr):
        return 0.0
    if isinstance(expr, ComplexExpr):
        return 0j
    if isinstance(expr, NameExpr) and expr.fullname in ("builtins.True", "builtins.False"):
        return True
    try:
        value = _scalar(call.api.get_expression_type(expr))
    except _GiveUp:
        raise _NotLiteral from None
    if value is None:
        raise _NotLiteral
    return value


@op(f"{MODULE}.tensor")
@_total
def tensor_hook(call: Call, codec: Codec) -> Type:
    expr = call.arg_expr(0, "data")
    if expr is None:
        raise _GiveUp
    try:
        data = _literal_data(call, expr)
    except _NotLiteral:
        if "dtype" not in call.keywords and "device" not in call.keywords:
            raise _GiveUp from None  # the stub infers the dtype from the data's type
        return _result("tensor", call, codec, codec.any(), lambda: None)
    default = dtype_type(codec, tensor_dtype(data))
    return _result("tensor", call, codec, default, lambda: tensor_shape(data))


def _like(op_name: str, random: bool, fill: bool) -> OpHook:
    @_total
    def hook(call: Call, codec: Codec) -> Type:
        typ = call.arg(0, "input")
        x = codec.tensor(typ) if typ is not None else None
        if x is None:
            raise _GiveUp
        if fill:
            _scalar(call.arg(1, "fill_value"))
        dtype = _dtype(call, codec, x.dtype)
        device = _device(call, codec, x.device)
        name = dtype_name(dtype)
        if random and name is not None:
            check_random_dtype(op_name, name, is_empty(x.shape))
        _check_grad(op_name, call, dtype)
        return codec.tensor_type_raw(device, dtype, x.raw_shape)

    return hook


for _name, _random, _fill in (
    ("zeros_like", False, False),
    ("ones_like", False, False),
    ("empty_like", False, False),
    ("full_like", False, True),
    ("rand_like", True, False),
    ("randn_like", True, False),
):
    op(f"{MODULE}.{_name}")(_like(_name, _random, _fill))


@op(TENSOR)
@_total
def legacy_constructor(call: Call, codec: Codec) -> Type:
    """`torch.Tensor(data)` / `torch.Tensor(3, 4)`: torch's legacy constructor makes a tensor of
    the default dtype (float32) on the default device, whatever the data's kind."""
    if call.keywords:
        raise _GiveUp
    float32 = _default_dtype(codec)
    device = codec.named(DEFAULT_DEVICE)
    if not call.positional:
        return codec.tensor_type(device, float32, [0])
    first = call.arg_expr(0)
    if first is not None and isinstance(get_proper_type(call.positional[0]), Instance):
        name = get_proper_type(call.positional[0])
        if isinstance(name, Instance) and name.type.fullname in ("builtins.list", "builtins.tuple"):
            try:
                data = _literal_data(call, first)
            except _NotLiteral:
                return codec.tensor_type(device, float32, None)
            return codec.tensor_type(device, float32, tensor_shape(data))
    dims = _size(call, codec, 0)
    return codec.tensor_type(device, float32, _sizes("Tensor", dims))
