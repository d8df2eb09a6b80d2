"""Rearranging and copying elements: `flip`, `roll`, `rot90`, `tile`, `repeat_interleave`,
`Tensor.unfold` (sliding windows), `meshgrid`, `cartesian_prod`, `combinations`.

`tile` is `repeat` with the repeats padded by leading 1s (`repeat_shape`, `_reshape.py`).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from ._common import Shape, normalize_dim, require_equal, shape_numel
from ._conv import is_negative
from ._errors import ShapeMismatch
from ._reshape import repeat_shape
from ._symbolic import UNKNOWN, Dim, format_dim, format_shape, product


def _distinct_dims(dims: Sequence[int], rank: int, op: str) -> list[int]:
    out = [normalize_dim(d, rank, op) for d in dims]
    for i, d in enumerate(out):
        if d in out[:i]:
            raise ShapeMismatch(
                f'Dimension {d} appears multiple times in the list of dims for "{op}"'
            )
    return out


def flip_shape(input: Shape, dims: Sequence[int]) -> Shape:
    """`x.flip(dims)`: the input's shape; the dims must be distinct and in range."""
    _distinct_dims(dims, len(input), "flip")
    return input


def roll_shape(input: Shape, shifts: Sequence[Dim], dims: Sequence[int] | None = None) -> Shape:
    """`x.roll(shifts, dims)`: the input's shape. Without `dims` one shift rolls the flattened
    tensor; otherwise one shift per dim (repeats allowed, no 0-dim input; an empty input, a
    literal 0 in its shape, takes any dims).

    Raises:
        ShapeMismatch: no shifts, shifts and dims of different lengths, a dim out of range.
    """
    op = "roll"
    given = [] if dims is None else list(dims)
    if not shifts:
        raise ShapeMismatch(f'"{op}" expects at least one shift')
    if not given and len(shifts) == 1:
        return input
    if len(shifts) != len(given):
        raise ShapeMismatch(
            f'"{op}" expects one shift per dim, got {len(shifts)} shifts and {len(given)} dims'
        )
    if any(isinstance(d, int) and d == 0 for d in input):
        # torch returns an empty tensor before it looks at the dims.
        return input
    for d in given:
        if not input:
            raise ShapeMismatch(
                f'"{op}": dimension {d} specified, but a 0-dim tensor has no dimensions'
            )
        normalize_dim(d, len(input), op)
    return input


def rot90_shape(input: Shape, k: int = 1, dims: Sequence[int] = (0, 1)) -> Shape:
    """`x.rot90(k, dims)`: the two dims swapped for an odd `k`, kept for an even one.

    Raises:
        ShapeMismatch: not exactly two dims, an input below 2-D, a dim out of range, or the same
            dim twice.
    """
    op = "rot90"
    if len(dims) != 2:
        raise ShapeMismatch(
            f'"{op}" expects exactly 2 rotation dims, got {len(dims)}: {list(dims)}'
        )
    if len(input) < 2:
        raise ShapeMismatch(
            f'"{op}" expects an input with at least 2 dimensions, got {len(input)}-D input '
            f"{format_shape(input)}"
        )
    d0, d1 = (normalize_dim(d, len(input), op) for d in dims)
    if d0 == d1:
        raise ShapeMismatch(
            f'"{op}" expects two different rotation dims, got dims {list(dims)} for input '
            f"{format_shape(input)}"
        )
    if k % 2 == 0:
        return input
    out = list(input)
    out[d0], out[d1] = out[d1], out[d0]
    return tuple(out)


def tile_shape(input: Shape, dims: Sequence[Dim]) -> Shape:
    """`x.tile(dims)`: `repeat` with `dims` padded by leading 1s to the input's rank.

    torch's CPU kernel only rejects a negative repeat where the repeated size would be negative:
    an empty dim (a literal 0) repeated -1 times stays 0 (the meta kernel, which `repeat_shape`
    follows, rejects it). Such a repeat is passed on as 0, which gives the same size.
    """
    padded = (1,) * (len(input) - len(dims)) + tuple(dims)
    lead = len(padded) - len(input)
    kept = tuple(
        0 if i >= lead and is_negative(r) and input[i - lead] == 0 else r
        for i, r in enumerate(padded)
    )
    return repeat_shape(input, kept)


