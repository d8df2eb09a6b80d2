"""`Tensor[...]` written in an annotation: each dim checked once, where it is written.

mypy checks the device and dtype slots itself (their type parameters are bound to `Device` and
`DType`: `Tensor[str, ...]` is a `type-var` error). The dims are a TypeVarTuple, which takes any
type, so garbage there (`Tensor[CPU, Float32, str]`, `L[-1]`, a TypeVar bound to `str`,
`Quotient[H, L[0]]`) would silently read as a dim of unknown size. This hook lets mypy analyze the
annotation as usual and then reports each such dim with `typedtorch-annotation`.
"""

from __future__ import annotations

from typing import Final

from mypy.nodes import TypeInfo
from mypy.plugin import AnalyzeTypeContext
from mypy.types import (
    AnyType,
    Instance,
    LiteralType,
    PlaceholderType,
    TupleType,
    Type,
    TypeVarTupleType,
    TypeVarType,
    UnboundType,
    UnpackType,
    get_proper_type,
)

from typedtorch._shapes import UNKNOWN
from typedtorch._shapes._symbolic import Expr, Sym, format_dim

from ._codec import CANONICAL, TENSOR, Codec, DivisionByZero, NotADim
from ._errors import ANNOTATION, report

_EXPECTED: Final = "expected Literal[n] with n >= 0, a TypeVar bound to int, a dim operator or Any"


def _invalid(shown: object, why: str) -> BadDim:
    return BadDim(f'Invalid dim "{shown}" in "Tensor[...]": {why}')


class BadDim(Exception):
    """A dim of a `Tensor[...]` annotation that is not one; the message says why."""


def check_tensor_annotation(ctx: AnalyzeTypeContext, analyzed: Type, codec: Codec) -> None:
    """Report each dim of `analyzed` (the analysis of `Tensor[...]`) that is not a dim."""
    p = get_proper_type(analyzed)
    if isinstance(p, Instance) and len(p.args) == 1:
        report(
            ctx.api,
            "Tensor[...] needs a device kind and a dtype kind: write Tensor[Device, DType, *dims], "
            "e.g. Tensor[CPU, Float32, B, L[3]]",
            ctx.context,
            ANNOTATION,
        )
        return
    if not isinstance(p, Instance) or len(p.args) <= 2:
        return
    for arg in p.args[2:]:
        try:
            _check_slot(arg, codec)
        except BadDim as bad:
            report(ctx.api, str(bad), ctx.context, ANNOTATION)


def with_defaults(analyzed: Type, codec: Codec) -> Type:
    """`Tensor[CPU]` read as PEP 696 reads it, `Tensor[CPU, Any, *tuple[Any, ...]]`, once its
    error is reported (typedtorch's runtime refuses it too): mypy 2.4 leaves it with one argument
    and then adds `Type argument "tuple[()]" of "Tensor" must be a subtype of "DType"`."""
    p = get_proper_type(analyzed)
    if isinstance(p, Instance) and p.type.fullname == TENSOR and len(p.args) == 1:
        return p.copy_modified(args=[p.args[0], codec.any(), codec.unknown_rank()])
    return analyzed


def _check_slot(arg: Type, codec: Codec) -> None:
    p = get_proper_type(arg)
    if isinstance(p, UnpackType):
        inner = get_proper_type(p.type)
        if isinstance(inner, TupleType):
            for item in inner.items:
                _check_slot(item, codec)
        elif isinstance(inner, Instance) and inner.type.fullname == "builtins.tuple":
            # `*tuple[Any, ...]`: any number of dims, each of the item's kind.
            for item in inner.args:
                _check_dim(item, codec)
        elif not isinstance(inner, (TypeVarTupleType, AnyType, PlaceholderType)):
            raise _invalid(f"*{inner}", "only a tuple or a TypeVarTuple can be unpacked")
        return
    _check_dim(arg, codec)


def _check_dim(arg: Type, codec: Codec) -> None:
    p = get_proper_type(arg)
    if isinstance(p, (AnyType, PlaceholderType, UnboundType)):
        # Any is a dim of unknown size; a placeholder is analyzed again once its name is bound,
        # and an unbound name has had its own error.
        return
    if isinstance(p, LiteralType):
        if not isinstance(p.value, int) or isinstance(p.value, bool):
            raise _invalid(p, _EXPECTED)
        if p.value < 0:
            raise _invalid(p.value, "sizes are >= 0")
        return
    if isinstance(p, TypeVarType):
        if not _bound_to_int(p):
            raise _invalid(
                p.name,
                f'a TypeVar used as a dim must be bound to int (TypeVar("{p.name}", bound=int)), '
                f'not "{p.upper_bound}"',
            )
        return
    if isinstance(p, Instance) and p.type.fullname in CANONICAL:
        try:
            dim = codec.dim(p)
        except DivisionByZero:
            raise _invalid(_written(p, codec), "division by zero") from None
        except NotADim as err:
            raise _invalid(err.args[0], f'{_EXPECTED} (in "{_written(p, codec)}")') from None
        if dim is not UNKNOWN and _negative(dim):
            raise _invalid(format_dim(dim), "sizes are >= 0")
        return
    hint = " (Any for a dim of unknown size)" if _is_int(p) else ""
    raise _invalid(p, _EXPECTED + hint)


def _written(p: Instance, codec: Codec) -> str:
    """A canonical form as the user would write it (`H // 0`), as far as its parts are dims."""
    parts = []
    for a in p.args:
        try:
            parts.append(format_dim(codec.dim(a)))
        except NotADim:
            parts.append(str(a))
    sep = {"Sum": " + ", "Product": " * ", "Quotient": " // "}.get(p.type.name)
    return sep.join(parts) if sep is not None else str(p)


def _is_int(p: object) -> bool:
    return isinstance(p, Instance) and p.type.fullname == "builtins.int"


def _bound_to_int(tv: TypeVarType) -> bool:
    if tv.values:
        return all(_int_like(v) for v in tv.values)
    return _int_like(tv.upper_bound)


def _int_like(t: Type) -> bool:
    p = get_proper_type(t)
    if isinstance(p, LiteralType):
        return isinstance(p.value, int) and not isinstance(p.value, bool)
    if isinstance(p, Instance):
        info: TypeInfo = p.type
        return info.has_base("builtins.int") and not info.has_base("builtins.bool")
    return isinstance(p, AnyType)


def _negative(dim: object) -> bool:
    """Whether a dim is below 0 for every value of its symbols (each taken to be >= 1, as the
    shape rules take them): a negative literal, or a sum whose terms are all negative."""
    if isinstance(dim, int):
        return dim < 0
    if not isinstance(dim, Expr):
        return False
    if any(coef >= 0 for _, coef in dim.terms):
        return False
    return all(not mono or all(isinstance(a, Sym) for a in mono) for mono, _ in dim.terms)
