"""`interpolate` (and the `upsample` family) and `pad`, as torch.nn.functional does them."""

from __future__ import annotations

import math
from collections.abc import Sequence

from ._common import Shape
from ._conv import format_sizes
from ._errors import ShapeMismatch
from ._pool import adaptive_pool_shape
from ._symbolic import UNKNOWN, Dim, format_dim, format_shape

_MODE_RANK = {"linear": 3, "bilinear": 4, "bicubic": 4, "trilinear": 5}
_ANY_RANK_MODES = ("nearest", "nearest-exact", "area")
_MODES = " | ".join(
    ("nearest", "linear", "bilinear", "bicubic", "trilinear", "area", "nearest-exact")
)

# A scale factor as the checker knows it: a number, a dim, or unknown (a non-literal argument).
Scale = float | Dim


def _scaled(size: Dim, scale: Scale) -> Dim:
    """`floor(size * scale)`, torch's output size for a scale factor."""
    if isinstance(scale, float):
        if isinstance(size, int):
            return math.floor(float(size) * scale)
        return size * int(scale) if scale.is_integer() else UNKNOWN
    return size * scale


def interpolate_shape(
    input: Shape,
    size: Dim | Sequence[Dim] | None = None,
    scale_factor: Scale | Sequence[Scale] | None = None,
    mode: str = "nearest",
    align_corners: bool | None = None,
    recompute_scale_factor: bool | None = None,
    antialias: bool = False,
) -> Shape:
    """torch.nn.functional.interpolate: `[N, C, *in]` -> `[N, C, *out]`, where `out` is `size`, or
    `floor(in * scale_factor)`. Modes matter only for the rank they need (`linear` 3-D,
    `bilinear`/`bicubic` 4-D, `trilinear` 5-D; `nearest`, `nearest-exact`, `area` any of 3-5-D).
    """
    op = "interpolate"
    if mode in _ANY_RANK_MODES:
        if align_corners is not None:
            raise ShapeMismatch(
                f'"{op}": align_corners can only be set with the interpolating modes: '
                f"linear | bilinear | bicubic | trilinear, got mode={mode!r}"
            )
    elif mode not in _MODE_RANK:
        raise ShapeMismatch(f'"{op}": unknown mode {mode!r}, expected one of {_MODES}')
    spatial = len(input) - 2
    if size is not None and scale_factor is not None:
        raise ShapeMismatch(f'"{op}": only one of size or scale_factor should be defined')
    if size is None and scale_factor is None:
        raise ShapeMismatch(f'"{op}": either size or scale_factor should be defined')
    if size is not None:
        if recompute_scale_factor:
            raise ShapeMismatch(
                f'"{op}": recompute_scale_factor is not meaningful with an explicit size'
            )
        if isinstance(size, Sequence):
            out = tuple(size)
            if len(out) != spatial:
                raise ShapeMismatch(
                    f'"{op}": input {format_shape(input)} has {max(spatial, 0)} spatial '
                    f"dimensions but size has {len(out)}: {format_sizes(out)}"
                )
        else:
            out = (size,) * max(spatial, 0)
    else:
        assert scale_factor is not None
        if isinstance(scale_factor, Sequence):
            scales = tuple(scale_factor)
            if len(scales) != spatial:
                raise ShapeMismatch(
                    f'"{op}": input {format_shape(input)} has {max(spatial, 0)} spatial '
                    f"dimensions but scale_factor has {len(scales)}"
                )
        else:
            scales = (scale_factor,) * max(spatial, 0)
        out = tuple(_scaled(n, s) for n, s in zip(input[2:], scales, strict=True))
    if antialias and not (mode in ("bilinear", "bicubic") and len(input) == 4):
        raise ShapeMismatch(
            f'"{op}": antialias is restricted to bilinear and bicubic modes and a 4-D input, '
            f"got mode={mode!r} and input {format_shape(input)}"
        )
    if mode in _MODE_RANK and len(input) != _MODE_RANK[mode]:
        raise ShapeMismatch(
            f'"{op}": mode {mode!r} needs a {_MODE_RANK[mode]}-D input [N, C, ...], '
            f"got input {format_shape(input)}"
        )
    if not 3 <= len(input) <= 5:
        raise ShapeMismatch(
            f'"{op}" expects a 3-D, 4-D or 5-D input [N, C, ...] for mode {mode!r}, '
            f"got input {format_shape(input)}"
        )
    if mode == "area":
        # torch computes "area" as an adaptive average pool to the output size.
        return adaptive_pool_shape(input, out, spatial=spatial, op=f"adaptive_avg_pool{spatial}d")
    if any(d == 0 for d in input[1:]) or any(isinstance(d, int) and d <= 0 for d in out):
        raise ShapeMismatch(
            f'Incompatible shapes for "{op}": input and output sizes should be greater than 0, '
            f"got input {format_shape(input)} and output size {format_sizes(out)}"
        )
    return tuple(input[:2]) + out


