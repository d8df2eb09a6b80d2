"""Shape rules of `take_along_dim`, `diagflat` and the matrix transpose `.mT`/`.mH`, as torch
computes them.
"""

from __future__ import annotations

from ._broadcast import broadcast_shapes
from ._common import Shape, normalize_dim, shape_numel
from ._errors import DTypeMismatch, ShapeMismatch
from ._symbolic import format_shape


def take_along_dim_shape(input: Shape, indices: Shape, dim: int | None) -> Shape:
    """`torch.take_along_dim(input, indices, dim)`: along `dim`, the indices' size; elsewhere the
    broadcast of `input` and `indices` (same rank). Without `dim`, the flattened input indexed
    by the flattened indices: `[numel(indices)]`.

    Raises:
        ShapeMismatch / UnprovenShape: ranks differ, `dim` is out of range, or the other dims do
            not broadcast.
    """
    if dim is None:
        return (shape_numel(indices),)
    if len(input) != len(indices):
        raise ShapeMismatch(
            f'"take_along_dim" expects input and indices with the same number of dims, got '
            f"input {format_shape(input)} and indices {format_shape(indices)}"
        )
    d = normalize_dim(dim, len(input), "take_along_dim")
    if not input:
        raise ShapeMismatch(
            f'"take_along_dim" with dim={dim} needs a tensor with dims, got a 0-dim tensor'
        )
    others = broadcast_shapes(
        input[:d] + (1,) + input[d + 1 :],
        indices[:d] + (1,) + indices[d + 1 :],
        op="take_along_dim",
    )
    return others[:d] + (indices[d],) + others[d + 1 :]


def take_along_dim_dtype(indices: str) -> None:
    """`take_along_dim` takes int64 indices only.

    Raises:
        DTypeMismatch: any other index dtype.
    """
    if indices != "int64":
        raise DTypeMismatch(
            f'Incompatible dtype for "take_along_dim": indices must be int64, got {indices} '
            "(convert them with .long())"
        )


def diagflat_shape(input: Shape, offset: int = 0) -> Shape:
    """`torch.diagflat(input, offset)`: the flattened input on a diagonal of a square matrix,
    `[n + |offset|, n + |offset|]` for `n` elements."""
    n = shape_numel(input) + abs(offset)
    return (n, n)


def matrix_transpose_shape(input: Shape, attribute: str = "mT") -> Shape:
    """`x.mT` / `x.mH`: the last two dims swapped (a 0-dim tensor as it is: deprecated in torch).

    Raises:
        ShapeMismatch: a 1-D tensor.
    """
    if not input:
        return ()
    if len(input) < 2:
        raise ShapeMismatch(
            f'"{attribute}" is only supported on matrices or batches of matrices, got a '
            f"{len(input)}-D tensor {format_shape(input)}"
        )
    return (*input[:-2], input[-1], input[-2])
