"""Input contracts of `torch.nn` layers that have no functional rule elsewhere: batch/layer/
group norm, PReLU, bilinear, embedding, softmax's dim. Each returns the output shape or raises.

`layer` is the layer as the user wrote it (`BatchNorm2d(16)`), named in every message.
"""

from __future__ import annotations

from collections.abc import Sequence

from ._common import Shape, normalize_dim, require_equal
from ._errors import ShapeMismatch
from ._symbolic import Dim, format_dim, format_shape, product


def batch_norm_shape(input: Shape, num_features: Dim, ranks: Sequence[int], layer: str) -> Shape:
    """`BatchNorm{1,2,3}d`: input `[N, C, *]` of an allowed rank, `C == num_features` -> same."""
    if len(input) not in ranks:
        wanted = " or ".join(f"{r}-D" for r in ranks)
        raise ShapeMismatch(
            f'"{layer}" expects a {wanted} input, got {len(input)}-D input {format_shape(input)}'
        )
    require_equal(
        input[1],
        num_features,
        f'"{layer}" expects {{b}} channels (dim 1), got {{a}} in input {format_shape(input)}',
    )
    return input


def layer_norm_shape(input: Shape, normalized_shape: Sequence[Dim], layer: str) -> Shape:
    """`LayerNorm`: `normalized_shape` must be the trailing dims of the input -> same shape."""
    n = len(normalized_shape)
    tail = input[len(input) - n :] if n else ()
    message = (
        f'"{layer}" expects input [*, {", ".join(format_dim(d) for d in normalized_shape)}], '
        f"got {format_shape(input)}"
    )
    if n > len(input):
        raise ShapeMismatch(message)
    for a, b in zip(tail, normalized_shape, strict=True):
        require_equal(a, b, message.replace("{", "{{").replace("}", "}}"))
    return input


def group_norm_config(num_groups: Dim, num_channels: Dim, layer: str) -> None:
    """`GroupNorm(num_groups, num_channels)`: a positive `num_groups` dividing `num_channels`.

    torch raises for `num_groups <= 0` whatever the channels are (ZeroDivisionError for 0, a
    RuntimeError for a negative count), so a literal one is an error even when the channels are
    symbolic.
    """
    _require_positive_groups(num_groups, layer)
    if isinstance(num_groups, int) and isinstance(num_channels, int):
        if num_channels % num_groups:
            raise ShapeMismatch(
                f'"{layer}": num_channels {num_channels} must be divisible by num_groups '
                f"{num_groups}"
            )


def _require_positive_groups(num_groups: Dim, layer: str) -> None:
    if isinstance(num_groups, int) and num_groups <= 0:
        raise ShapeMismatch(f'"{layer}": num_groups must be positive, got {num_groups}')