def pad_shape(
    input: Shape, pad: Sequence[Dim], mode: str = "constant", value: float | None = None
) -> Shape:
    """torch.nn.functional.pad: `pad = (left_last, right_last, left_2nd_last, ...)` pads the last
    `len(pad) // 2` dims from the end; each becomes `size + left + right` (negative values crop).

    `constant` pads any dims and may crop to 0; `reflect`, `replicate` and `circular` pad the last
    1-3 dims of a 2-D to 5-D input; `reflect` and `replicate` need non-empty non-batch dims and
    give sizes >= 1, `reflect` pads less than the size and `circular` at most the size.
    """
    op = "pad"
    if len(pad) % 2:
        raise ShapeMismatch(f'"{op}": padding length must be divisible by 2, got {len(pad)}')
    n = len(pad) // 2
    if n > len(input):
        raise ShapeMismatch(
            f'"{op}": padding length should be at most two times the input dimension, but got '
            f"padding length {len(pad)} and input {format_shape(input)}"
        )
    if mode not in ("constant", "reflect", "replicate", "circular"):
        raise ShapeMismatch(
            f"\"{op}\": unknown mode {mode!r}, expected 'constant', 'reflect', 'replicate' "
            "or 'circular'"
        )
    if mode != "constant":
        _check_non_constant(input, pad, mode, value, op)
    out = list(input)
    new_sizes = [input[len(input) - 1 - i] + pad[2 * i] + pad[2 * i + 1] for i in range(n)]
    all_empty = all(isinstance(d, int) and d < 1 for d in new_sizes)
    for i in range(n):
        dim = len(input) - 1 - i
        left, right = pad[2 * i], pad[2 * i + 1]
        new = input[dim] + left + right
        if mode == "constant":
            # torch crops (negative padding) before it pads: the cropped size must be >= 0.
            low: Dim = input[dim] + _negative_part(left) + _negative_part(right)
            smallest = 0
        else:
            # reflect/replicate reject a size < 1, but for 2-3 padded dims only when all of them
            # are (torch checks `out_h >= 1 || out_w >= 1`); a negative size fails in any case.
            low = new
            smallest = 1 if mode != "circular" and (n == 1 or all_empty) else 0
        if isinstance(low, int) and low < smallest:
            raise ShapeMismatch(
                f'Incompatible shapes for "{op}": the input size {format_dim(input[dim])} with '
                f"padding ({format_dim(left)}, {format_dim(right)}) gives size {low} at "
                f"dimension {dim} of input {format_shape(input)}, expected at least {smallest}"
            )
        out[dim] = new
    return tuple(out)


def _negative_part(p: Dim) -> Dim:
    return min(p, 0) if isinstance(p, int) else UNKNOWN


def _check_non_constant(
    input: Shape, pad: Sequence[Dim], mode: str, value: float | None, op: str
) -> None:
    if value is not None and value != 0:
        raise ShapeMismatch(f'"{op}": padding mode {mode!r} doesn\'t take a value argument')
    n = len(pad) // 2
    if n not in (1, 2, 3) or len(input) not in (n + 1, n + 2):
        raise ShapeMismatch(
            f'"{op}": mode {mode!r} pads the last 1, 2 or 3 dims of a 2-D to 5-D input '
            f"(padding length 2 for 2-D/3-D input, 4 for 3-D/4-D, 6 for 4-D/5-D), got padding "
            f"length {len(pad)} and input {format_shape(input)}"
        )
    non_batch = input[1:] if len(input) == n + 2 else input
    if mode != "circular" and any(d == 0 for d in non_batch):
        raise ShapeMismatch(
            f'"{op}": mode {mode!r} expects non-zero sizes for the non-batch dimensions, '
            f"got input {format_shape(input)}"
        )
    for i in range(n):
        dim = len(input) - 1 - i
        size = input[dim]
        for p in (pad[2 * i], pad[2 * i + 1]):
            too_big = p - size
            if mode == "reflect" and isinstance(too_big, int) and too_big >= 0:
                raise ShapeMismatch(
                    f'Incompatible shapes for "{op}": reflect padding {format_dim(p)} must be '
                    f"less than the size {format_dim(size)} of dimension {dim} of input "
                    f"{format_shape(input)}"
                )
            if mode == "circular" and isinstance(too_big, int) and too_big > 0:
                raise ShapeMismatch(
                    f'Incompatible shapes for "{op}": circular padding {format_dim(p)} wraps '
                    f"around more than once: dimension {dim} of input {format_shape(input)} "
                    f"has size {format_dim(size)}"
                )
