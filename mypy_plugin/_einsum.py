"""Hook for `tt.einsum`: the result shape from a literal equation (`'bij,bjk->bik'`).

The equation is read from its type (`Literal['...']`, or a `str` with a known literal value) or
from the argument's expression (a string literal); any other equation gives an unknown shape.
"""

from __future__ import annotations

from typing import Final

from mypy.nodes import StrExpr
from mypy.types import Instance, LiteralType, Type, get_proper_type

from typedtorch._shapes import RuleError, einsum_shape

from ._calls import Call
from ._codec import Codec, TensorType
from ._errors import report_rule_error, unknown_after_error
from ._kinds import check_same_device, check_same_dtype
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
    device, dtype = operands[0].device, operands[0].dtype
    try:
        for index, other in enumerate(operands[1:], start=1):
            what = ("operand 0", f"operand {index}")
            device = check_same_device("einsum", device, other.device, what)
            dtype = check_same_dtype("einsum", dtype, other.dtype, what)
        equation = _equation(call)
        shapes = [t.shape for t in operands]
        if equation is None or any(s is None for s in shapes):
            return codec.tensor_type(device, dtype, None)
        shape = einsum_shape(equation, [s for s in shapes if s is not None])
    except RuleError as err:
        report_rule_error(call.api, err, call.context)
        return unknown_after_error()
    return codec.tensor_type(device, dtype, shape)
