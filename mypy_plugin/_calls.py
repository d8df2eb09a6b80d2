"""A call as the op hooks see it: the receiver's type and the arguments' types by position/name.

Op hooks run as signature hooks (see `_plugin.py` for why): mypy gives those the argument
expressions, not their types, so `bind_call` infers each argument's type once and binds them
as the call was written.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from mypy.nodes import (
    ARG_NAMED,
    ARG_POS,
    ARG_STAR,
    CallExpr,
    ComparisonExpr,
    Context,
    Expression,
    IndexExpr,
    IntExpr,
    OperatorAssignmentStmt,
    OpExpr,
    UnaryExpr,
)
from mypy.plugin import CheckerPluginInterface
from mypy.types import ProperType, TupleType, Type, UnpackType, get_proper_type


@dataclass
class Call:
    """One call of an op: `receiver` is the object type for methods, None for functions."""

    api: CheckerPluginInterface
    context: Context
    receiver: ProperType | None
    positional: list[Type] = field(default_factory=list)
    keywords: dict[str, Type] = field(default_factory=dict)
    # The call spreads *args / **kwargs: arguments cannot be bound, hooks should give up.
    unbindable: bool = False
    # The argument expressions, parallel to `positional` / `keywords`: literal details types
    # lose (a slice's bounds, the items of a list literal) are read from these.
    positional_exprs: list[Expression] = field(default_factory=list)
    keyword_exprs: dict[str, Expression] = field(default_factory=dict)

    def arg(self, index: int, name: str | None = None) -> Type | None:
        """The argument at position `index`, or passed by keyword `name`."""
        if index < len(self.positional):
            return self.positional[index]
        if name is not None:
            return self.keywords.get(name)
        return None

    def rest(self, start: int) -> list[Type]:
        """Positional arguments from `start` on (a `*size`-style parameter)."""
        return self.positional[start:]

    def has(self, index: int, name: str | None = None) -> bool:
        return self.arg(index, name) is not None

    def arg_expr(self, index: int, name: str | None = None) -> Expression | None:
        """The expression of the argument at position `index`, or passed by keyword `name`."""
        if index < len(self.positional_exprs):
            return self.positional_exprs[index]
        if name is not None:
            return self.keyword_exprs.get(name)
        return None


def bind_call(
    api: CheckerPluginInterface,
    context: Context,
    receiver: ProperType | None,
    reflected: bool = False,
) -> Call:
    """Infer and bind the argument types of the call at `context`.

    `reflected` is true for `__radd__`-style methods, whose receiver is the right operand.
    """
    call = Call(api, context, receiver)
    if isinstance(context, CallExpr):
        for expr, kind, name in zip(
            context.args, context.arg_kinds, context.arg_names, strict=False
        ):
            if kind == ARG_POS:
                call.positional.append(_type_of(api, expr))
                call.positional_exprs.append(expr)
            elif kind == ARG_NAMED and name is not None:
                call.keywords[name] = _type_of(api, expr)
                call.keyword_exprs[name] = expr
            elif kind == ARG_STAR and not _spread(call, _type_of(api, expr), expr):
                call.unbindable = True
            elif kind not in (ARG_POS, ARG_NAMED, ARG_STAR):
                call.unbindable = True
    elif isinstance(context, OpExpr):
        # `a @ b` calls a.__matmul__(b) or, reflected, b.__rmatmul__(a).
        operand = context.left if reflected else context.right
        call.positional.append(_type_of(api, operand))
        call.positional_exprs.append(operand)
    elif isinstance(context, ComparisonExpr) and len(context.operands) == 2:
        left, right = context.operands
        operand = left if reflected else right
        call.positional.append(_type_of(api, operand))
        call.positional_exprs.append(operand)
    elif isinstance(context, OperatorAssignmentStmt):
        # `x += y` calls x.__iadd__(y) with the statement as context.
        call.positional.append(_type_of(api, context.rvalue))
        call.positional_exprs.append(context.rvalue)
    elif isinstance(context, UnaryExpr):
        pass
    elif isinstance(context, IndexExpr):
        call.positional.append(_type_of(api, context.index))
        call.positional_exprs.append(context.index)
    else:
        call.unbindable = True
    return call


def _spread(call: Call, typ: Type, expr: Expression) -> bool:
    """`*args` of a tuple of known length (`*x.shape[:-1]`): its items as positional arguments,
    each written as `args[i]` (so a size reader sees where it comes from). Whether it could be
    spread."""
    p = get_proper_type(typ)
    if not isinstance(p, TupleType) or any(isinstance(i, UnpackType) for i in p.items):
        return False
    for i, item in enumerate(p.items):
        index = IntExpr(i)
        element = IndexExpr(expr, index)
        index.set_line(expr)
        element.set_line(expr)
        call.positional.append(item)
        call.positional_exprs.append(element)
    return True


def _type_of(api: CheckerPluginInterface, expr: Expression) -> Type:
    return api.get_expression_type(expr)
