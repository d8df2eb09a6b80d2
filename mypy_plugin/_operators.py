"""Dim arithmetic in annotations, and keeping dims in canonical form.

`Add[H, L[2]]` written by a user reaches the type-analyze hook, which computes the canonical
form (`Sum[H, L[2]]`, see `typedtorch/_dims.pyi`). When mypy later substitutes TypeVars inside a
canonical form (`H := L[5]` gives `Sum[L[5], L[2]]`), `normalize` folds it again (`L[7]`).
"""

from __future__ import annotations

from typing import Final

from mypy.plugin import AnalyzeTypeContext
from mypy.types import (
    AnyType,
    CallableType,
    Instance,
    RawExpressionType,
    TupleType,
    Type,
    TypeOfAny,
    UnionType,
    UnpackType,
    get_proper_type,
)

from typedtorch._shapes._symbolic import Dim, ceildiv, floordiv, mod

from ._codec import CANONICAL, DEFERRED, Codec, NotADim
from ._errors import ANNOTATION, report

_DIMS: Final = "typedtorch._dims."
OPERATORS: Final = {
    _DIMS + "Add": lambda a, b: a + b,
    _DIMS + "Sub": lambda a, b: a - b,
    _DIMS + "Mul": lambda a, b: a * b,
    _DIMS + "FloorDiv": floordiv,
    _DIMS + "CeilDiv": ceildiv,
    _DIMS + "Mod": mod,
}


def analyze_operator(ctx: AnalyzeTypeContext, codec: Codec) -> Type:
    """`Add[X, Y]` and friends in an annotation -> the canonical dim type."""
    name = ctx.type.name.rsplit(".", 1)[-1]
    fullname = _DIMS + name
    if len(ctx.type.args) != 2:
        report(
            ctx.api,
            f'"{name}" takes exactly 2 dims, got {len(ctx.type.args)}',
            ctx.context,
            ANNOTATION,
        )
        return AnyType(TypeOfAny.from_error)
    operands: list[Dim] = []
    for arg in ctx.type.args:
        if isinstance(arg, RawExpressionType) and isinstance(arg.literal_value, int):
            report(
                ctx.api,
                f'Dims in "{name}" are types: write Literal[{arg.literal_value}], '
                f"not {arg.literal_value}",
                ctx.context,
                ANNOTATION,
            )
            return AnyType(TypeOfAny.from_error)
        analyzed = ctx.api.analyze_type(arg)
        try:
            operands.append(codec.dim(analyzed))
        except NotADim:
            report(
                ctx.api,
                f'"{name}" operands must be dims (Literal[n], a TypeVar bound to int, or '
                f'another dim operator), got "{analyzed}"',
                ctx.context,
                ANNOTATION,
            )
            return AnyType(TypeOfAny.from_error)
    try:
        result = OPERATORS[fullname](operands[0], operands[1])
    except ZeroDivisionError:
        report(ctx.api, f'Division by zero in "{name}"', ctx.context, ANNOTATION)
        return AnyType(TypeOfAny.from_error)
    return codec.dim_type(result)


def has_canonical(typ: Type, depth: int = 0) -> bool:
    """Whether `typ` contains a canonical dim form that substitution may have denormalised."""
    if depth > 12:
        return False
    p = get_proper_type(typ)
    if isinstance(p, Instance):
        if p.type.fullname in CANONICAL:
            return True
        return any(has_canonical(a, depth + 1) for a in p.args)
    if isinstance(p, TupleType):
        return any(has_canonical(i, depth + 1) for i in p.items)
    if isinstance(p, UnionType):
        return any(has_canonical(i, depth + 1) for i in p.items)
    if isinstance(p, UnpackType):
        return has_canonical(p.type, depth + 1)
    if isinstance(p, CallableType):
        return has_canonical(p.ret_type, depth + 1)
    return False


def normalize(typ: Type, codec: Codec, depth: int = 0) -> Type:
    """`typ` with every canonical dim re-folded (after mypy substituted TypeVars in it)."""
    if depth > 12:
        return typ
    p = get_proper_type(typ)
    if isinstance(p, Instance):
        if p.type.fullname in CANONICAL:
            try:
                return codec.dim_type(codec.dim(p))
            except NotADim:
                return typ
        if not p.args:
            return typ
        return p.copy_modified(args=[normalize(a, codec, depth + 1) for a in p.args])
    if isinstance(p, TupleType):
        return p.copy_modified(items=[normalize(i, codec, depth + 1) for i in p.items])
    if isinstance(p, UnionType):
        return UnionType.make_union([normalize(i, codec, depth + 1) for i in p.items])
    if isinstance(p, UnpackType):
        return UnpackType(normalize(p.type, codec, depth + 1))
    return typ


def defer(typ: Type, codec: Codec, depth: int = 0) -> Type:
    """`typ` with each canonical dim wrapped in `Deferred[...]` (see `typedtorch/_dims.pyi`)."""
    if depth > 12:
        return typ
    p = get_proper_type(typ)
    if isinstance(p, Instance):
        if p.type.fullname in CANONICAL:
            if p.type.fullname == DEFERRED:
                return p
            return codec.make(DEFERRED, [p])
        if not p.args:
            return typ
        return p.copy_modified(args=[defer(a, codec, depth + 1) for a in p.args])
    if isinstance(p, TupleType):
        return p.copy_modified(items=[defer(i, codec, depth + 1) for i in p.items])
    if isinstance(p, UnionType):
        return UnionType.make_union([defer(i, codec, depth + 1) for i in p.items])
    if isinstance(p, UnpackType):
        return UnpackType(defer(p.type, codec, depth + 1))
    return typ