def repeat_interleave_shape(
    input: Shape,
    repeats: Dim | Shape,
    dim: int | None = None,
    output_size: Dim | None = None,
    *,
    tensor_repeats: bool = False,
) -> Shape:
    """`x.repeat_interleave(repeats, dim, output_size=None)`: each element repeated along `dim`
    (along the flattened input without `dim`).

    Args:
        repeats: an int repeat count (a dim), or the shape of a repeats tensor when
            `tensor_repeats`: 0-dim or 1-D with one entry or one per element of `dim`. Its
            values are data, so the new length is `output_size` (unknown without it).

    Raises:
        ShapeMismatch: a negative repeat, a repeats tensor of the wrong shape, a 0-dim input with
            a dim, or an `output_size` that contradicts int repeats.
    """
    op = "repeat_interleave"
    if dim is None:
        base: Shape = (shape_numel(input),)
        d = 0
    else:
        if not input:
            raise ShapeMismatch(
                f'"{op}": dimension {dim} specified, but a 0-dim tensor has no dimensions'
            )
        d = normalize_dim(dim, len(input), op)
        base = input
    if tensor_repeats:
        assert isinstance(repeats, tuple)
        if len(repeats) > 1:
            raise ShapeMismatch(
                f'"{op}" expects 0-dim or 1-D repeats, got {len(repeats)}-D repeats '
                f"{format_shape(repeats)}"
            )
        if len(repeats) == 1 and repeats[0] != 1:
            require_equal(
                repeats[0],
                base[d],
                f'Incompatible shapes for "{op}": repeats {format_shape(repeats)} must have one '
                f"entry, or one per element of dimension {d} of size {{b}}",
            )
        length: Dim = UNKNOWN if output_size is None else output_size
    else:
        assert not isinstance(repeats, tuple)
        if is_negative(repeats):
            raise ShapeMismatch(f'"{op}" expects non-negative repeats, got {format_dim(repeats)}')
        length = base[d] * repeats
        if output_size is not None:
            require_equal(
                output_size,
                length,
                f'Invalid output_size for "{op}": the repeats give {{b}} elements, got {{a}}',
            )
    return base[:d] + (length,) + base[d + 1 :]


def unfold_shape(input: Shape, dimension: int, size: Dim, step: Dim) -> Shape:
    """`x.unfold(dimension, size, step)`: dim `dimension` of length `n` becomes
    `(n - size) // step + 1` windows, and a last dim of length `size` holds each window.

    Raises:
        ShapeMismatch: a dim out of range, a negative size, a step below 1, or a window larger
            than the dim.
    """
    op = "unfold"
    d = normalize_dim(dimension, len(input), op)
    n: Dim = input[d] if input else 1
    if is_negative(size):
        raise ShapeMismatch(f'"{op}" expects a non-negative size, got {format_dim(size)}')
    if is_negative(step - 1):
        raise ShapeMismatch(f'"{op}" expects a step greater than 0, got {format_dim(step)}')
    if is_negative(n - size):
        raise ShapeMismatch(
            f'"{op}" window size {format_dim(size)} is larger than dimension {d} of size '
            f"{format_dim(n)} in input {format_shape(input)}"
        )
    if not input:
        return (size,)
    return (*input[:d], (n - size) // step + 1, *input[d + 1 :], size)


def meshgrid_shapes(tensors: Sequence[Shape], indexing: str = "ij") -> tuple[Shape, ...]:
    """`torch.meshgrid(*tensors, indexing)`: one shape per tensor, each the numbers of elements
    of all the (0-dim or 1-D) tensors; "xy" swaps the first two.

    Raises:
        ShapeMismatch: no tensors, a tensor with 2 or more dims, an unknown `indexing`.
    """
    op = "meshgrid"
    if indexing not in ("ij", "xy"):
        raise ShapeMismatch(f'"{op}": indexing must be "ij" or "xy", got {indexing!r}')
    if not tensors:
        raise ShapeMismatch(f'"{op}" expects at least one tensor')
    for i, t in enumerate(tensors):
        if len(t) > 1:
            raise ShapeMismatch(
                f'"{op}" expects 0-dim or 1-D tensors, got {len(t)}-D tensor {i} {format_shape(t)}'
            )
    sizes = [t[0] if t else 1 for t in tensors]
    if indexing == "xy" and len(sizes) >= 2:
        sizes[0], sizes[1] = sizes[1], sizes[0]
    return (tuple(sizes),) * len(tensors)


def _require_vectors(tensors: Sequence[Shape], op: str) -> None:
    for i, t in enumerate(tensors):
        if len(t) != 1:
            raise ShapeMismatch(
                f'"{op}" expects 1-D tensors, got {len(t)}-D tensor {i} {format_shape(t)}'
            )


def cartesian_prod_shape(tensors: Sequence[Shape]) -> Shape:
    """`torch.cartesian_prod(*tensors)`: `[n1 * n2 * ..., k]` for k 1-D tensors; one tensor is
    returned as it is."""
    op = "cartesian_prod"
    if not tensors:
        raise ShapeMismatch(f'"{op}" expects at least one tensor')
    _require_vectors(tensors, op)
    if len(tensors) == 1:
        return tensors[0]
    return (product(t[0] for t in tensors), len(tensors))


def combinations_shape(input: Shape, r: int = 2, with_replacement: bool = False) -> Shape:
    """`torch.combinations(input, r, with_replacement)`: `[C(n, r), r]` for a 1-D input `[n]`
    (`C(n + r - 1, r)` with replacement); `r = 0` gives `[0]`, as in torch."""
    op = "combinations"
    _require_vectors([input], op)
    if r < 0:
        raise ShapeMismatch(f'"{op}" expects a non-negative r, got {r}')
    if r == 0:
        return (0,)
    n = input[0] + (r - 1 if with_replacement else 0)
    if isinstance(n, int):
        return (math.comb(n, r) if n >= 0 else 0, r)
    # n * (n - 1) * ... * (n - r + 1) is divisible by r!: the floor division is exact.
    return (product(n - i for i in range(r)) // math.factorial(r), r)
