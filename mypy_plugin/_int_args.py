"""An int argument as the dim it stands for.

mypy types `c * h * w` and `x.size(2) + 1` as plain `int`, losing what the operands were. The
operands' types still say it (`h` is `H`, `c` is `Literal[3]`), so the dim is rebuilt from the
expression: literals (`-1` included, which mypy also types as `int`), symbols, and `+ - * // %`
over them, in the shared symbolic algebra. Anything else is what its type says, or unknown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from mypy.nodes import Expression, IntExpr, OpExpr, UnaryExpr
from mypy.plugin import CheckerPluginInterface
from mypy.types import Type

from typedtorch._shapes._symbolic import UNKNOWN, Dim, add, floordiv, mod, mul, sub

from ._codec import Codec

_OPERATORS: Final[dict[str, Callable[[Dim, Dim], Dim]]] = {
    "+": add,
    "-": sub,
    "*": mul,
    "//": floordiv,
    "%": mod,
}
_MAX_DEPTH: Final = 32


def int_arg_dim(
    api: CheckerPluginInterface, codec: Codec, typ: Type, expr: Expression | None
) -> Dim:
    """The dim of an int argument of type `typ` written as `expr` (None: not known)."""
    if expr is not None:
        d = _arithmetic(api, codec, expr, 0)
        if d is not None:
            return d
    return codec.dim_or_unknown(typ)


def _arithmetic(
    api: CheckerPluginInterface, codec: Codec, expr: Expression, depth: int
) -> Dim | None:
    """The dim of a literal or of arithmetic over dims; None when `expr` is neither."""
    if isinstance(expr, IntExpr):
        return expr.value
    if depth > _MAX_DEPTH:
        return UNKNOWN
    if isinstance(expr, UnaryExpr) and expr.op in ("-", "+"):
        inner = _operand(api, codec, expr.expr, depth + 1)
        return UNKNOWN if inner is UNKNOWN else (mul(inner, -1) if expr.op == "-" else inner)
    if isinstance(expr, OpExpr) and expr.op in _OPERATORS:
        left = _operand(api, codec, expr.left, depth + 1)
        right = _operand(api, codec, expr.right, depth + 1)
        if left is UNKNOWN or right is UNKNOWN:
            return UNKNOWN
        if expr.op in ("//", "%") and right == 0:
            return UNKNOWN  # Python raises; not a size
        return _OPERATORS[expr.op](left, right)
    return None


def _operand(api: CheckerPluginInterface, codec: Codec, expr: Expression, depth: int) -> Dim:
    d = _arithmetic(api, codec, expr, depth)
    if d is not None:
        return d
    return codec.dim_or_unknown(api.get_expression_type(expr))
