"""`F.embedding_bag` and `nn.EmbeddingBag`: sums, means or maxima of bags of embeddings.

Shapes, as in torch's docs: weight `[num_embeddings, D]`; a 2-D input `[B, N]` holds B bags of
N indices (no offsets) -> `[B, D]`; a 1-D input `[n]` holds the bags back to back, starting at
`offsets` `[B]` -> `[B, D]` (`[B - 1, D]` with `include_last_offset`). `per_sample_weights` has
the input's shape and works with `mode="sum"` only.
"""

from __future__ import annotations

from ._common import Shape, require_same_shape
from ._dtypes import is_floating
from ._errors import DTypeMismatch, ShapeMismatch
from ._symbolic import Dim, format_shape

_MODES = ("sum", "mean", "max")
_INDEX_DTYPES = ("int32", "int64")


def embedding_bag_shape(
    input: Shape,
    weight: Shape,
    offsets: Shape | None = None,
    mode: str = "mean",
    per_sample_weights: Shape | None = None,
    include_last_offset: bool = False,
    padding_idx: int | None = None,
    op: str = "embedding_bag",
) -> Shape:
    """`F.embedding_bag(input, weight, offsets, ..., mode, ..., per_sample_weights,
    include_last_offset, padding_idx)`: `[B, D]`.

    `op` names the call (`EmbeddingBag(10, 4)` for a layer, whose weight is
    `[num_embeddings, embedding_dim]`).

    Raises:
        ShapeMismatch: a weight that is not 2-D, an input that is not 1-D or 2-D, offsets with a
            2-D input or none (or not 1-D) with a 1-D input, no offsets with
            `include_last_offset`, a 2-D input with empty bags, an unknown mode,
            `per_sample_weights` not of the input's shape or with a mode other than "sum", or a
            `padding_idx` outside the weight's rows.
    """
    if len(weight) != 2:
        raise ShapeMismatch(
            f'"{op}" expects a 2-D weight [num_embeddings, embedding_dim], got weight '
            f"{format_shape(weight)}"
        )
    if len(input) not in (1, 2):
        raise ShapeMismatch(
            f'"{op}" expects a 1-D or 2-D input, got {len(input)}-D input {format_shape(input)}'
        )
    if padding_idx is not None and isinstance(rows := weight[0], int):
        if not -rows <= padding_idx < rows:
            raise ShapeMismatch(
                f'"{op}": padding_idx must be within the {rows} rows of weight '
                f"{format_shape(weight)}, {-rows} through {rows - 1}, got {padding_idx}"
            )
    bags: Dim
    if len(input) == 2:
        if offsets is not None:
            raise ShapeMismatch(
                f'"{op}": a 2-D input {format_shape(input)} holds bags of equal length; offsets '
                "must be None"
            )
        bags = input[0]
    else:
        if offsets is None or len(offsets) != 1:
            got = "none" if offsets is None else f"offsets {format_shape(offsets)}"
            raise ShapeMismatch(
                f'"{op}": a 1-D input {format_shape(input)} needs 1-D offsets (the start of each '
                f"bag), got {got}"
            )
        bags = offsets[0]
        if include_last_offset:
            if bags == 0:
                raise ShapeMismatch(
                    f'"{op}" with include_last_offset needs at least 1 offset, got offsets [0]'
                )
            bags = bags - 1
    if mode not in _MODES:
        raise ShapeMismatch(f'"{op}": mode must be "sum", "mean" or "max", got {mode!r}')
    if per_sample_weights is not None:
        require_same_shape(
            per_sample_weights,
            input,
            f'Incompatible shapes for "{op}": per_sample_weights '
            f"{format_shape(per_sample_weights)} must have the shape of input "
            f"{format_shape(input)}",
        )
        if mode != "sum":
            raise ShapeMismatch(
                f'"{op}": per_sample_weights are only supported with mode="sum", got mode={mode!r}'
            )
    if len(input) == 2 and input[1] == 0:
        # torch builds the offsets with a step of N, which must not be 0.
        raise ShapeMismatch(
            f'"{op}" expects bags of at least one index, got a 2-D input {format_shape(input)}'
        )
    return (bags, weight[1])


def embedding_bag_dtype(
    input: str, weight: str, offsets: str | None = None, per_sample_weights: str | None = None
) -> str:
    """The weight's dtype: int32 or int64 indices (and offsets), a floating point weight, and
    per-sample weights of the weight's dtype.

    Raises:
        DTypeMismatch: any of these is of another dtype.
    """
    op = "embedding_bag"
    if weight == "int64" and is_floating(input):
        # torch still takes the deprecated order `embedding_bag(weight, input)` and swaps the
        # two (with a warning) when the weight is int64 and the input floating point.
        input, weight = weight, input
    for what, dtype in (("input", input), ("offsets", offsets)):
        if dtype is not None and dtype not in _INDEX_DTYPES:
            raise DTypeMismatch(
                f'Incompatible dtype for "{op}": {what} must be int32 or int64 indices, got {dtype}'
            )
    if not is_floating(weight):
        raise DTypeMismatch(
            f'Incompatible dtype for "{op}": expected a floating point weight, got {weight}'
        )
    if per_sample_weights is not None and per_sample_weights != weight:
        raise DTypeMismatch(
            f'Incompatible dtypes for "{op}": weight is {weight} and per_sample_weights is '
            f"{per_sample_weights} (convert one with .to(torch.{weight}))"
        )
    return weight
