"""The padding layers: `ZeroPad{1,2,3}d`, `ConstantPad{1,2,3}d`, `ReflectionPad{1,2,3}d`,
`ReplicationPad{1,2,3}d`, `CircularPad{1,2,3}d`, the module forms of `F.pad` (`pad_shape`).

A layer's `padding` is an int (the same padding on both sides of each of its `N` dims) or a
tuple `(left, right, top, bottom, front, back)`, passed to `F.pad` as it is: torch does not check
the tuple's length against `N`, so `ReflectionPad2d((1, 2))` pads one dim.
"""

from __future__ import annotations

from collections.abc import Sequence

from ._common import Shape
from ._errors import ShapeMismatch
from ._resize import pad_shape
from ._symbolic import Dim, Expr, _Unknown, format_shape

_MODES = {
    "ZeroPad": "constant",
    "ConstantPad": "constant",
    "ReflectionPad": "reflect",
    "ReplicationPad": "replicate",
    "CircularPad": "circular",
}


def padding_layer_shape(
    input: Shape,
    padding: Dim | Sequence[Dim],
    spatial: int,
    kind: str,
    value: float | None = None,
    *,
    layer: str,
) -> Shape:
    """`{kind}{spatial}d(padding)(input)`, `kind` one of `ZeroPad`, `ConstantPad`,
    `ReflectionPad`, `ReplicationPad`, `CircularPad`: `pad_shape` with the layer's padding.

    `CircularPad{N}d` alone checks the input's rank itself: `N + 1` (unbatched) or `N + 2`.

    Raises:
        ShapeMismatch: what `F.pad` rejects, or a circular padding layer's input of another rank.
    """
    mode = _MODES[kind]
    if isinstance(padding, (int, Expr, _Unknown)):
        pad: tuple[Dim, ...] = (padding,) * (2 * spatial)
    else:
        pad = tuple(padding)
    if kind == "CircularPad" and len(input) not in (spatial + 1, spatial + 2):
        raise ShapeMismatch(
            f'"{layer}" expects a {spatial + 1}-D (unbatched) or {spatial + 2}-D (batched) input, '
            f"got {len(input)}-D input {format_shape(input)}"
        )
    return pad_shape(input, pad, mode, value if mode == "constant" else None)
