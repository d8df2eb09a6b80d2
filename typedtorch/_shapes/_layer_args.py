"""What torch's layer constructors reject: the arguments a layer cannot be built with.

torch raises these at construction (`nn.Linear(-1, 3)`, `nn.Conv2d(3, 8, 3, groups=0)`,
`nn.Dropout(2.0)`), so the plugin reports them where the layer is built. Arguments torch only
rejects when the layer is called (`Conv2d(3, 8, 0)`, `stride=0`, `MaxPool2d(0)`) are left to the
call's rule, as torch leaves them. Values that are not literal (symbols, `UNKNOWN`, None for a
float the checker cannot read) are not checked.

`layer` is the layer as the user wrote it (`Linear(-1, 3)`), named in every message.
"""

from __future__ import annotations

from collections.abc import Sequence

from ._errors import ShapeMismatch
from ._symbolic import Dim

_PADDING_STRINGS = ("same", "valid")
_PADDING_MODES = ("zeros", "reflect", "replicate", "circular")


def _literal(d: object) -> int | None:
    return d if isinstance(d, int) and not isinstance(d, bool) else None


def _items(value: Dim | Sequence[Dim]) -> tuple[Dim, ...]:
    if isinstance(value, (tuple, list)):
        return tuple(value)
    assert not isinstance(value, Sequence)
    return (value,)


def require_sizes(layer: str, sizes: Sequence[tuple[str, Dim | Sequence[Dim]]]) -> None:
    """Each size a parameter or buffer is created with is non-negative (torch: "Trying to create
    tensor with negative dimension").

    Raises:
        ShapeMismatch: a literal negative size.
    """
    for name, value in sizes:
        for d in _items(value):
            n = _literal(d)
            if n is not None and n < 0:
                raise ShapeMismatch(f'"{layer}": {name} must be non-negative, got {n}')


def conv_config(
    layer: str,
    in_channels: Dim,
    out_channels: Dim,
    kernel_size: Dim | Sequence[Dim],
    stride: Dim | Sequence[Dim],
    padding: object,
    groups: Dim,
    *,
    transposed: bool,
    padding_mode: str | None = "zeros",
) -> None:
    """`Conv{1,2,3}d` / `ConvTranspose{1,2,3}d(in_channels, out_channels, kernel_size, stride,
    padding, ..., groups, ..., padding_mode)`, checked in torch's order.

    Args:
        padding: an int, a tuple, or a padding string (`"same"`, `"valid"`).
        padding_mode: None when not known.

    Raises:
        ShapeMismatch: `groups` not positive, channels not divisible by it, an unknown padding
            string, `padding="same"` with a stride other than 1, an unknown padding mode (a
            transposed convolution takes `"zeros"` only), or a negative weight dim.
    """
    if transposed and padding_mode is not None and padding_mode != "zeros":
        raise ShapeMismatch(
            f'"{layer}": only padding_mode="zeros" is supported for transposed convolutions, '
            f"got {padding_mode!r}"
        )
    g = _literal(groups)
    if g is not None and g <= 0:
        raise ShapeMismatch(f'"{layer}": groups must be a positive integer, got {g}')
    for name, channels in (("in_channels", in_channels), ("out_channels", out_channels)):
        c = _literal(channels)
        if g is not None and c is not None and c % g:
            raise ShapeMismatch(f'"{layer}": {name} {c} must be divisible by groups {g}')
    # A transposed convolution turns a padding string into a tuple of its characters
    # (`_pair("same")`): torch builds the layer, and the call fails.
    if isinstance(padding, str) and not transposed:
        if padding not in _PADDING_STRINGS:
            raise ShapeMismatch(
                f'"{layer}": invalid padding string {padding!r}, should be "same" or "valid"'
            )
        strides = [_literal(s) for s in _items(stride)]
        if padding == "same" and any(s is not None and s != 1 for s in strides):
            raise ShapeMismatch(
                f'"{layer}": padding="same" is not supported for strided convolutions'
            )
    if padding_mode is not None and padding_mode not in _PADDING_MODES:
        raise ShapeMismatch(
            f'"{layer}": padding_mode must be one of "zeros", "reflect", "replicate" or '
            f'"circular", got {padding_mode!r}'
        )
    # The weight is [out, in // groups, *kernel] ([in, out // groups, *kernel] transposed); a
    # group count not known is positive, which keeps the sign of the division.
    whole, split = (
        ("in_channels", "out_channels") if transposed else ("out_channels", "in_channels")
    )
    divided = _literal(out_channels if transposed else in_channels)
    sizes: list[tuple[str, Dim | Sequence[Dim]]] = [
        (whole, in_channels if transposed else out_channels)
    ]
    if divided is not None:
        if g is None or g == 1:
            sizes.append((split, divided))
        else:
            sizes.append((f"{split} // groups", divided // g))
    sizes.append(("kernel_size", kernel_size))
    require_sizes(layer, sizes)


def dropout_config(p: float | None, layer: str) -> None:
    """`Dropout*(p)`: a probability.

    Raises:
        ShapeMismatch: `p` below 0 or above 1.
    """
    if p is not None and not 0 <= p <= 1:
        raise ShapeMismatch(
            f'"{layer}": dropout probability has to be between 0 and 1, but got {p}'
        )


def embedding_config(
    num_embeddings: Dim, embedding_dim: Dim, padding_idx: Dim | None, layer: str
) -> None:
    """`Embedding` / `EmbeddingBag(num_embeddings, embedding_dim, ..., padding_idx)`: a
    `padding_idx` that indexes a row of the weight, and non-negative sizes.

    Raises:
        ShapeMismatch: `padding_idx` outside `[-num_embeddings, num_embeddings)` (torch zeroes
            that row when it builds the layer), or a negative size.
    """
    rows, index = _literal(num_embeddings), _literal(padding_idx)
    if rows is not None and index is not None and rows >= 0 and not -rows <= index < rows:
        raise ShapeMismatch(
            f'"{layer}": padding_idx must be within num_embeddings, {-rows} through {rows - 1}, '
            f"got {index}"
        )
    require_sizes(layer, [("num_embeddings", num_embeddings), ("embedding_dim", embedding_dim)])


def hardtanh_config(min_val: float | None, max_val: float | None, layer: str) -> None:
    """`Hardtanh(min_val, max_val)`: `max_val > min_val`.

    Raises:
        ShapeMismatch: `max_val <= min_val`.
    """
    if min_val is not None and max_val is not None and max_val <= min_val:
        raise ShapeMismatch(
            f'"{layer}": max_val ({max_val}) must be greater than min_val ({min_val})'
        )


def multi_margin_config(p: Dim, layer: str) -> None:
    """`MultiMarginLoss(p)`: p is 1 or 2.

    Raises:
        ShapeMismatch: another literal `p`.
    """
    n = _literal(p)
    if n is not None and n not in (1, 2):
        raise ShapeMismatch(f'"{layer}": only p == 1 and p == 2 are supported, got p={n}')


def triplet_margin_config(margin: float | None, layer: str) -> None:
    """`TripletMarginLoss(margin)` / `TripletMarginWithDistanceLoss(margin=...)`: `margin > 0`.

    Raises:
        ShapeMismatch: `margin <= 0`.
    """
    if margin is not None and margin <= 0:
        raise ShapeMismatch(f'"{layer}": margin must be greater than 0, got {margin}')
