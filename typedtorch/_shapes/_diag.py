"""Diagonals and triangles: `diag`, `diagonal`, `diag_embed`, `tril`/`triu`, `trace`,
`block_diag`.

A diagonal's length is `min(rows, cols - offset)` (`min(rows + offset, cols)` below the main
diagonal), and 0 when the offset passes the matrix. With symbolic sizes the minimum is known only
when the difference of the two is a constant; otherwise the length is unknown. As elsewhere, a
symbol stands for a size large enough for the offset (a diagonal is not cut to 0).
"""

from __future__ import annotations

from collections.abc import Sequence

from ._common import Shape, normalize_dim
from ._dtypes import category, promote_types
from ._errors import DTypeMismatch, ShapeMismatch
from ._symbolic import UNKNOWN, Dim, format_shape, sub


def _min_dim(a: Dim, b: Dim) -> Dim:
    if isinstance(a, int) and isinstance(b, int):
        return min(a, b)
    diff = sub(a, b)
    if isinstance(diff, int):
        return b if diff >= 0 else a
    return UNKNOWN


def _diagonal_length(rows: Dim, cols: Dim, offset: int) -> Dim:
    length = _min_dim(rows, cols - offset) if offset >= 0 else _min_dim(rows + offset, cols)
    if isinstance(length, int):
        return max(length, 0)
    return length


def diag_shape(input: Shape, diagonal: int = 0) -> Shape:
    """`torch.diag(input, diagonal)`: a 1-D `[n]` becomes the matrix `[n + |d|, n + |d|]`; a 2-D
    `[r, c]` gives its diagonal `[min(r, c - d)]`.

    Raises:
        ShapeMismatch: an input that is not 1-D or 2-D.
    """
    if len(input) == 1:
        n = input[0] + abs(diagonal)
        return (n, n)
    if len(input) == 2:
        return (_diagonal_length(input[0], input[1], diagonal),)
    raise ShapeMismatch(
        f'"diag" expects a 1-D or 2-D input, got {len(input)}-D input {format_shape(input)}'
    )


def _two_dims(dim1: int, dim2: int, rank: int, op: str) -> tuple[int, int]:
    d1 = normalize_dim(dim1, rank, op)
    d2 = normalize_dim(dim2, rank, op)
    if d1 == d2:
        raise ShapeMismatch(
            f'"{op}": dim1 and dim2 cannot be the same dimension, got {dim1}, {dim2}'
        )
    return d1, d2


def diagonal_shape(input: Shape, offset: int = 0, dim1: int = 0, dim2: int = 1) -> Shape:
    """`x.diagonal(offset, dim1, dim2)`: dims `dim1` and `dim2` removed, the diagonal's length
    appended last.

    Raises:
        ShapeMismatch: a dim out of range, or `dim1` and `dim2` the same dim.
    """
    d1, d2 = _two_dims(dim1, dim2, len(input), "diagonal")
    rest = tuple(s for i, s in enumerate(input) if i not in (d1, d2))
    return (*rest, _diagonal_length(input[d1], input[d2], offset))


def diag_embed_shape(input: Shape, offset: int = 0, dim1: int = -2, dim2: int = -1) -> Shape:
    """`torch.diag_embed(input, offset, dim1, dim2)`: the last dim `n` becomes two dims of size
    `n + |offset|` at `dim1` and `dim2` of the result (one dim more than the input).

    Raises:
        ShapeMismatch: a 0-dim input, a dim out of range, or `dim1` and `dim2` the same dim.
    """
    op = "diag_embed"
    if not input:
        raise ShapeMismatch(f'"{op}" expects an input with at least 1 dimension, got shape []')
    d1, d2 = _two_dims(dim1, dim2, len(input) + 1, op)
    n = input[-1] + abs(offset)
    out = list(input[:-1])
    out.insert(min(d1, d2), n)
    out.insert(max(d1, d2), n)
    return tuple(out)


def triangle_shape(input: Shape, op: str = "tril") -> Shape:
    """`tril`/`triu`: the input's shape; it needs at least 2 dims (the matrix is the last two).

    Raises:
        ShapeMismatch: a 0-dim or 1-D input.
    """
    if len(input) < 2:
        raise ShapeMismatch(
            f'"{op}" expects an input with at least 2 dimensions, got {len(input)}-D input '
            f"{format_shape(input)}"
        )
    return input


def trace_shape(input: Shape) -> Shape:
    """`torch.trace(input)`: a 2-D input's diagonal summed, `[]`."""
    if len(input) != 2:
        raise ShapeMismatch(
            f'"trace" expects a 2-D input (a matrix), got {len(input)}-D input {format_shape(input)}'
        )
    return ()


def trace_dtype(dtype: str) -> str:
    """`torch.trace`: sums as `sum` does, integers to int64.

    Raises:
        DTypeMismatch: a bool input (torch has no kernel).
    """
    cat = category(dtype)
    if cat == 0:
        raise DTypeMismatch(
            'Incompatible dtype for "trace": torch does not support bool tensors here'
        )
    return "int64" if cat == 1 else dtype


def block_diag_shape(tensors: Sequence[Shape]) -> Shape:
    """`torch.block_diag(*tensors)`: each (0-dim `[1, 1]`, 1-D `[1, n]`, or 2-D) placed on the
    diagonal of `[sum of rows, sum of cols]`. No tensors give `[1, 0]`, as in torch.

    Raises:
        ShapeMismatch: a tensor with more than 2 dims.
    """
    rows: Dim = 0
    cols: Dim = 0
    for i, t in enumerate(tensors):
        if len(t) > 2:
            raise ShapeMismatch(
                f'"block_diag" expects tensors with at most 2 dimensions, got {len(t)}-D tensor '
                f"{i} {format_shape(t)}"
            )
        matrix = (1, 1) if not t else (1, t[0]) if len(t) == 1 else t
        rows, cols = rows + matrix[0], cols + matrix[1]
    if not tensors:
        return (1, 0)
    return (rows, cols)


def block_diag_dtype(dtypes: Sequence[str]) -> str:
    """`torch.block_diag`: the promoted dtype of the tensors (float32 for none)."""
    out = dtypes[0] if dtypes else "float32"
    for d in dtypes[1:]:
        out = promote_types(out, d)
    return out
