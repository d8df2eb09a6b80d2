"""Contracts of `torch.nn.functional` calls whose module forms live elsewhere (`_layers.py`):
the weight and index checks of `embedding`, `one_hot`, `layer_norm`'s affine weight, and the
broadcasting distances `cosine_similarity` / `pairwise_distance`.
"""

from __future__ import annotations

from collections.abc import Sequence

from ._broadcast import broadcast_shapes
from ._common import Shape, normalize_dim, require_equal
from ._errors import DTypeMismatch, ShapeMismatch
from ._symbolic import UNKNOWN, Dim, format_shape

_INDEX_DTYPES = frozenset({"int64", "int32"})


def embedding_functional_shape(input: Shape, weight: Shape, input_dtype: str | None) -> Shape:
    """`embedding(input, weight)`: integer indices `[*]`, weight `[num, dim]` -> `[*, dim]`."""
    if input_dtype is not None and input_dtype not in _INDEX_DTYPES:
        raise DTypeMismatch(
            f'"embedding" expects indices of dtype int64 or int32, got {input_dtype} input '
            f"{format_shape(input)}"
        )
    if len(weight) != 2:
        raise ShapeMismatch(
            f'"embedding" expects a 2-D weight [num_embeddings, embedding_dim], got weight '
            f"{format_shape(weight)}"
        )
    return (*input, weight[1])


def one_hot_shape(input: Shape, num_classes: Dim, input_dtype: str | None) -> Shape:
    """`one_hot(tensor, num_classes)`: int64 indices `[*]` -> `[*, num_classes]` (`-1`: the
    largest index + 1, unknown until run time)."""
    if input_dtype is not None and input_dtype != "int64":
        raise DTypeMismatch(
            f'"one_hot" expects indices of dtype int64, got {input_dtype} input '
            f"{format_shape(input)}"
        )
    if isinstance(num_classes, int) and num_classes < -1:
        raise ShapeMismatch(f'"one_hot" expects num_classes >= -1, got {num_classes}')
    return (*input, UNKNOWN if num_classes == -1 else num_classes)


def norm_weight_shape(
    weight: Shape, normalized_shape: Sequence[Dim], what: str, op: str = "layer_norm"
) -> Shape:
    """`layer_norm`'s (and `rms_norm`'s) weight and bias have the shape `normalized_shape`."""
    message = (
        f'Incompatible shapes for "{op}": expected {what} of the same shape as '
        f"normalized_shape {format_shape(normalized_shape)}, got {what} {format_shape(weight)}"
    )
    if len(weight) != len(normalized_shape):
        raise ShapeMismatch(message)
    for a, b in zip(weight, normalized_shape, strict=True):
        require_equal(a, b, message.replace("{", "{{").replace("}", "}}"))
    return weight


def cosine_similarity_shape(x1: Shape, x2: Shape, dim: int = 1) -> Shape:
    """`cosine_similarity(x1, x2, dim)`: broadcast, then reduce `dim`."""
    shape = broadcast_shapes(x1, x2, op="cosine_similarity")
    if not shape:
        normalize_dim(dim, 0, "cosine_similarity")
        return ()
    d = normalize_dim(dim, len(shape), "cosine_similarity")
    return shape[:d] + shape[d + 1 :]


def pairwise_distance_shape(x1: Shape, x2: Shape, keepdim: bool = False) -> Shape:
    """`pairwise_distance(x1, x2)`: broadcast, then reduce the last dim (kept with `keepdim`);
    0-dim operands give a 0-dim result."""
    shape = broadcast_shapes(x1, x2, op="pairwise_distance")
    if not shape:
        return ()
    return shape[:-1] + ((1,) if keepdim else ())
