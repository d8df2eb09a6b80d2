"""Arguments as the coverage families (`_sorting.py`, `_scattering.py`, `_linalg.py`, ...) read
them: tensors, literal values, dtypes by a rule, devices that must agree.

An argument the checker cannot read (a non-literal dim, a plain `torch.Tensor` whose shape is
unknown) makes the dims it affects unknown; it never raises.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

from mypy.nodes import FloatExpr, IntExpr, UnaryExpr
from mypy.types import Instance, LiteralType, NoneType, Type, get_proper_type

from typedtorch._shapes import UNKNOWN, Dim, Shape

from ._calls import Call
from ._codec import Codec, TensorType
from ._kinds import check_same_device, check_same_dtype, dtype_name, dtype_type
from ._reshape import arg_dim

UNREADABLE: Final = object()


def _arg(call: Call, index: int | None, name: str) -> Type | None:
    return call.arg(index, name) if index is not None else call.keywords.get(name)


def tensor_at(call: Call, codec: Codec, index: int | None, name: str) -> TensorType | None:
    """The typed tensor passed at `index` (or as `name`; keyword-only for None); None when
    absent or not one."""
    typ = _arg(call, index, name)
    if typ is None or isinstance(get_proper_type(typ), NoneType):
        return None
    return codec.tensor(typ)


def given(call: Call, index: int | None, name: str) -> bool:
    """Whether the argument is passed and is not None."""
    typ = _arg(call, index, name)
    return typ is not None and not isinstance(get_proper_type(typ), NoneType)


def value_at(call: Call, index: int | None, name: str, default: object) -> object:
    """A literal argument's value (`2`, `"sum"`, `True`), None for None, `default` when absent,
    `UNREADABLE` when the checker does not know its value."""
    typ = _arg(call, index, name)
    if typ is None:
        return default
    p = get_proper_type(typ)
    if isinstance(p, NoneType):
        return None
    if isinstance(p, Instance) and p.last_known_value is not None:
        p = p.last_known_value
    if isinstance(p, LiteralType):
        return p.value
    return UNREADABLE


def int_value(
    call: Call, codec: Codec, index: int | None, name: str, default: int | None
) -> int | None:
    """A literal int argument (its default when absent); None when not known."""
    if index is None:
        value = value_at(call, None, name, default)
        return value if isinstance(value, int) and not isinstance(value, bool) else None
    if call.arg(index, name) is None:
        return default
    d = arg_dim(call, codec, index, name)
    return d if isinstance(d, int) else None


def dim_value(call: Call, codec: Codec, index: int | None, name: str, default: Dim) -> Dim:
    """A size argument as a dim (symbolic arithmetic included); UNKNOWN when not known."""
    if index is None:
        if name not in call.keywords:
            return default
        value = value_at(call, None, name, default)
        return value if isinstance(value, int) and not isinstance(value, bool) else UNKNOWN
    d = arg_dim(call, codec, index, name)
    return default if d is None else d


def bool_value(call: Call, index: int | None, name: str, default: bool) -> bool | None:
    value = value_at(call, index, name, default)
    return value if isinstance(value, bool) else None


def str_value(call: Call, index: int | None, name: str, default: str | None) -> str | None:
    value = value_at(call, index, name, default)
    return value if isinstance(value, str) else None


def by_rule(codec: Codec, dtype: Type, rule: Callable[[str], str]) -> Type:
    """The result dtype `rule` gives a concrete input dtype (raising where torch does). An
    abstract one (a TypeVar, `Floating`, Any) is kept: the callers use this for rules that keep
    every dtype they accept."""
    name = dtype_name(dtype)
    if name is None:
        return dtype
    out = rule(name)
    return dtype if out == name else dtype_type(codec, out)


def fixed_dtype(codec: Codec, dtype: Type, rule: Callable[[str], str], result: str) -> Type:
    """A result of dtype `result` whatever the input's (after `rule` checks a concrete one)."""
    name = dtype_name(dtype)
    if name is not None:
        rule(name)
    return dtype_type(codec, result)


def common_kinds(
    op: str, first: tuple[str, TensorType], others: Sequence[tuple[str, TensorType | None]]
) -> tuple[Type, Type]:
    """Device and dtype of tensors that must share both (`addmm`'s input, mat1, mat2)."""
    label, x = first
    device, dtype = x.device, x.dtype
    for what, t in others:
        if t is None:
            continue
        device = check_same_device(op, device, t.device, (label, what))
        dtype = check_same_dtype(op, dtype, t.dtype, (label, what))
    return device, dtype


def common_device(
    op: str, first: tuple[str, TensorType], others: Sequence[tuple[str, TensorType | None]]
) -> Type:
    """Device of tensors that must share it (an index tensor of another dtype)."""
    label, x = first
    device = x.device
    for what, t in others:
        if t is not None:
            device = check_same_device(op, device, t.device, (label, what))
    return device


def unknown_dims(shape: Shape | None) -> Shape | None:
    """The shape's rank with every dim unknown (None for an unknown rank)."""
    return None if shape is None else tuple(UNKNOWN for _ in shape)


def number_at(call: Call, index: int | None, name: str, default: float) -> float | None:
    """A number argument written as a literal (`0.5`, `-1`, `True` is not one); `default` when
    absent; None when not known."""
    typ = _arg(call, index, name)
    if typ is None:
        return default
    expr = call.arg_expr(index, name) if index is not None else call.keyword_exprs.get(name)
    sign = 1.0
    if isinstance(expr, UnaryExpr) and expr.op in ("-", "+"):
        sign = -1.0 if expr.op == "-" else 1.0
        expr = expr.expr
    if isinstance(expr, IntExpr | FloatExpr):
        return sign * expr.value
    value = value_at(call, index, name, default)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    return None
