"""Writing into a tensor at indices: `scatter`/`scatter_add`/`scatter_reduce` (the inverse of
`gather`) and `index_add`/`index_copy`/`index_fill` (the inverse of `index_select`).

Every one returns a tensor of the input's shape; the rules check what torch checks of the
index's and the source's shapes. Index values (which must lie inside the input) are data, not
shapes: no rule sees them.
"""

from __future__ import annotations

from ._common import Shape, normalize_dim, require_equal, shape_numel
from ._conv import is_negative
from ._errors import ShapeMismatch
from ._symbolic import Dim, format_dim, format_shape


def _size(shape: Shape, d: int) -> Dim:
    # torch's `ensure_nonempty_size`: a 0-dim tensor counts as one element along any dim.
    return shape[d] if shape else 1


def scatter_shape(
    input: Shape, dim: int, index: Shape, src: Shape | None, op: str = "scatter"
) -> Shape:
    """`x.scatter(dim, index, src)` (or a scalar `value`: `src` None), `scatter_add`,
    `scatter_reduce`: the input's shape.

    The index and `src` have the input's rank (a 0-dim tensor counting as 1-D), and no index dim
    is larger than the input's (except along `dim`) or than `src`'s. An empty index skips every
    check.

    Raises:
        ShapeMismatch: `dim` out of range, or an index that does not fit the input or `src`.
    """
    d = normalize_dim(dim, len(input), op)
    numel = shape_numel(index)
    if isinstance(numel, int) and numel == 0:
        return input
    if max(len(index), 1) != max(len(input), 1):
        raise ShapeMismatch(
            f'"{op}" expects an index with as many dims as the input {format_shape(input)}, '
            f"got index {format_shape(index)}"
        )
    for i in range(max(len(input), 1)):
        have, got = _size(input, i), _size(index, i)
        if i != d and is_negative(have - got):
            raise ShapeMismatch(
                f'"{op}" index {format_shape(index)} is larger than the input '
                f"{format_shape(input)} at dimension {i}: {format_dim(got)} > {format_dim(have)}"
            )
    if src is not None:
        if max(len(src), 1) != max(len(index), 1):
            raise ShapeMismatch(
                f'"{op}" expects src with as many dims as the index {format_shape(index)}, got '
                f"src {format_shape(src)}"
            )
        for i in range(max(len(input), 1)):
            have, got = _size(src, i), _size(index, i)
            if is_negative(have - got):
                raise ShapeMismatch(
                    f'"{op}" index {format_shape(index)} is larger than src {format_shape(src)} '
                    f"at dimension {i}: {format_dim(got)} > {format_dim(have)}"
                )
    return input


def _vector_index(index: Shape, op: str) -> Dim:
    """The number of indices of a 0-dim or 1-D index."""
    if len(index) > 1:
        raise ShapeMismatch(
            f'"{op}" expects a 0-dim or 1-D index, got {len(index)}-D index {format_shape(index)}'
        )
    return index[0] if index else 1


def _count(count: Dim, source: Shape, d: int, op: str) -> None:
    have: Dim = source[d] if source else 1
    require_equal(
        count,
        have,
        f'Incompatible shapes for "{op}": {{a}} indices but source {format_shape(source)} has '
        f"{{b}} entries along dimension {d}",
    )


def _slices(input: Shape, source: Shape, d: int, op: str) -> None:
    """The input and the source agree in every dim but `d`."""
    message = (
        f'Incompatible shapes for "{op}": source {format_shape(source)} must match the input '
        f"{format_shape(input)} in every dimension except {d}"
    )
    cut_input = input[:d] + input[d + 1 :] if input else ()
    cut_source = source[:d] + source[d + 1 :] if source else ()
    if len(cut_input) != len(cut_source):
        raise ShapeMismatch(message)
    for a, b in zip(cut_input, cut_source, strict=True):
        require_equal(a, b, message.replace("{", "{{").replace("}", "}}"))


def index_add_shape(input: Shape, dim: int, index: Shape, source: Shape) -> Shape:
    """`x.index_add(dim, index, source)`: the input's shape. `source` is the input with dim `dim`
    as long as the (0-dim or 1-D) index; a 0-dim input takes only a 0-dim source, and the
    other way round.

    Raises:
        ShapeMismatch: `dim` out of range, a 2-D or larger index, or a source that does not fit.
    """
    op = "index_add"
    d = normalize_dim(dim, len(input), op)
    count = _vector_index(index, op)
    if source and d >= len(source):
        raise ShapeMismatch(
            f'"{op}": dimension {dim} is out of range of source {format_shape(source)}'
        )
    _count(count, source, d, op)
    if bool(input) != bool(source):
        raise ShapeMismatch(
            f'Incompatible shapes for "{op}": source {format_shape(source)} must match the input '
            f"{format_shape(input)} in every dimension except {d}"
        )
    _slices(input, source, d, op)
    return input


def index_copy_shape(input: Shape, dim: int, index: Shape, source: Shape) -> Shape:
    """`x.index_copy(dim, index, source)`: the input's shape. `source` is the input with dim `dim`
    as long as the (0-dim or 1-D) index, or 0-dim for one index into a 1-D (or 0-dim) input.

    Raises:
        ShapeMismatch: `dim` out of range, a 2-D or larger index, or a source that does not fit.
    """
    op = "index_copy"
    d = normalize_dim(dim, len(input), op)
    count = _vector_index(index, op)
    if not source:
        require_equal(
            count,
            1,
            f'Incompatible shapes for "{op}": a 0-dim source takes exactly {{b}} index, got {{a}}',
        )
    elif input and len(source) != len(input):
        raise ShapeMismatch(
            f'Incompatible shapes for "{op}": source {format_shape(source)} must have as many '
            f"dims as the input {format_shape(input)}"
        )
    _slices(input, source, d, op)
    if source:
        _count(count, source, d, op)
    return input


def index_fill_shape(input: Shape, dim: int, index: Shape, value: Shape | None = None) -> Shape:
    """`x.index_fill(dim, index, value)`: the input's shape; the index is 0-dim or 1-D, a tensor
    `value` (its shape; None for a Python scalar) is 0-dim.

    Raises:
        ShapeMismatch: `dim` out of range, a 2-D or larger index, or a value with dims.
    """
    op = "index_fill"
    normalize_dim(dim, len(input), op)
    _vector_index(index, op)
    if value:
        raise ShapeMismatch(
            f'"{op}" only supports a 0-dim value tensor, got value {format_shape(value)}'
        )
    return input
