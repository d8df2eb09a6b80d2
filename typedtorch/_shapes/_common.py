"""Helpers every rule family uses: dim agreement checks and dim-index normalisation."""

from __future__ import annotations

from collections.abc import Sequence

from ._errors import ShapeMismatch, UnprovenShape
from ._symbolic import UNKNOWN, Dim, Truth, dims_equal, format_dim, is_known, mod

Shape = tuple[Dim, ...]


def require_equal(a: Dim, b: Dim, message: str) -> Dim:
    """`a` and `b` must be the same dim. Returns the better-known of the two.

    `message` is formatted with `{a}` and `{b}`: ShapeMismatch when they differ, UnprovenShape
    when symbols may or may not agree.
    """
    truth = dims_equal(a, b)
    if truth is Truth.FALSE:
        raise ShapeMismatch(message.format(a=format_dim(a), b=format_dim(b)))
    if truth is Truth.UNKNOWN:
        raise UnprovenShape(
            message.format(a=format_dim(a), b=format_dim(b)) + " (cannot prove they are equal)"
        )
    return a if is_known(a) else b


def normalize_dim(dim: int, rank: int, op: str, *, allow_end: bool = False) -> int:
    """A possibly negative dim index turned into `0 <= dim < rank` (`<= rank` with `allow_end`,
    as `unsqueeze` takes). Raises as torch does: `IndexError`-like out-of-range message."""
    size = rank + 1 if allow_end else rank
    low, high = (-size, size - 1) if size > 0 else (-1, 0)
    if not low <= dim <= high:
        raise ShapeMismatch(
            f'Dimension out of range for "{op}": expected to be in range of [{low}, {high}], '
            f"but got {dim}"
        )
    if rank == 0 and not allow_end:
        return 0
    return dim + size if dim < 0 else dim


def is_unknown(d: Dim) -> bool:
    return d is UNKNOWN


def shape_numel(shape: Sequence[Dim]) -> Dim:
    out: Dim = 1
    for d in shape:
        out = out * d
    return out


def require_same_shape(given: Shape, expected: Shape, message: str) -> Shape:
    """`given` must be `expected`: the same rank and every dim equal (`message`, already
    formatted, names both; `UnprovenShape` where symbols may or may not agree)."""
    if len(given) != len(expected):
        raise ShapeMismatch(message)
    escaped = message.replace("{", "{{").replace("}", "}}")
    return tuple(require_equal(a, b, escaped) for a, b in zip(given, expected, strict=True))


def require_divisible(size: Dim, by: Dim, message: str) -> None:
    """`size` must be a multiple of `by` (> 0). `message`, already formatted, is raised as
    ShapeMismatch when it is not, as UnprovenShape when symbols may or may not divide; an unknown
    dim passes."""
    rest = mod(size, by)
    if not is_known(rest):
        return
    if isinstance(rest, int):
        if rest:
            raise ShapeMismatch(message)
        return
    raise UnprovenShape(message + " (cannot prove it divides)")
