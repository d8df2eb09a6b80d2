"""`einsum`: parse an equation (`'bij,bjk->bik'`, `'...ij,...jk'`) and compute the result shape.

Mirrors torch's parser and checks (aten/src/ATen/native/Linear.cpp): subscripts are letters
`[a-zA-Z]`, spaces are ignored, each operand may hold one ellipsis `...`. A subscript repeated
within one operand takes the diagonal (its sizes must be equal); across operands its sizes
broadcast (equal, or 1). Ellipsis dims broadcast right-aligned across operands. Without `->`
the output is the ellipsis dims, then the subscripts that appear exactly once, in torch's order
(upper-case letters before lower-case ones).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from ._common import Shape
from ._dtypes import category, promote_types
from ._errors import DTypeMismatch, ShapeMismatch, UnprovenShape
from ._symbolic import (
    Dim,
    Expr,
    Sym,
    Truth,
    dims_equal,
    format_dim,
    format_shape,
    substitute,
    symbols,
)

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


def _summed(
    terms: Sequence[Subscripts], output: Subscripts | None, shapes: Sequence[Shape | None]
) -> set[str] | None:
    """The subscripts torch sums over (`...` for summed ellipsis dims); None when not known."""
    letters = [label for term in terms for label in term.letters]
    if output is None:
        repeated = {
            label for term in terms for label in term.letters if term.letters.count(label) > 1
        }
        kept = {label for label in letters if letters.count(label) == 1 and label not in repeated}
        return set(letters) - kept
    summed: set[str] = set(letters) - set(output.letters)
    if not output.has_ellipsis:
        for term, shape in zip(terms, shapes, strict=True):
            if not term.has_ellipsis:
                continue
            if shape is None:
                return None
            if len(shape) > len(term.letters):
                summed.add(_ELLIPSIS)
    return summed


def _sum_dtype(dtype: str) -> str:
    return "int64" if category(dtype) <= 1 else dtype


@dataclass
class _Operand:
    """An operand as torch's einsum holds it: aligned to every dim (output dims first, then the
    contracted ones), missing dims of size 1."""

    dtype: str
    sizes: list[int]


def _aligned(
    terms: Sequence[Subscripts],
    output: Subscripts | None,
    dtypes: Sequence[str],
    shapes: Sequence[tuple[int, ...]],
) -> tuple[list[_Operand], int, list[str]]:
    """torch's alignment (aten's einsum): the operands, the number of output dims, and each
    dim's subscript (`...` for the ellipsis dims)."""
    counts: dict[str, int] = {}
    for term in terms:
        for label in term.letters:
            counts[label] = counts.get(label, 0) + 1
    n_ellipsis = max(
        (
            len(shape) - len(term.letters)
            for term, shape in zip(terms, shapes, strict=True)
            if term.has_ellipsis
        ),
        default=0,
    )
    index: dict[str, int] = {}
    position = 0
    ellipsis_at = 0
    ellipsis_out = output is None
    if output is None:
        position = n_ellipsis
        for label in sorted(counts, key=_label_order):
            if counts[label] == 1:
                index[label] = position
                position += 1
    else:
        for label in output.labels:
            if label == _ELLIPSIS:
                ellipsis_at, ellipsis_out = position, True
                position += n_ellipsis
            else:
                index[label] = position
                position += 1
    out_dims = position
    if not ellipsis_out:
        ellipsis_at = position
        position += n_ellipsis
    for label in sorted(counts, key=_label_order):
        if label not in index:
            index[label] = position
            position += 1
    operands: list[_Operand] = []
    for term, shape, dtype in zip(terms, shapes, dtypes, strict=True):
        sizes = [1] * position
        dim = 0
        for label in term.labels:
            if label == _ELLIPSIS:
                covered = len(shape) - len(term.letters)
                for j in range(n_ellipsis - covered, n_ellipsis):
                    sizes[ellipsis_at + j] = shape[dim]
                    dim += 1
                continue
            sizes[index[label]] = shape[dim]  # a repeated label takes the diagonal: same size
            dim += 1
        operands.append(_Operand(dtype, sizes))
    names_at = ["..."] * position
    for label, at in index.items():
        names_at[at] = label
    return operands, out_dims, names_at


