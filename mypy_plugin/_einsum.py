"""Hook for `tt.einsum`: the result shape from a literal equation (`'bij,bjk->bik'`).

The equation is read from its type (`Literal['...']`, or a `str` with a known literal value) or
from the argument's expression (a string literal); any other equation gives an unknown shape.
"""

from __future__ import annotations

from typing import Final

from mypy.nodes import StrExpr
from mypy.subtypes import is_same_type
from mypy.types import Instance, LiteralType, Type, get_proper_type

from typedtorch._shapes import RuleError, einsum_shape
from typedtorch._shapes._einsum import einsum_dtype

from ._calls import Call
from ._codec import Codec, TensorType
from ._elementwise import _category
from ._errors import report_rule_error, unknown_after_error
from ._kinds import check_same_device, dtype_name, dtype_type
from ._names import TORCH_FUNCTIONAL
from ._registry import op

EINSUM: Final = f"{TORCH_FUNCTIONAL}.einsum"


def _equation(call: Call) -> str | None:
    typ = call.arg(0)
    if typ is not None:
        p = get_proper_type(typ)
        if isinstance(p, LiteralType) and isinstance(p.value, str):
            return p.value
        if (
            isinstance(p, Instance)
            and p.last_known_value is not None
            and isinstance(p.last_known_value.value, str)
        ):
            return p.last_known_value.value
    expr = call.arg_expr(0)
    return expr.value if isinstance(expr, StrExpr) else None


def _dtype(codec: Codec, equation: str | None, operands: list[TensorType]) -> Type:
    """The result dtype (`einsum_dtype`); the operands' one dtype where it cannot change it."""
    names = [dtype_name(t.dtype) for t in operands]
    if equation is not None and all(n is not None for n in names):
        known = [n for n in names if n is not None]
        out = einsum_dtype(equation, known, [t.shape for t in operands])
        if out is None:
            return codec.any()
        return operands[0].dtype if out == known[0] else dtype_type(codec, out)
    first = operands[0].dtype
    if all(is_same_type(first, t.dtype) for t in operands) and _category(first) == "floating":
        return first
    return codec.any()


@op(EINSUM)
def einsum_hook(call: Call, codec: Codec) -> Type | None:
    operands: list[TensorType] = []
    for typ in call.rest(1):
        tensor = codec.tensor(typ)
        if tensor is None:
            return None
        operands.append(tensor)
    if not operands or call.keywords:
        return None
    device = operands[0].device
    try:
        for index, other in enumerate(operands[1:], start=1):
            what = ("operand 0", f"operand {index}")
            device = check_same_device("einsum", device, other.device, what)
        equation = _equation(call)
        shapes = [t.shape for t in operands]
        if equation is None or any(s is None for s in shapes):
            return codec.tensor_type(device, _dtype(codec, equation, operands), None)
        shape = einsum_shape(equation, [s for s in shapes if s is not None])
        dtype = _dtype(codec, equation, operands)
    except RuleError as err:
        report_rule_error(call.api, err, call.context)
        return unknown_after_error()
    return codec.tensor_type(device, dtype, shape)
