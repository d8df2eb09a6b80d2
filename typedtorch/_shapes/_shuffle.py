"""Moving channels into space and back: `pixel_shuffle`/`pixel_unshuffle` (`PixelShuffle`,
`PixelUnshuffle`) and `channel_shuffle` (`ChannelShuffle`).

Shapes, as in torch's docs: pixel_shuffle `[*, C * r**2, H, W]` -> `[*, C, H * r, W * r]`;
pixel_unshuffle `[*, C, H * r, W * r]` -> `[*, C * r**2, H, W]`; channel_shuffle keeps
`[N, C, *]` (with `C` divisible by `groups`). `op` names the call (`PixelShuffle(2)` for a layer).
"""

from __future__ import annotations

from ._common import Shape, require_divisible
from ._conv import is_negative
from ._errors import ShapeMismatch
from ._symbolic import Dim, format_dim, format_shape


def _require_rank(input: Shape, rank: int, op: str) -> None:
    if len(input) < rank:
        raise ShapeMismatch(
            f'"{op}" expects an input with at least {rank} dimensions, got {len(input)}-D input '
            f"{format_shape(input)}"
        )


def _require_factor(factor: Dim, name: str, op: str) -> None:
    if is_negative(factor - 1):
        raise ShapeMismatch(f'"{op}" expects a positive {name}, got {format_dim(factor)}')


def pixel_shuffle_shape(input: Shape, upscale_factor: Dim, op: str = "pixel_shuffle") -> Shape:
    """`F.pixel_shuffle(input, upscale_factor)`: `[*, C * r**2, H, W]` -> `[*, C, H * r, W * r]`.

    Raises:
        ShapeMismatch / UnprovenShape: fewer than 3 dims, a factor below 1, or channels not
            divisible by its square.
    """
    _require_rank(input, 3, op)
    _require_factor(upscale_factor, "upscale_factor", op)
    r = upscale_factor
    channels, h, w = input[-3:]
    require_divisible(
        channels,
        r * r,
        f'Incompatible shapes for "{op}": the channels {format_dim(channels)} (dim -3) of input '
        f"{format_shape(input)} must be divisible by upscale_factor**2 = {format_dim(r * r)}",
    )
    return (*input[:-3], channels // (r * r), h * r, w * r)


def pixel_unshuffle_shape(
    input: Shape, downscale_factor: Dim, op: str = "pixel_unshuffle"
) -> Shape:
    """`F.pixel_unshuffle(input, downscale_factor)`: `[*, C, H * r, W * r]` ->
    `[*, C * r**2, H, W]`.

    Raises:
        ShapeMismatch / UnprovenShape: fewer than 3 dims, a factor below 1, or a height or width
            not divisible by it.
    """
    _require_rank(input, 3, op)
    _require_factor(downscale_factor, "downscale_factor", op)
    r = downscale_factor
    channels, h, w = input[-3:]
    for name, dim, size in (("height", -2, h), ("width", -1, w)):
        require_divisible(
            size,
            r,
            f'Incompatible shapes for "{op}": the {name} {format_dim(size)} (dim {dim}) of input '
            f"{format_shape(input)} must be divisible by downscale_factor {format_dim(r)}",
        )
    if any(d == 0 for d in input):
        # torch returns an empty input unchanged (pixel_shuffle reshapes it): [2, 0, 4, 6] stays
        # [2, 0, 4, 6] instead of [2, 0, 2, 3]. The rule follows torch.
        return input
    return (*input[:-3], channels * r * r, h // r, w // r)


def channel_shuffle_shape(input: Shape, groups: Dim, op: str = "channel_shuffle") -> Shape:
    """`F.channel_shuffle(input, groups)` / `nn.ChannelShuffle(groups)`: `[N, C, *]` (at least 3
    dims) -> same shape; `C` divisible by `groups`.

    Raises:
        ShapeMismatch / UnprovenShape: fewer than 3 dims, `groups` below 1, or channels not
            divisible by it.
    """
    _require_rank(input, 3, op)
    _require_factor(groups, "groups", op)
    require_divisible(
        input[1],
        groups,
        f'Incompatible shapes for "{op}": the channels {format_dim(input[1])} (dim 1) of input '
        f"{format_shape(input)} must be divisible by groups {format_dim(groups)}",
    )
    return input
