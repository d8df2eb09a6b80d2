"""Broadcasting, exactly as torch does it for elementwise ops, comparisons and `where`."""

from __future__ import annotations

from ._common import Shape
from ._errors import ShapeMismatch, UnprovenShape
from ._symbolic import UNKNOWN, Dim, Truth, dims_equal, format_dim, format_shape


def broadcast_shapes(*shapes: Shape, op: str = "broadcast") -> Shape:
    """The broadcast of `shapes` (torch.broadcast_shapes): right-aligned, size 1 stretches.

    Raises ShapeMismatch when two sizes differ and neither is 1, and UnprovenShape when a
    symbolic size may or may not match.
    """
    rank = max((len(s) for s in shapes), default=0)
    out: list[Dim] = []
    unproven: UnprovenShape | None = None
    for i in range(-rank, 0):
        dims = [s[i] for s in shapes if len(s) >= -i]
        try:
            out.append(_broadcast_dims(dims, shapes, rank + i, op))
        except UnprovenShape as err:
            # A definite mismatch in a later dim is the error to report, not this doubt.
            unproven = unproven or err
            out.append(UNKNOWN)
    if unproven is not None:
        raise unproven
    return tuple(out)


def _broadcast_dims(dims: list[Dim], shapes: tuple[Shape, ...], index: int, op: str) -> Dim:
    result: Dim = 1
    for d in dims:
        if d == 1:
            continue
        if result == 1:
            result = d
            continue
        truth = dims_equal(result, d)
        if truth is Truth.TRUE:
            if result is UNKNOWN:
                result = d
            continue
        listed = [format_shape(s) for s in shapes]
        shown = ", ".join(listed[:-1]) + " and " + listed[-1] if len(listed) > 1 else listed[0]
        message = (
            f'Shapes {shown} cannot be broadcast together for "{op}": dimension {index} '
            f"has sizes {format_dim(result)} and {format_dim(d)}"
        )
        if truth is Truth.FALSE:
            raise ShapeMismatch(message)
        raise UnprovenShape(message + " (cannot prove they are equal or 1)")
    return result
