"""Sorting and selecting by order: `topk`, `kthvalue`, `median`/`nanmedian`/`mode` along a dim,
`searchsorted`/`bucketize`, and the dtypes torch gives (and refuses) for them.

`sort`, `argsort` and `msort` keep the shape and only check their dim: that is `dim_op_shape`
(`_reduce.py`), as for `cumsum`. The ops here that return `(values, indices)` give both the same
shape; the indices are int64.
"""

from __future__ import annotations

from typing import Final

from ._common import Shape, normalize_dim, require_same_shape
from ._conv import is_negative
from ._dtypes import category
from ._errors import DTypeMismatch, ShapeMismatch
from ._kernels import skips_dtype_check
from ._reduce import dim_op_shape, reduce_shape
from ._symbolic import Dim, format_dim, format_shape

# Ops torch implements for no bool input on CPU ("topk does not support bool dtypes").
_NO_BOOL: Final = frozenset({"topk", "kthvalue", "median", "nanmedian"})
# Ops whose first result keeps the input's dtype; argsort gives only indices.
SORT_OPS: Final = frozenset(
    {"sort", "argsort", "msort", "topk", "kthvalue", "median", "nanmedian", "mode"}
)


def _dim_size(input: Shape, dim: int, op: str) -> tuple[int, Dim]:
    """(normalized dim, its size); a 0-dim tensor has one element along dim 0 or -1."""
    d = normalize_dim(dim, len(input), op)
    return d, input[d] if input else 1


def topk_shape(input: Shape, k: Dim, dim: int = -1) -> Shape:
    """`x.topk(k, dim)`: dim `dim` becomes `k`, which must be in `[0, size]`.

    The shape of both the values and the indices.

    Raises:
        ShapeMismatch: `dim` out of range, or `k` negative or larger than the dim.
    """
    d, size = _dim_size(input, dim, "topk")
    if is_negative(k) or is_negative(size - k):
        raise ShapeMismatch(
            f'Selected index k out of range for "topk": k is {format_dim(k)} but dimension '
            f"{dim} of input {format_shape(input)} has size {format_dim(size)}"
        )
    if not input:
        return ()
    return input[:d] + (k,) + input[d + 1 :]


def kthvalue_shape(input: Shape, k: Dim, dim: int = -1, keepdim: bool = False) -> Shape:
    """`x.kthvalue(k, dim, keepdim)`: dim `dim` reduced; `k` counts from 1 to the dim's size.

    The shape of both the values and the indices.

    Raises:
        ShapeMismatch: `dim` out of range or empty, or `k` outside `[1, size]`.
    """
    reduced = select_along_shape(input, dim, keepdim, "kthvalue")
    _, size = _dim_size(input, dim, "kthvalue")
    if is_negative(k - 1) or is_negative(size - k):
        raise ShapeMismatch(
            f'Selected number k out of range for "kthvalue": k is {format_dim(k)} but dimension '
            f"{dim} of input {format_shape(input)} has size {format_dim(size)}"
        )
    return reduced


def select_along_shape(input: Shape, dim: int, keepdim: bool, op: str) -> Shape:
    """`x.median(dim)`, `x.nanmedian(dim)`, `x.mode(dim)` (and `kthvalue`): one value picked
    along `dim`, which is dropped (kept as 1 with `keepdim`); the dim must not be empty.

    The shape of both the values and the indices. Without a dim, `median()` is `reduce_shape`.

    Raises:
        ShapeMismatch: `dim` out of range, or of size 0.
    """
    out = reduce_shape(input, dim, keepdim, op)
    d, size = _dim_size(input, dim, op)
    if size == 0:
        raise ShapeMismatch(
            f'"{op}" expects reduction dim {d} to have non-zero size, got input '
            f"{format_shape(input)}"
        )
    return out


def cummax_shape(input: Shape, dim: int, op: str = "cummax") -> Shape:
    """`x.cummax(dim)` / `x.cummin(dim)`: the input's shape, for both values and indices.

    As `dim_op_shape`, except that torch returns an empty input (a literal 0 in its shape) before
    it looks at `dim`: any dim is accepted there.
    """
    if any(isinstance(d, int) and d == 0 for d in input):
        return input
    return dim_op_shape(input, dim, op)


def sort_dtype(op: str, dtype: str, shape: Shape | None = None) -> str:
    """The dtype of the values of `op` in `SORT_OPS` (`argsort`: of its indices, int64).

    `shape` (when known): torch skips the check on some empty or 0-dim inputs
    (`skips_dtype_check`; `median()` is `median` over all elements).

    Raises:
        DTypeMismatch: complex input (no op here orders complex numbers), or bool input to
            `topk`, `kthvalue`, `median`, `nanmedian`.
    """
    cat = category(dtype)
    if skips_dtype_check(op, shape):
        return "int64" if op == "argsort" else dtype
    name = op.removesuffix("()")
    if cat == 3 or (cat == 0 and name in _NO_BOOL):
        raise DTypeMismatch(
            f'Incompatible dtype for "{name}": torch does not support {dtype} tensors here'
        )
    return "int64" if op == "argsort" else dtype


def searchsorted_shape(
    sorted_sequence: Shape, values: Shape, sorter: Shape | None = None, op: str = "searchsorted"
) -> Shape:
    """`torch.searchsorted(sorted_sequence, values)`: the values' shape. A 1-D sequence takes
    values of any shape; an `[*, M]` sequence takes values `[*, K]` with the same leading dims.
    A Python scalar value is a 0-dim `values`. `sorter` has the sequence's shape.

    Raises:
        ShapeMismatch: a 0-dim sequence, leading dims that differ, or a sorter of another shape.
    """
    if not sorted_sequence:
        raise ShapeMismatch(
            f'"{op}" expects a sorted sequence with at least 1 dimension, got a 0-dim tensor'
        )
    if sorter is not None:
        require_same_shape(
            sorter,
            sorted_sequence,
            f'Incompatible shapes for "{op}": sorter {format_shape(sorter)} must have the shape '
            f"of the sorted sequence {format_shape(sorted_sequence)}",
        )
    if len(sorted_sequence) == 1:
        return values
    lead = sorted_sequence[:-1]
    message = (
        f'Incompatible shapes for "{op}": a sorted sequence {format_shape(sorted_sequence)} '
        f"takes values [{', '.join(format_dim(d) for d in lead)}, *], got values "
        f"{format_shape(values)}"
    )
    if len(values) != len(sorted_sequence):
        raise ShapeMismatch(message)
    require_same_shape(values[:-1], lead, message)
    return values


def bucketize_shape(input: Shape, boundaries: Shape) -> Shape:
    """`torch.bucketize(input, boundaries)`: the input's shape; `boundaries` is 1-D."""
    if len(boundaries) != 1:
        raise ShapeMismatch(
            f'"bucketize" expects 1-D boundaries, got {len(boundaries)}-D boundaries '
            f"{format_shape(boundaries)}"
        )
    return input


def searchsorted_dtype(
    sorted_sequence: str, values: str, out_int32: bool = False, op: str = "searchsorted"
) -> str:
    """int64 indices (int32 with `out_int32`). `values` may be a Python scalar kind (`pyfloat`).

    Raises:
        DTypeMismatch: complex operands, or bool sequence and values (torch has no kernel).
    """
    cats = (category(sorted_sequence), category(values))
    if 3 in cats or cats == (0, 0):
        raise DTypeMismatch(
            f'Incompatible dtypes for "{op}": sorted sequence is {sorted_sequence} and values '
            f"are {values}; torch does not support them here"
        )
    return "int32" if out_int32 else "int64"
