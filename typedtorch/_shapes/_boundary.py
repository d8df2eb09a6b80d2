"""Boundaries: a tensor meets a declared shape (a parameter, a declared result, an annotation).

The declared shape may hold dims to bind (a function's `B`, bound by the first argument that
fixes it and checked against every later one), fixed dims, unknown dims, and one variadic run
(`*Batch`, `*tuple[Any, ...]`) between a prefix and a suffix. Definite mismatches raise
`ShapeMismatch`; symbolic dims that may or may not agree raise `UnprovenShape`.
"""

from __future__ import annotations

from collections.abc import MutableMapping, Sequence
from dataclasses import dataclass

from ._errors import ShapeMismatch, UnprovenShape
from ._symbolic import Dim, Truth, _Unknown, dims_equal, format_dim, format_shape


@dataclass(frozen=True)
class Binder:
    """A dim the boundary binds: a type variable of the callee (`B`), by name and identity."""

    name: str
    key: str


@dataclass(frozen=True)
class Free:
    """A declared dim this boundary does not check (the caller's variable, dim arithmetic):
    it fits anything, and messages show it as written."""

    name: str


ExpectedDim = Dim | Binder | Free


@dataclass(frozen=True)
class Declared:
    """A declared shape: `prefix`, then (if `variadic`) any number of dims, then `suffix`."""

    prefix: tuple[ExpectedDim, ...]
    variadic: bool = False
    suffix: tuple[ExpectedDim, ...] = ()

    def show(self) -> str:
        dims = [_show(d) for d in self.prefix]
        if self.variadic:
            dims.append("...")
        dims += [_show(d) for d in self.suffix]
        return "[" + ", ".join(dims) + "]"


@dataclass
class Binding:
    """What a binder is bound to, and where that came from (for the message)."""

    dim: Dim
    source: str


def _show(d: ExpectedDim) -> str:
    return d.name if isinstance(d, Binder | Free) else format_dim(d)


def fit_shape(
    actual: Sequence[Dim],
    declared: Declared,
    bindings: MutableMapping[str, Binding],
    subject: str,
) -> None:
    """Check that `actual` fits `declared`, binding its binders in `bindings` (shared across one
    call's arguments). `subject` names the value in messages (`Argument "x" to "f"`)."""
    fixed = len(declared.prefix) + len(declared.suffix)
    rank_ok = len(actual) >= fixed if declared.variadic else len(actual) == fixed
    if not rank_ok:
        at_least = "at least " if declared.variadic else ""
        raise ShapeMismatch(
            f"{subject} has shape {format_shape(actual)}, expected {declared.show()}: "
            f"{len(actual)} dims, expected {at_least}{fixed}"
        )
    pairs = list(zip(range(len(declared.prefix)), declared.prefix, strict=False))
    offset = len(actual) - len(declared.suffix)
    pairs += [(offset + i, d) for i, d in enumerate(declared.suffix)]
    for index, expected in pairs:
        _fit_dim(actual, index, expected, declared, bindings, subject)


def _fit_dim(
    actual: Sequence[Dim],
    index: int,
    expected: ExpectedDim,
    declared: Declared,
    bindings: MutableMapping[str, Binding],
    subject: str,
) -> None:
    got = actual[index]
    note = ""
    if isinstance(expected, Free):
        return
    if isinstance(expected, Binder):
        bound = bindings.get(expected.key)
        if bound is None:
            if not isinstance(got, _Unknown):
                bindings[expected.key] = Binding(got, subject)
            return
        note = f" ({expected.name} = {format_dim(bound.dim)} from {_lower(bound.source)})"
        want: Dim = bound.dim
    else:
        want = expected
    truth = dims_equal(got, want)
    if truth is Truth.TRUE:
        return
    message = (
        f"{subject} has shape {format_shape(actual)}, expected {declared.show()}: "
        f"dim {index} is {format_dim(got)}, expected {format_dim(want)}{note}"
    )
    if truth is Truth.FALSE:
        raise ShapeMismatch(message)
    raise UnprovenShape(message)


def _lower(subject: str) -> str:
    return subject[:1].lower() + subject[1:]
