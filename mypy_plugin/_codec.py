"""Reading dims and tensors out of mypy types, and writing them back.

A `Codec` lives for one hook call. Reading a `TypeVarType` records it, so that a symbol the shape
rules return can be written back as the same TypeVar. Dims in types:

    Literal[3]                  ->  3
    H (TypeVar bound to int)    ->  sym("H")
    Sum/Product/Quotient[...]   ->  the expression (the plugin's canonical forms)
    Any, plain int              ->  UNKNOWN
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Final

from mypy.maptype import map_instance_to_supertype
from mypy.types import (
    AnyType,
    Instance,
    LiteralType,
    TupleType,
    Type,
    TypeOfAny,
    TypeVarType,
    UnionType,
    UnpackType,
    get_proper_type,
)

from typedtorch._shapes import UNKNOWN, Dim, Expr, sym
from typedtorch._shapes._symbolic import FloorDivAtom, Sym, apply_facts, floordiv

from ._names import TENSOR as TENSOR

SUM: Final = "typedtorch._dims.Sum"
PRODUCT: Final = "typedtorch._dims.Product"
QUOTIENT: Final = "typedtorch._dims.Quotient"
DEFERRED: Final = "typedtorch._dims.Deferred"
CANONICAL: Final = frozenset({SUM, PRODUCT, QUOTIENT, DEFERRED})
DEFAULT_DEVICE: Final = "typedtorch._devices.CPU"
DEFAULT_DTYPE: Final = "typedtorch._dtypes.Float32"

# How deep a dim expression may nest before we give up on it (guards recursive aliases).
_MAX_DEPTH: Final = 40

# Builds `Instance(fullname, args)`; the checker and the type analyzer each provide their own.
MakeInstance = Callable[[str, list[Type]], Instance]


class NotADim(Exception):
    """A type where a dim belongs that is not a dim (e.g. `Tensor[CPU, Float32, str]`)."""


class DivisionByZero(NotADim):
    """A `Quotient[N, L[0]]` written by hand: no dim (torch cannot divide a size by zero)."""


def _symbol_key(tv: TypeVarType) -> str:
    return f"{tv.fullname}#{tv.id.raw_id}#{tv.id.meta_level}#{tv.id.namespace}"


@dataclass
class TensorType:
    """A typed tensor read from mypy: device and dtype types, and the shape when its rank is known.

    `shape` is None for unknown rank or a shape with an unpacked TypeVarTuple; `raw_shape` keeps the
    original type arguments so such tensors can be passed through unchanged.
    """

    device: Type
    dtype: Type
    shape: tuple[Dim, ...] | None
    raw_shape: tuple[Type, ...]


class Codec:
    """Converts between mypy types and shape-rule dims for one hook call."""

    def __init__(self, make_instance: MakeInstance) -> None:
        self._make = make_instance
        self._symbols: dict[Sym, TypeVarType] = {}

    # -- reading --------------------------------------------------------------------------------

    def dim(self, typ: Type, depth: int = 0) -> Dim:
        """The dim a type stands for. Raises NotADim for types that are not dims."""
        if depth > _MAX_DEPTH:
            return UNKNOWN
        p = get_proper_type(typ)
        if isinstance(p, LiteralType):
            if isinstance(p.value, int) and not isinstance(p.value, bool):
                return p.value
            raise NotADim(p)
        if isinstance(p, TypeVarType):
            s = sym(p.name, _symbol_key(p))
            atom = s.terms[0][0][0]
            assert isinstance(atom, Sym)
            self._symbols.setdefault(atom, p)
            return s
        if isinstance(p, AnyType):
            return UNKNOWN
        if isinstance(p, Instance):
            name = p.type.fullname
            if name == "builtins.int":
                if p.last_known_value is not None:
                    return self.dim(p.last_known_value, depth + 1)
                return UNKNOWN
            if name == SUM:
                total: Dim = 0
                for a in p.args:
                    total = total + self.dim(a, depth + 1)
                return total
            if name == PRODUCT:
                prod: Dim = 1
                for a in p.args:
                    prod = prod * self.dim(a, depth + 1)
                return prod
            if name == DEFERRED and len(p.args) == 1:
                return self.dim(p.args[0], depth + 1)
            if name == QUOTIENT and len(p.args) == 2:
                num, den = self.dim(p.args[0], depth + 1), self.dim(p.args[1], depth + 1)
                try:
                    return floordiv(num, den)
                except ZeroDivisionError:
                    raise DivisionByZero(p) from None
        raise NotADim(p)

    def dim_or_unknown(self, typ: Type) -> Dim:
        try:
            return self.dim(typ)
        except NotADim:
            return UNKNOWN

    def size(self, typ: Type) -> Dim:
        """A dim of a tensor's shape: like `dim_or_unknown`, but a negative size (`L[-1]` written
        in an annotation, or arithmetic gone below zero) is unknown, not a value the shape rules
        must cope with."""
        d = self.dim_or_unknown(typ)
        return UNKNOWN if isinstance(d, int) and d < 0 else d

    def tensor(self, typ: Type) -> TensorType | None:
        """The typed tensor `typ` is, or None if it is not a `typedtorch.Tensor`."""
        p = get_proper_type(typ)
        if isinstance(p, UnionType):
            return self._union_tensor(p)
        if isinstance(p, Instance) and p.type.fullname != TENSOR:
            # A subclass (`nn.Parameter`, `nn.Buffer`): read as the Tensor it is.
            base = next((b for b in p.type.mro if b.fullname == TENSOR), None)
            if base is None:
                return None
            p = map_instance_to_supertype(p, base)
        if not isinstance(p, Instance) or p.type.fullname != TENSOR or len(p.args) < 2:
            return None
        device, dtype, *rest = p.args
        raw = tuple(rest)
        shape: tuple[Dim, ...] | None
        if any(isinstance(a, UnpackType) for a in raw):
            shape = self._unpacked_shape(raw)
        else:
            shape = tuple(self.size(a) for a in raw)
        return TensorType(device, dtype, shape, raw)

    def _union_tensor(self, union: UnionType) -> TensorType | None:
        """A union of typed tensors, as mypy leaves a variable redefined through a call that
        failed (`x = self.fc(x)` after an error): one tensor when the members agree, else a
        tensor of unknown shape (so nothing downstream reports an error that follows from the
        first); None when a member is not a typed tensor."""
        members: list[TensorType] = []
        for item in union.items:
            if isinstance(get_proper_type(item), AnyType):
                continue
            member = self.tensor(item)
            if member is None:
                return None
            members.append(member)
        if not members:
            return None
        first = members[0]
        if all(m.raw_shape == first.raw_shape for m in members):
            device = first.device if all(m.device == first.device for m in members) else self.any()
            dtype = first.dtype if all(m.dtype == first.dtype for m in members) else self.any()
            return TensorType(device, dtype, first.shape, first.raw_shape)
        same_device = all(m.device == first.device for m in members)
        same_dtype = all(m.dtype == first.dtype for m in members)
        return TensorType(
            first.device if same_device else self.any(),
            first.dtype if same_dtype else self.any(),
            None,
            (self.unknown_rank(),),
        )

    def _unpacked_shape(self, raw: tuple[Type, ...]) -> tuple[Dim, ...] | None:
        # `*tuple[L[2], L[3]]` (a fixed tuple spelled unpacked) is still a known rank.
        dims: list[Dim] = []
        for a in raw:
            if isinstance(a, UnpackType):
                inner = get_proper_type(a.type)
                if isinstance(inner, TupleType) and not any(
                    isinstance(i, UnpackType) for i in inner.items
                ):
                    dims.extend(self.size(i) for i in inner.items)
                    continue
                return None
            dims.append(self.size(a))
        return tuple(dims)

    def int_value(self, typ: Type) -> int | None:
        """A literal int argument's value (`view(2, -1)` arrives as `int` with a known value)."""
        d = self.dim_or_unknown(typ)
        return d if isinstance(d, int) else None

    # -- writing --------------------------------------------------------------------------------

    def int_type(self) -> Instance:
        return self._make("builtins.int", [])

    def literal(self, value: int) -> LiteralType:
        return LiteralType(value, fallback=self.int_type())

    def dim_type(self, d: Dim) -> Type:
        """The canonical mypy type of a dim (simplified by the facts the code states here)."""
        d = apply_facts(d)
        if isinstance(d, int):
            return self.literal(d)
        if not isinstance(d, Expr):
            return AnyType(TypeOfAny.special_form)
        terms = [self._term_type(mono, coef) for mono, coef in d.terms]
        if len(terms) == 1:
            return terms[0]
        return self._make(SUM, terms)

    def _term_type(self, mono: tuple[object, ...], coef: int) -> Type:
        factors: list[Type] = []
        if coef != 1 or not mono:
            factors.append(self.literal(coef))
        for atom in mono:
            if isinstance(atom, Sym):
                factors.append(self._symbol_type(atom))
            elif isinstance(atom, FloorDivAtom):
                factors.append(
                    self._make(QUOTIENT, [self.dim_type(atom.num), self.dim_type(atom.den)])
                )
        if len(factors) == 1:
            return factors[0]
        return self._make(PRODUCT, factors)

    def _symbol_type(self, s: Sym) -> Type:
        tv = self._symbols.get(s)
        if tv is None:
            # A symbol the rules invented; it has no TypeVar to stand for it, so it is unknown.
            return AnyType(TypeOfAny.special_form)
        return tv

    def tensor_type(self, device: Type, dtype: Type, shape: Sequence[Dim] | None) -> Instance:
        """`Tensor[device, dtype, *shape]`; unknown rank when `shape` is None."""
        args: list[Type] = [device, dtype]
        if shape is None:
            args.append(self.unknown_rank())
        else:
            args.extend(self.dim_type(d) for d in shape)
        return self._make(TENSOR, args)

    def tensor_type_raw(self, device: Type, dtype: Type, raw_shape: Sequence[Type]) -> Instance:
        return self._make(TENSOR, [device, dtype, *raw_shape])

    def unknown_rank(self) -> UnpackType:
        any_t = AnyType(TypeOfAny.special_form)
        return UnpackType(self._make("builtins.tuple", [any_t]))

    def any(self) -> AnyType:
        return AnyType(TypeOfAny.special_form)

    def make(self, fullname: str, args: list[Type]) -> Instance:
        return self._make(fullname, args)

    def named(self, fullname: str) -> Instance:
        return self._make(fullname, [])