def group_norm_shape(input: Shape, num_groups: Dim, num_channels: Dim, layer: str) -> Shape:
    """`GroupNorm`: input `[N, C, *]` with `C == num_channels` -> same."""
    _require_positive_groups(num_groups, layer)
    if len(input) < 2:
        raise ShapeMismatch(
            f'"{layer}" expects an input [N, C, *] with at least 2 dims, got {format_shape(input)}'
        )
    require_equal(
        input[1],
        num_channels,
        f'"{layer}" expects {{b}} channels (dim 1), got {{a}} in input {format_shape(input)}',
    )
    values = product(input[2:]) * (input[0] * input[1] // num_groups)
    if isinstance(values, int) and values == 1:
        # torch (training or not) normalises over more than one value per group.
        raise ShapeMismatch(
            f'"{layer}" expects more than 1 value per group, got input {format_shape(input)}'
        )
    return input


def prelu_shape(input: Shape, num_parameters: Dim, layer: str) -> Shape:
    """`PReLU(num_parameters)`: 1 parameter, or one per channel (dim 1; dim 0 of a 1-D input)."""
    if num_parameters == 1:
        return input
    if len(input) < 2:
        raise ShapeMismatch(
            f'"{layer}" has {format_dim(num_parameters)} parameters, one per channel (dim 1), '
            f"but got a {len(input)}-D input {format_shape(input)} without a channel dim"
        )
    require_equal(
        input[1],
        num_parameters,
        f'"{layer}" expects {{b}} channels (dim 1), got {{a}} in input {format_shape(input)}',
    )
    return input


def bilinear_shape(input1: Shape, input2: Shape, weight: Shape, layer: str) -> Shape:
    """`Bilinear`: input1 `[*, in1]`, input2 `[*, in2]` (same leading dims), weight
    `[out, in1, in2]` -> `[*, out]`."""
    if len(input1) == 0 or len(input1) != len(input2):
        raise ShapeMismatch(
            f'"{layer}" expects inputs with the same number of dims (at least 1), got '
            f"{format_shape(input1)} and {format_shape(input2)}"
        )
    for a, b in zip(input1[:-1], input2[:-1], strict=True):
        require_equal(
            a,
            b,
            f'"{layer}" expects inputs with the same leading dims, got {format_shape(input1)} '
            f"and {format_shape(input2)}",
        )
    require_equal(
        input1[-1],
        weight[1],
        f'"{layer}" expects input1 last dim {{b}}, got {{a}} in {format_shape(input1)}',
    )
    require_equal(
        input2[-1],
        weight[2],
        f'"{layer}" expects input2 last dim {{b}}, got {{a}} in {format_shape(input2)}',
    )
    return input1[:-1] + (weight[0],)


def channel_dropout_shape(input: Shape, spatial: int, layer: str) -> Shape:
    """`Dropout1d/2d/3d`: an unbatched `[C, *spatial]` or batched `[N, C, *spatial]` input ->
    same shape. Other ranks are errors: torch raises for Dropout1d, and for Dropout2d/3d warns
    that they are deprecated and will be errors."""
    unbatched, batched = spatial + 1, spatial + 2
    if len(input) not in (unbatched, batched):
        raise ShapeMismatch(
            f'"{layer}" expects a {unbatched}-D (unbatched) or {batched}-D (batched) input, got '
            f"{len(input)}-D input {format_shape(input)}"
        )
    return input


def embedding_shape(input: Shape, embedding_dim: Dim, num_embeddings: Dim | None = None) -> Shape:
    """`Embedding`: integer indices `[*]` -> `[*, embedding_dim]`.

    `Embedding(0, d)` builds, and then every index is out of range: an input known to hold an
    element is an error (an empty one gives an empty result)."""
    if (
        isinstance(num_embeddings, int)
        and num_embeddings == 0
        and all(isinstance(d, int) and d > 0 for d in input)
    ):
        raise ShapeMismatch(
            f'"Embedding": the layer has no rows (num_embeddings=0), so every index of the input '
            f"{format_shape(input)} is out of range"
        )
    return (*input, embedding_dim)


def softmax_shape(input: Shape, dim: int | None, layer: str) -> Shape:
    """`Softmax(dim)` / `LogSoftmax(dim)`: `dim` must index the input -> same shape."""
    if dim is not None:
        normalize_dim(dim, len(input), layer)
    return input


def require_in_features(label: str, x: Shape, in_features: Dim) -> None:
    """A linear layer's input must end in its `in_features` (the message names the layer)."""
    if len(x) >= 1:
        require_equal(
            x[-1],
            in_features,
            f'"{label}" expects last dim {{b}}, got {{a}} in input {format_shape(x)}',
        )


def require_in_channels(label: str, x: Shape, channels: Dim, spatial: int) -> None:
    """A conv layer's (batched or unbatched) input must have its `in_channels` in the channel
    dim (the message names the layer and the dim)."""
    if len(x) in (spatial + 1, spatial + 2):
        at = len(x) - spatial - 1
        require_equal(
            x[at],
            channels,
            f'"{label}" expects {{b}} input channels (dim {at}), got {{a}} in input '
            f"{format_shape(x)}",
        )