class _NotKnown(Exception):
    """The dtype depends on what is not modelled."""


def _bmm_dtype(left: _Operand, right: _Operand, labels: str) -> str:
    """`sumproduct_pair`'s matrix product: torch's bmm, equal dtypes (bool has no kernel). An
    empty operand runs no kernel: any dtypes; the dtype torch then gives to different ones is not
    modelled."""
    if 0 in left.sizes or 0 in right.sizes:
        if left.dtype == right.dtype:
            return left.dtype
        raise _NotKnown
    if left.dtype != right.dtype:
        raise DTypeMismatch(
            f'Incompatible dtypes for "einsum": torch contracts {labels} with a matrix product, '
            f"which needs equal dtypes, got {left.dtype} and {right.dtype} (convert one with "
            f".to(torch.{left.dtype}))"
        )
    if left.dtype == "bool":
        raise DTypeMismatch(
            f'Incompatible dtype for "einsum": torch contracts {labels} of bool operands with a '
            "matrix product, which has no bool kernel (convert them with .float() or .int())"
        )
    return left.dtype


def _contract(a: _Operand, b: _Operand, sum_dims: set[int], labels: str) -> _Operand:
    """aten's `sumproduct_pair(a, b, sum_dims, keepdim=True)`: the dtype and sizes."""
    if not sum_dims:
        sizes = [x if y == 1 else y for x, y in zip(a.sizes, b.sizes, strict=True)]
        return _Operand(promote_types(a.dtype, b.dtype), sizes)
    left, right = _Operand(a.dtype, list(a.sizes)), _Operand(b.dtype, list(b.sizes))
    for i in sorted(sum_dims):
        sl, sr = left.sizes[i] != 1, right.sizes[i] != 1
        if sl and not sr:
            left = _Operand(_sum_dtype(left.dtype), [*left.sizes[:i], 1, *left.sizes[i + 1 :]])
        elif sr and not sl:
            right = _Operand(_sum_dtype(right.dtype), [*right.sizes[:i], 1, *right.sizes[i + 1 :]])
    dtype = _bmm_dtype(left, right, labels)
    sizes = [
        1 if i in sum_dims else (x if y == 1 else y)
        for i, (x, y) in enumerate(zip(left.sizes, right.sizes, strict=True))
    ]
    return _Operand(dtype, sizes)


def _simulate(
    terms: Sequence[Subscripts],
    output: Subscripts | None,
    dtypes: Sequence[str],
    shapes: Sequence[tuple[int, ...]],
) -> str:
    """The dtype of aten's einsum, contracting left to right (no contraction path), as torch
    computes it: its sums, products and matrix products."""
    ops, out_dims, names_at = _aligned(terms, output, dtypes, shapes)
    all_dims = len(names_at)
    counts = [sum(1 for o in ops if o.sizes[d] != 1) for d in range(all_dims)]
    while len(ops) > 1:
        a, b = ops.pop(0), ops.pop(0)
        sum_dims: set[int] = set()
        a_sums: list[int] = []
        b_sums: list[int] = []
        for d in range(out_dims, all_dims):
            if a.sizes[d] != 1 and b.sizes[d] != 1:
                counts[d] -= 1
                if counts[d] == 1:
                    sum_dims.add(d)
                    counts[d] = 0
            elif counts[d] == 1:
                if a.sizes[d] != 1:
                    a_sums.append(d)
                    counts[d] = 0
                elif b.sizes[d] != 1:
                    b_sums.append(d)
                    counts[d] = 0
        if a_sums:
            a = _Operand(
                _sum_dtype(a.dtype), [1 if d in a_sums else n for d, n in enumerate(a.sizes)]
            )
        if b_sums:
            b = _Operand(
                _sum_dtype(b.dtype), [1 if d in b_sums else n for d, n in enumerate(b.sizes)]
            )
        names = [names_at[d] for d in sorted(sum_dims)]
        labels = ("subscripts " if len(names) > 1 else "subscript ") + ", ".join(names)
        ops.insert(0, _contract(a, b, sum_dims, labels))
    if all_dims > out_dims and len(terms) == 1:
        return _sum_dtype(ops[0].dtype)
    return ops[0].dtype


