"""Sampling at grid points: `F.grid_sample` and `F.affine_grid`.

Shapes, as in torch's docs: input `[N, C, H_in, W_in]` and grid `[N, H_out, W_out, 2]` give
`[N, C, H_out, W_out]`; 5-D: input `[N, C, D_in, H_in, W_in]` and grid
`[N, D_out, H_out, W_out, 3]` give `[N, C, D_out, H_out, W_out]`. `affine_grid` makes such a
grid from affine matrices `theta` (`[N, 2, 3]` or `[N, 3, 4]`) and an output size.
"""

from __future__ import annotations

from collections.abc import Sequence

from ._common import Shape, require_equal, require_same_shape
from ._dtypes import is_floating
from ._errors import DTypeMismatch, ShapeMismatch
from ._symbolic import Dim, format_shape

_MODES = ("bilinear", "nearest", "bicubic")
_PADDING_MODES = ("zeros", "border", "reflection")


def grid_sample_shape(
    input: Shape, grid: Shape, mode: str = "bilinear", padding_mode: str = "zeros"
) -> Shape:
    """`F.grid_sample(input, grid, mode, padding_mode, align_corners)`: `[N, C, *grid[1:-1]]`.

    Raises:
        ShapeMismatch: an unknown mode, an input that is not 4-D or 5-D, a grid of another rank
            or batch size, a grid whose last dim is not 2 (4-D) or 3 (5-D), an empty spatial dim
            of the input, or `bicubic` on a 5-D input.
    """
    op = "grid_sample"
    if mode not in _MODES:
        raise ShapeMismatch(
            f'"{op}": mode must be one of {", ".join(map(repr, _MODES))}, got {mode!r}'
        )
    if padding_mode not in _PADDING_MODES:
        raise ShapeMismatch(
            f'"{op}": padding_mode must be one of {", ".join(map(repr, _PADDING_MODES))}, got '
            f"{padding_mode!r}"
        )
    if len(input) not in (4, 5) or len(grid) != len(input):
        raise ShapeMismatch(
            f'"{op}" expects a 4-D or 5-D input and a grid of the same rank, got input '
            f"{format_shape(input)} and grid {format_shape(grid)}"
        )
    spatial = len(input) - 2
    require_equal(
        grid[-1],
        spatial,
        f'Incompatible shapes for "{op}": a {len(input)}-D input takes a grid with last dim '
        f"{{b}}, got grid {format_shape(grid)}",
    )
    require_equal(
        grid[0],
        input[0],
        f'Incompatible shapes for "{op}": input {format_shape(input)} and grid '
        f"{format_shape(grid)} must have the same batch size, got {{b}} and {{a}}",
    )
    for i, d in enumerate(input[2:], start=2):
        if d == 0:
            raise ShapeMismatch(
                f'"{op}" expects non-empty spatial dims, got input {format_shape(input)} with '
                f"dimension {i} empty"
            )
    if mode == "bicubic" and len(input) != 4:
        raise ShapeMismatch(f'"{op}": bicubic interpolation only supports a 4-D input, got 5-D')
    return (input[0], input[1], *grid[1:-1])


def grid_sample_dtype(input: str, grid: str) -> str:
    """The input's dtype: input and grid of one floating point dtype.

    Raises:
        DTypeMismatch: the dtypes differ, or are not floating point.
    """
    if input != grid:
        raise DTypeMismatch(
            f'Incompatible dtypes for "grid_sample": input is {input} and grid is {grid} '
            f"(convert one with .to(), e.g. .to(torch.{input}))"
        )
    if not is_floating(input):
        raise DTypeMismatch(
            f'Incompatible dtype for "grid_sample": expected a floating point input, got {input}'
        )
    return input


def affine_grid_shape(theta: Shape, size: Sequence[Dim], align_corners: bool = False) -> Shape:
    """`F.affine_grid(theta, size, align_corners)`: `size = [N, C, H, W]` with theta `[N, 2, 3]`
    gives `[N, H, W, 2]`; `size = [N, C, D, H, W]` with theta `[N, 3, 4]` gives `[N, D, H, W, 3]`.

    Raises:
        ShapeMismatch: a size that is not 4-D or 5-D, theta of the wrong shape, or a size below 1
            (not checked, as in torch, when align_corners sees a spatial size of exactly 1).
    """
    op = "affine_grid"
    if len(size) not in (4, 5):
        raise ShapeMismatch(f'"{op}" expects a 4-D or 5-D size, got size {format_shape(size)}')
    spatial = len(size) - 2
    matrix = (spatial, spatial + 1)
    message = (
        f'Incompatible shapes for "{op}": size {format_shape(size)} takes theta '
        f"[N, {matrix[0]}, {matrix[1]}], got theta {format_shape(theta)}"
    )
    if len(theta) != 3:
        raise ShapeMismatch(message)
    require_same_shape(theta[1:], matrix, message)
    sizes = size[2:]
    ints = [d for d in sizes if isinstance(d, int)]
    if not (align_corners and len(ints) == len(sizes) and min(ints) == 1):
        for d in size:
            if isinstance(d, int) and d <= 0:
                raise ShapeMismatch(
                    f'"{op}" expects a positive output size, got size {format_shape(size)}'
                )
    require_equal(
        theta[0],
        size[0],
        f'Incompatible shapes for "{op}": theta {format_shape(theta)} has batch size {{a}} but '
        f"size {format_shape(size)} has {{b}}",
    )
    return (size[0], *sizes, spatial)


def affine_grid_dtype(theta: str) -> str:
    """The grid's dtype is theta's, which must be floating point."""
    if not is_floating(theta):
        raise DTypeMismatch(
            f'Incompatible dtype for "affine_grid": expected floating point theta, got {theta}'
        )
    return theta
