"""Parameter counts without running the model: rebuild a layer from its constructor call in
`__init__` on the meta device (no memory, no initialisation cost) and count its parameters.

Only calls whose arguments are literals (numbers, strings, booleans, None, tuples and lists of
them, arithmetic on them, and nested torch / typedtorch layer calls) are evaluated; anything else
(a name, an attribute, a user class) makes the count unknown rather than guessed.
"""

from __future__ import annotations

import importlib
import operator
from collections.abc import Callable
from typing import Final

from mypy.nodes import (
    CallExpr,
    Expression,
    FloatExpr,
    IntExpr,
    ListExpr,
    MemberExpr,
    NameExpr,
    OpExpr,
    StrExpr,
    TupleExpr,
    UnaryExpr,
)

__all__ = ["count_parameters"]

# Layers come only from these packages: evaluating a user's class would run the user's code.
_TRUSTED: Final = ("torch.", "typedtorch.")
_CONSTANTS: Final[dict[str, object]] = {
    "builtins.True": True,
    "builtins.False": False,
    "builtins.None": None,
}
_OPERATORS: Final[dict[str, Callable[[object, object], object]]] = {
    "+": operator.add,
    "-": operator.sub,
    "*": operator.mul,
    "//": operator.floordiv,
    "/": operator.truediv,
    "%": operator.mod,
    "**": operator.pow,
}
# Placement only: every layer is rebuilt on the meta device, whatever the code asks for.
_PLACEMENT: Final = frozenset({"device", "dtype"})


class _NotLiteral(Exception):
    pass


def count_parameters(call: CallExpr) -> int | None:
    """The number of parameters of the layer `call` builds, or None if it cannot be evaluated.

    Args:
        call: a constructor call from `__init__`, e.g. `tnn.Linear(784, 10)`.

    Returns:
        `sum(p.numel() for p in layer.parameters())`, or None.
    """
    import torch

    try:
        with torch.device("meta"):
            layer = _evaluate(call)
    except Exception:  # a literal call that torch rejects is as unknown as a non-literal one
        return None
    if not isinstance(layer, torch.nn.Module):
        return None
    return sum(p.numel() for p in layer.parameters())


def _evaluate(expr: Expression) -> object:
    if isinstance(expr, IntExpr | FloatExpr | StrExpr):
        return expr.value
    if isinstance(expr, NameExpr) and expr.fullname in _CONSTANTS:
        return _CONSTANTS[expr.fullname]
    if isinstance(expr, UnaryExpr) and expr.op == "-":
        value = _evaluate(expr.expr)
        if isinstance(value, int | float):
            return -value
        raise _NotLiteral(expr)
    if isinstance(expr, OpExpr) and expr.op in _OPERATORS:
        return _OPERATORS[expr.op](_evaluate(expr.left), _evaluate(expr.right))
    if isinstance(expr, TupleExpr):
        return tuple(_evaluate(item) for item in expr.items)
    if isinstance(expr, ListExpr):
        return [_evaluate(item) for item in expr.items]
    if isinstance(expr, CallExpr):
        return _call(expr)
    raise _NotLiteral(expr)


def _call(call: CallExpr) -> object:
    callee = call.callee
    if not isinstance(callee, NameExpr | MemberExpr) or not callee.fullname.startswith(_TRUSTED):
        raise _NotLiteral(call)
    module_name, _, name = callee.fullname.rpartition(".")
    target = getattr(importlib.import_module(module_name), name)
    args: list[object] = []
    kwargs: dict[str, object] = {}
    for arg, kind, arg_name in zip(call.args, call.arg_kinds, call.arg_names, strict=True):
        if arg_name in _PLACEMENT:
            continue
        if kind.is_star():
            raise _NotLiteral(call)
        if arg_name is None:
            args.append(_evaluate(arg))
        else:
            kwargs[arg_name] = _evaluate(arg)
    return target(*args, **kwargs)