def _simulate_sizes(
    terms: Sequence[Subscripts],
    output: Subscripts | None,
    dtypes: Sequence[str],
    shapes: Sequence[Shape],
) -> str | None:
    """`_simulate` over what a symbolic size may be: torch's path differs only between a size of
    1 and a larger one (symbols are taken to be >= 1), so each symbolic size is tried as 1 and
    as 2. The dtype all agree on; the error all raise; None otherwise."""
    symbolic = sorted({str(d) for shape in shapes for d in shape if not isinstance(d, int)})
    if len(symbolic) > 4:
        return None
    results: set[str] = set()
    errors: list[DTypeMismatch] = []
    for values in itertools.product((1, 2), repeat=len(symbolic)):
        size = dict(zip(symbolic, values, strict=True))
        literal = [
            tuple(d if isinstance(d, int) else _at_least(d, size[str(d)]) for d in shape)
            for shape in shapes
        ]
        try:
            results.add(_simulate(terms, output, dtypes, literal))
        except DTypeMismatch as err:
            errors.append(err)
        except _NotKnown:
            return None
    if errors and not results:
        raise errors[0]
    return results.pop() if len(results) == 1 and not errors else None


def _at_least(dim: Dim, value: int) -> int:
    """A symbolic size as `value` (1 or 2), or 2 where it cannot be 1 (`2 * N`, `H + 1`: a sum
    of products of symbols with positive coefficients is smallest with every symbol 1)."""
    if dims_equal(dim, 1) is Truth.FALSE:
        return 2
    if isinstance(dim, Expr) and all(
        coef > 0 and all(isinstance(atom, Sym) for atom in mono) for mono, coef in dim.terms
    ):
        smallest = substitute(dim, dict.fromkeys(symbols(dim), 1))
        if isinstance(smallest, int) and smallest >= 2:
            return 2
    return value


def einsum_dtype(
    equation: str, dtypes: Sequence[str], shapes: Sequence[Shape | None]
) -> str | None:
    """The dtype of `torch.einsum(equation, *operands)` for operands of `dtypes` (and `shapes`,
    None where unknown); None where it depends on what is not known.

    torch aligns the operands, sums a subscript found in one operand only, multiplies (which
    promotes) and contracts pairs with `bmm` (equal dtypes, no bool kernel), left to right; a sum
    of bool or integer values is int64. With every size a literal, this follows torch's algorithm
    (`_simulate`) for one or two operands (three or more may take opt_einsum's path, which
    depends on what is installed); otherwise only the cases whose dtype no size changes.

    Raises:
        DTypeMismatch: torch's matrix product gets operands of different dtypes, or bool ones.
    """
    terms, output = parse_einsum(equation)
    if len(terms) != len(dtypes):
        return None
    for term, shape in zip(terms, shapes, strict=True):
        if shape is not None and (
            len(shape) < len(term.letters)
            or (not term.has_ellipsis and len(shape) != len(term.letters))
        ):
            return None  # einsum_shape's error
    if len(dtypes) <= 2 and all(s is not None for s in shapes):
        return _simulate_sizes(terms, output, dtypes, [s for s in shapes if s is not None])
    summed = _summed(terms, output, shapes)
    if summed is None:
        return None
    if len(dtypes) == 1:
        return _sum_dtype(dtypes[0]) if summed else dtypes[0]
    if all(d == dtypes[0] for d in dtypes) and category(dtypes[0]) >= 2:
        return dtypes[0]
    if not summed and len(dtypes) == 2:
        return promote_types(dtypes[0], dtypes[1])
    return None
