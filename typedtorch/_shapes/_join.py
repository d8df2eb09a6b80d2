"""Joining tensors and taking them apart: `cat`, `stack`, `split`, `chunk`, `unbind`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ._common import Shape, normalize_dim, require_equal
from ._errors import ShapeMismatch
from ._symbolic import UNKNOWN, Dim, Truth, dims_equal, format_shape, is_known


@dataclass(frozen=True)
class Pieces:
    """What `split`/`chunk`/`unbind` return.

    `shapes` has one shape per piece when the number of pieces is known, else None; `common` is
    a shape every piece has (dims that differ between pieces are UNKNOWN there).
    """

    shapes: tuple[Shape, ...] | None
    common: Shape


def _pieces(shapes: Sequence[Shape], fallback: Shape) -> Pieces:
    if not shapes:
        return Pieces((), fallback)
    common = tuple(
        dims[0] if all(dims_equal(dims[0], d) is Truth.TRUE for d in dims) else UNKNOWN
        for dims in zip(*shapes, strict=True)
    )
    return Pieces(tuple(shapes), common)


def cat_shape(shapes: Sequence[Shape], dim: int = 0, op: str = "cat") -> Shape:
    """`torch.cat(tensors, dim)`: same rank, equal dims except `dim`, which adds up.

    As in torch, 1-D tensors of size 0 are skipped (a legacy rule for empty tensors).
    """
    if not shapes:
        raise ShapeMismatch(f'"{op}" expects a non-empty list of tensors')
    kept = [(i, s) for i, s in enumerate(shapes) if not (len(s) == 1 and s[0] == 0)]
    if not kept:
        return (0,)
    for i, s in kept:
        if len(s) == 0:
            raise ShapeMismatch(
                f'Zero-dimensional tensor (at position {i}) cannot be concatenated by "{op}"'
            )
    first_index, first = kept[0]
    d = normalize_dim(dim, len(first), op)
    total: Dim = 0
    out = list(first)
    for i, s in kept:
        if len(s) != len(first):
            raise ShapeMismatch(
                f'Tensors must have the same number of dimensions for "{op}": tensor {first_index} '
                f"is {format_shape(first)} and tensor {i} is {format_shape(s)}"
            )
        for j, (a, b) in enumerate(zip(out, s, strict=True)):
            if j == d:
                continue
            out[j] = require_equal(
                a,
                b,
                f'Sizes of tensors must match except in dimension {d} for "{op}": tensor '
                f"{first_index} is {format_shape(first)} and tensor {i} is {format_shape(s)}, "
                f"dimension {j} has sizes {{a}} and {{b}}",
            )
        total = total + s[d]
    out[d] = total
    return tuple(out)


def stack_shape(shapes: Sequence[Shape], dim: int = 0) -> Shape:
    """`torch.stack(tensors, dim)`: equal shapes, a new dim of size `len(tensors)` at `dim`."""
    if not shapes:
        raise ShapeMismatch('"stack" expects a non-empty list of tensors')
    first = shapes[0]
    out = list(first)
    for i, s in enumerate(shapes[1:], start=1):
        if len(s) != len(first):
            raise ShapeMismatch(
                f'"stack" expects each tensor to be equal size, but got {format_shape(first)} at '
                f"entry 0 and {format_shape(s)} at entry {i}"
            )
        for j, (a, b) in enumerate(zip(out, s, strict=True)):
            out[j] = require_equal(
                a,
                b,
                f'"stack" expects each tensor to be equal size, but got {format_shape(first)} at '
                f"entry 0 and {format_shape(s)} at entry {i} (dimension {j} has sizes {{a}} "
                "and {b})",
            )
    d = normalize_dim(dim, len(first), "stack", allow_end=True)
    return tuple(out[:d]) + (len(shapes),) + tuple(out[d:])


def _replace(shape: Shape, d: int, size: Dim) -> Shape:
    return shape[:d] + (size,) + shape[d + 1 :]


def split_shapes(shape: Shape, split_size: Dim | Sequence[Dim], dim: int = 0) -> Pieces:
    """`x.split(split_size, dim)`: pieces of `split_size` along `dim` (the last may be shorter),
    or pieces of the given sizes, which must add up to the dim."""
    if len(shape) == 0:
        raise ShapeMismatch('"split" cannot be applied to a 0-dim tensor')
    d = normalize_dim(dim, len(shape), "split")
    size = shape[d]
    if not isinstance(split_size, (int, type(UNKNOWN))) and isinstance(split_size, Sequence):
        return _split_with_sizes(shape, list(split_size), d)
    if isinstance(split_size, int) and split_size < 0:
        raise ShapeMismatch(f'"split" expects a non-negative split_size, got {split_size}')
    if isinstance(split_size, int) and isinstance(size, int):
        if split_size == 0:
            if size != 0:
                raise ShapeMismatch(
                    f'"split" split_size can only be 0 if the dimension size is 0, but dimension '
                    f"{dim} has size {size}"
                )
            return _pieces([shape], shape)
        count = max(1, -(-size // split_size))
        sizes = [split_size] * (count - 1) + [size - split_size * (count - 1)]
        return _pieces([_replace(shape, d, s) for s in sizes], shape)
    return Pieces(None, _replace(shape, d, UNKNOWN))


def _split_with_sizes(shape: Shape, sizes: list[Dim], d: int) -> Pieces:
    for s in sizes:
        if isinstance(s, int) and s < 0:
            raise ShapeMismatch(f'"split" expects non-negative sizes, got {format_shape(sizes)}')
    if all(is_known(s) for s in sizes):
        total: Dim = 0
        for s in sizes:
            total = total + s
        require_equal(
            total,
            shape[d],
            f'"split" sizes {format_shape(sizes)} must add up to the size of dimension {d} of '
            f"{format_shape(shape)}: {{a}} vs {{b}}",
        )
    return _pieces([_replace(shape, d, s) for s in sizes], _replace(shape, d, UNKNOWN))


def chunk_shapes(shape: Shape, chunks: Dim, dim: int = 0) -> Pieces:
    """`x.chunk(chunks, dim)`: at most `chunks` pieces of `ceil(size / chunks)` along `dim`."""
    if isinstance(chunks, int) and chunks <= 0:
        raise ShapeMismatch(f'"chunk" expects chunks to be greater than 0, got {chunks}')
    if len(shape) == 0:
        raise ShapeMismatch('"chunk" cannot be applied to a 0-dim tensor')
    d = normalize_dim(dim, len(shape), "chunk")
    size = shape[d]
    if isinstance(chunks, int) and isinstance(size, int):
        if size == 0:
            return _pieces([shape] * chunks, shape)
        return split_shapes(shape, -(-size // chunks), d)
    if isinstance(chunks, int) and is_known(size):
        # An exact division by the chunk count gives equal pieces of a symbolic size.
        part = size // chunks
        if dims_equal(part * chunks, size) is Truth.TRUE:
            return _pieces([_replace(shape, d, part)] * chunks, shape)
    return Pieces(None, _replace(shape, d, UNKNOWN))


def unbind_shapes(shape: Shape, dim: int = 0) -> Pieces:
    """`x.unbind(dim)`: one piece per index of `dim`, each without that dim."""
    if len(shape) == 0:
        raise ShapeMismatch('"unbind" cannot be applied to a 0-dim tensor')
    d = normalize_dim(dim, len(shape), "unbind")
    each = shape[:d] + shape[d + 1 :]
    size = shape[d]
    if isinstance(size, int):
        return Pieces((each,) * size, each)
    return Pieces(None, each)
