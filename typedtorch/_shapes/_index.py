"""Selecting parts of a tensor: `x[...]` indexing, `size(dim)`, `narrow`, `index_select`, `gather`.

Indexing takes the index as a tuple of pieces, each one of: an int dim (a literal, or `UNKNOWN`
for an int nobody knows), a `Slice` with literal (or unknown) bounds, `None` (a new axis),
`Ellipsis`, or a `TensorIndex` (advanced indexing with a bool mask or an integer tensor). A
caller that cannot read a piece at all has no shape to ask for.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import EllipsisType

from ._common import Shape, normalize_dim
from ._errors import ShapeMismatch
from ._symbolic import (
    UNKNOWN,
    Dim,
    _Unknown,
    format_dim,
    format_shape,
    is_known,
    never_negative,
)


@dataclass(frozen=True)
class Slice:
    """`start:stop:step` with each bound an int, None (omitted), or UNKNOWN (not a literal)."""

    start: int | None | _Unknown = None
    stop: int | None | _Unknown = None
    step: int | None | _Unknown = None


@dataclass(frozen=True)
class TensorIndex:
    """A tensor used as an index: `shape` None for unknown rank; `boolean` for a mask."""

    shape: Shape | None
    boolean: bool


IndexItem = int | _Unknown | Slice | None | EllipsisType | TensorIndex


def size_dim(shape: Shape, dim: int) -> Dim:
    """`x.size(dim)`: one dim, negative indices counting from the end."""
    if len(shape) == 0:
        raise ShapeMismatch(f'"size" got dim {dim}, but the tensor has no dimensions')
    return shape[normalize_dim(dim, len(shape), "size")]


def _slice_length(size: Dim, s: Slice) -> Dim:
    step = 1 if s.step is None else s.step
    if isinstance(step, int) and step <= 0:
        raise ShapeMismatch(f"Slice step must be greater than zero, got {step}")
    if isinstance(s.start, _Unknown) or isinstance(s.stop, _Unknown) or isinstance(step, _Unknown):
        return UNKNOWN
    if isinstance(size, int):
        return len(range(*slice(s.start, s.stop, step).indices(size)))
    if not is_known(size) or step != 1:
        return UNKNOWN
    # A symbolic size: exact for the forms `x[a:]`, `x[:-b]`, `x[a:-b]`, `x[:]` where the dim is
    # known to be at least as long as the slice skips (`x[1:]` of `N + 1` is `N`). Otherwise
    # torch gives max(H - a, 0), which no dim expression here says: unknown (`x[3:]` of `H` is 0
    # when H is 1, not H - 3).
    start = 0 if s.start is None else s.start
    stop = s.stop
    if start < 0:
        return UNKNOWN
    if stop is None:
        length = size - start
    elif stop < 0:
        length = size + stop - start
    else:
        return UNKNOWN
    return length if never_negative(length) else UNKNOWN


def _bool_index_dims(index: TensorIndex) -> int | None:
    return len(index.shape) if index.shape is not None else None


def index_shape(shape: Shape, index: tuple[IndexItem, ...]) -> Shape | None:
    """`x[index]`, the shape torch gives, or None where it cannot be known.

    Basic indexing is exact (ints remove a dim, slices shorten one, None adds one, `...` stands
    for the dims not indexed); one integer tensor index puts its shape in place of the dim; a
    bool mask puts one dim of unknown size in place of the dims it covers. Two or more tensor
    indices (whose shapes broadcast and may move to the front) give None.
    """
    ellipses = sum(1 for i in index if i is Ellipsis)
    tensors = [i for i in index if isinstance(i, TensorIndex)]
    if ellipses > 1 or len(tensors) > 1:
        return None
    consumed = 0
    for item in index:
        if isinstance(item, TensorIndex):
            if item.boolean:
                k = _bool_index_dims(item)
                if k is None:
                    return None
                consumed += k
            else:
                consumed += 1
        elif isinstance(item, (int, _Unknown, Slice)):
            consumed += 1
    rank = len(shape)
    if consumed > rank:
        raise ShapeMismatch(
            f"Too many indices for tensor of dimension {rank}: {format_shape(shape)} indexed "
            f"with {consumed}"
        )
    out: list[Dim] = []
    pos = 0
    for item in index:
        if item is None:
            out.append(1)
        elif item is Ellipsis:
            skip = rank - consumed
            out.extend(shape[pos : pos + skip])
            pos += skip
        elif isinstance(item, bool):
            return None
        elif isinstance(item, _Unknown):
            pos += 1
        elif isinstance(item, int):
            size = shape[pos]
            if isinstance(size, int) and not -size <= item < size:
                raise ShapeMismatch(
                    f"Index {item} is out of bounds for dimension {pos} with size {size}"
                )
            pos += 1
        elif isinstance(item, Slice):
            out.append(_slice_length(shape[pos], item))
            pos += 1
        elif isinstance(item, TensorIndex):
            if item.boolean:
                k = _bool_index_dims(item)
                assert k is not None
                _check_mask(shape[pos : pos + k], item, pos)
                out.append(UNKNOWN)
                pos += k
            else:
                if item.shape is None:
                    return None
                out.extend(item.shape)
                pos += 1
    out.extend(shape[pos:])
    return tuple(out)


def _check_mask(covered: Shape, mask: TensorIndex, pos: int) -> None:
    assert mask.shape is not None
    for i, (have, got) in enumerate(zip(covered, mask.shape, strict=True)):
        if isinstance(have, int) and isinstance(got, int) and have != got:
            raise ShapeMismatch(
                f"The shape of the mask {format_shape(mask.shape)} does not match the shape of "
                f"the indexed tensor {format_shape(covered)} at index {i} (dimension {pos + i})"
            )


def narrow_shape(shape: Shape, dim: int, start: Dim, length: Dim) -> Shape:
    """`x.narrow(dim, start, length)`: `length` elements of dim `dim` from `start`."""
    if len(shape) == 0:
        raise ShapeMismatch('"narrow" cannot be applied to a 0-dim tensor')
    d = normalize_dim(dim, len(shape), "narrow")
    size = shape[d]
    if isinstance(length, int) and length < 0:
        raise ShapeMismatch(f'"narrow" expects a non-negative length, got {length}')
    if isinstance(size, int) and isinstance(start, int):
        if not -size <= start <= size:
            raise ShapeMismatch(
                f'"narrow" start {start} is out of range for dimension {dim} of size {size} '
                f"(expected to be in range of [{-size}, {size}])"
            )
        begin = start + size if start < 0 else start
        if isinstance(length, int) and begin + length > size:
            raise ShapeMismatch(
                f'"narrow" start ({begin}) + length ({length}) exceeds dimension {dim} of size '
                f"{size}"
            )
    return shape[:d] + (length,) + shape[d + 1 :]


def index_select_shape(shape: Shape, dim: int, index: Shape) -> Shape:
    """`x.index_select(dim, index)`: dim `dim` replaced by the number of indices (1-D index)."""
    if len(index) > 1:
        raise ShapeMismatch(
            f'"index_select" expects a 1-D index, got {len(index)}-D shape {format_shape(index)}'
        )
    count: Dim = index[0] if index else 1
    if len(shape) == 0:
        normalize_dim(dim, 0, "index_select")
        if isinstance(count, int) and count != 1:
            raise ShapeMismatch(
                f'"index_select" of a 0-dim tensor expects exactly 1 index, got {count}'
            )
        return ()
    d = normalize_dim(dim, len(shape), "index_select")
    return shape[:d] + (count,) + shape[d + 1 :]


def gather_shape(shape: Shape, dim: int, index: Shape) -> Shape:
    """`x.gather(dim, index)`: the index's shape; no index dim larger than the input's, except
    along `dim`."""
    d = normalize_dim(dim, len(shape), "gather")
    if any(isinstance(n, int) and n == 0 for n in index):
        # torch returns an empty index's shape without comparing it with the input's.
        return tuple(index)
    if len(index) != len(shape) and not (len(shape) <= 1 and len(index) <= 1):
        raise ShapeMismatch(
            f'"gather" expects an index with as many dims as the input {format_shape(shape)}, '
            f"got {format_shape(index)}"
        )
    for i, (have, got) in enumerate(zip(shape, index, strict=False)):
        if i == d:
            continue
        if isinstance(have, int) and isinstance(got, int) and got > have:
            raise ShapeMismatch(
                f'"gather" index {format_shape(index)} is larger than the input '
                f"{format_shape(shape)} at dimension {i}: {format_dim(got)} > {format_dim(have)}"
            )
    return tuple(index)
