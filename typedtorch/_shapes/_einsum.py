"""`einsum`: parse an equation (`'bij,bjk->bik'`, `'...ij,...jk'`) and compute the result shape.

Mirrors torch's parser and checks (aten/src/ATen/native/Linear.cpp): subscripts are letters
`[a-zA-Z]`, spaces are ignored, each operand may hold one ellipsis `...`. A subscript repeated
within one operand takes the diagonal (its sizes must be equal); across operands its sizes
broadcast (equal, or 1). Ellipsis dims broadcast right-aligned across operands. Without `->`
the output is the ellipsis dims, then the subscripts that appear exactly once, in torch's order
(upper-case letters before lower-case ones).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ._common import Shape
from ._errors import ShapeMismatch, UnprovenShape
from ._symbolic import Dim, Truth, dims_equal, format_dim, format_shape

_ELLIPSIS = "..."


@dataclass(frozen=True)
class Subscripts:
    """One operand's (or the output's) subscripts: letters, with `...` where the ellipsis is."""

    labels: tuple[str, ...]

    @property
    def has_ellipsis(self) -> bool:
        return _ELLIPSIS in self.labels

    @property
    def letters(self) -> tuple[str, ...]:
        return tuple(label for label in self.labels if label != _ELLIPSIS)

    def __str__(self) -> str:
        return "".join(self.labels)


def _label_order(letter: str) -> int:
    # torch numbers A-Z as 0-25 and a-z as 26-51, and sorts implicit outputs by that number.
    return ord(letter) - ord("A") if letter.isupper() else 26 + ord(letter) - ord("a")


def _parse_term(term: str, index: int, offset: int, where: str) -> Subscripts:
    labels: list[str] = []
    dots = 0
    for i, ch in enumerate(term):
        if ch == " ":
            continue
        if ch == ".":
            if _ELLIPSIS in labels:
                raise ShapeMismatch(
                    f"Invalid equation for \"einsum\": found '.' for {where} {index} for which "
                    "an ellipsis was already found"
                )
            dots += 1
            if dots == 3:
                labels.append(_ELLIPSIS)
                dots = 0
            continue
        if dots:
            break
        if not ("a" <= ch <= "z" or "A" <= ch <= "Z"):
            raise ShapeMismatch(
                f'Invalid equation for "einsum": invalid subscript {ch!r} at index {offset + i}, '
                "subscripts must be in [a-zA-Z]"
            )
        labels.append(ch)
    if dots:
        raise ShapeMismatch(
            f"Invalid equation for \"einsum\": found '.' for {where} {index} that is not part of "
            "any ellipsis"
        )
    return Subscripts(tuple(labels))


def parse_einsum(equation: str) -> tuple[list[Subscripts], Subscripts | None]:
    """The operands' subscripts, and the output's (None when the equation has no `->`)."""
    lhs, arrow, rhs = equation.partition("->")
    terms: list[Subscripts] = []
    offset = 0
    for index, term in enumerate(lhs.split(",")):
        terms.append(_parse_term(term, index, offset, "operand"))
        offset += len(term) + 1
    if not arrow:
        return terms, None
    output = _parse_term(rhs, 0, len(lhs) + 2, "output")
    return terms, output


def _broadcast(a: Dim, b: Dim, message: str) -> Dim:
    """Two sizes of one subscript (or ellipsis dim) in different operands: equal, or 1."""
    if b == 1:
        return a
    if a == 1:
        return b
    truth = dims_equal(a, b)
    if truth is Truth.TRUE:
        return a if isinstance(a, int) or not isinstance(b, int) else b
    if truth is Truth.FALSE:
        raise ShapeMismatch(message)
    raise UnprovenShape(message + " (cannot prove they are equal or 1)")


def einsum_shape(equation: str, operands: Sequence[Shape]) -> Shape:
    """The shape of `torch.einsum(equation, *operands)`; raises as torch does.

    Args:
        equation: the einsum equation, e.g. `'bij,bjk->bik'`.
        operands: each operand's shape.
    """
    terms, output = parse_einsum(equation)
    shown = ", ".join(format_shape(s) for s in operands)
    if len(terms) != len(operands):
        raise ShapeMismatch(
            f'"einsum" equation {equation!r} has {len(terms)} operand'
            f"{'s' if len(terms) != 1 else ''}, got {len(operands)} tensor"
            f"{'s' if len(operands) != 1 else ''}"
        )
    sizes: dict[str, Dim] = {}
    first_seen: dict[str, int] = {}
    counts: dict[str, int] = {}
    ellipsis: list[Dim] = []
    for index, (term, shape) in enumerate(zip(terms, operands, strict=True)):
        letters = term.letters
        if term.has_ellipsis:
            if len(shape) < len(letters):
                raise ShapeMismatch(
                    f'Incompatible shapes for "einsum": operand {index} has subscripts '
                    f"{str(term)!r} with {len(letters)} letters, but it has only {len(shape)} "
                    f"dims {format_shape(shape)}"
                )
        elif len(shape) != len(letters):
            raise ShapeMismatch(
                f'Incompatible shapes for "einsum": operand {index} has subscripts {str(term)!r} '
                f"({len(letters)} dims), but its shape {format_shape(shape)} has {len(shape)} dims"
            )
        n_ellipsis = len(shape) - len(letters)
        dims: dict[str, Dim] = {}
        position = 0
        for label in term.labels:
            if label == _ELLIPSIS:
                covered = shape[position : position + n_ellipsis]
                ellipsis = _broadcast_ellipsis(ellipsis, covered, index, shown)
                position += n_ellipsis
                continue
            size = shape[position]
            position += 1
            if label in dims:
                _require_diagonal(label, dims[label], size, index, shape)
                continue
            dims[label] = size
            counts[label] = counts.get(label, 0) + 1
            if label in sizes:
                sizes[label] = _broadcast(
                    sizes[label],
                    size,
                    f'Incompatible shapes for "einsum": subscript {label} has size '
                    f"{format_dim(size)} in operand {index} but size "
                    f"{format_dim(sizes[label])} in operand {first_seen[label]} ({shown})",
                )
            else:
                sizes[label] = size
                first_seen[label] = index
    # A letter repeated inside one operand counts as appearing more than once.
    repeated = {
        label for term in terms for label in set(term.letters) if term.letters.count(label) > 1
    }
    if output is None:
        once = sorted(
            (label for label, n in counts.items() if n == 1 and label not in repeated),
            key=_label_order,
        )
        return (*ellipsis, *(sizes[label] for label in once))
    seen: set[str] = set()
    out: list[Dim] = []
    for label in output.labels:
        if label == _ELLIPSIS:
            out.extend(ellipsis)
            continue
        if label in seen:
            raise ShapeMismatch(
                f'Invalid equation for "einsum": output subscript {label} appears more than once '
                "in the output"
            )
        seen.add(label)
        if label not in sizes:
            raise ShapeMismatch(
                f'Invalid equation for "einsum": output subscript {label} does not appear in the '
                "equation for any input operand"
            )
        out.append(sizes[label])
    return tuple(out)


def _require_diagonal(label: str, a: Dim, b: Dim, index: int, shape: Shape) -> None:
    """A subscript repeated within one operand (`'ii->i'`): no broadcasting, sizes equal."""
    message = (
        f'Incompatible shapes for "einsum": subscript {label} is repeated for operand {index} '
        f"but its sizes {format_dim(a)} and {format_dim(b)} differ in {format_shape(shape)}"
    )
    truth = dims_equal(a, b)
    if truth is Truth.FALSE:
        raise ShapeMismatch(message)
    if truth is Truth.UNKNOWN:
        raise UnprovenShape(message + " (cannot prove they are equal)")


def _broadcast_ellipsis(
    seen: list[Dim], covered: Sequence[Dim], index: int, shown: str
) -> list[Dim]:
    """Ellipsis dims broadcast right-aligned, like the operands of an elementwise op."""
    rank = max(len(seen), len(covered))
    left = [1] * (rank - len(seen)) + list(seen)
    right = [1] * (rank - len(covered)) + list(covered)
    return [
        _broadcast(
            a,
            b,
            f'Incompatible shapes for "einsum": the dims covered by "..." in operand {index} '
            f"{format_shape(covered)} do not broadcast with {format_shape(seen)} ({shown})",
        )
        for a, b in zip(left, right, strict=True)
    ]
