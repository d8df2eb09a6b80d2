"""Margin and embedding losses: `soft_margin_loss`, `margin_ranking_loss`,
`hinge_embedding_loss`, `cosine_embedding_loss`, `triplet_margin_loss`, `multi_margin_loss`,
`multilabel_margin_loss`, `multilabel_soft_margin_loss` (and their modules).

Each returns the per-element (`reduction="none"`) shape or `[]`, as `_loss.py` does. Unlike
`mse_loss`, torch broadcasts the operands of these losses without a warning, so the rules
broadcast too, exactly where torch does.
"""

from __future__ import annotations

from ._broadcast import broadcast_shapes
from ._common import Shape, normalize_dim, require_equal, shape_numel
from ._dtypes import category
from ._errors import DTypeMismatch, ShapeMismatch
from ._functional import pairwise_distance_shape
from ._linalg import expand_to
from ._loss import _reduced
from ._symbolic import Dim, format_shape


def soft_margin_loss_shape(input: Shape, target: Shape, reduction: str = "mean") -> Shape:
    """`F.soft_margin_loss(input, target)`: the target broadcasts to the input's shape (torch
    computes into an input-shaped buffer, so it cannot grow it)."""
    op = "soft_margin_loss"
    expand_to(target, input, op, "target", "the input")
    return _reduced(input, reduction, op)


def soft_margin_loss_dtype(input: str, target: str) -> str:
    """`F.soft_margin_loss(input, target)`: computed into a buffer of the input's dtype, which
    must be floating point or complex (and complex for a complex target).

    Raises:
        DTypeMismatch: an integer or bool input, or a complex target with a real input.
    """
    if category(input) < 2:
        raise DTypeMismatch(
            f'Incompatible dtype for "soft_margin_loss": expected a floating point or complex '
            f"input, got {input} (convert it with .float())"
        )
    if category(target) == 3 and category(input) < 3:
        raise DTypeMismatch(
            f'Incompatible dtypes for "soft_margin_loss": input is {input} and target is '
            f"{target}; a complex target needs a complex input"
        )
    return input


def margin_ranking_loss_shape(
    input1: Shape, input2: Shape, target: Shape, reduction: str = "mean"
) -> Shape:
    """`F.margin_ranking_loss(input1, input2, target)`: three tensors of one rank, broadcast."""
    op = "margin_ranking_loss"
    if not len(input1) == len(input2) == len(target):
        raise ShapeMismatch(
            f'"{op}" expects input1, input2 and target with the same number of dims, got '
            f"{format_shape(input1)}, {format_shape(input2)} and {format_shape(target)}"
        )
    return _reduced(broadcast_shapes(input1, input2, target, op=op), reduction, op)


def hinge_embedding_loss_shape(input: Shape, target: Shape, reduction: str = "mean") -> Shape:
    """`F.hinge_embedding_loss(input, target)`: input and target broadcast."""
    op = "hinge_embedding_loss"
    return _reduced(broadcast_shapes(input, target, op=op), reduction, op)


def cosine_embedding_loss_shape(
    input1: Shape, input2: Shape, target: Shape, reduction: str = "mean"
) -> Shape:
    """`F.cosine_embedding_loss(input1, input2, target)`: `[N, D]` inputs with a `[N]` target
    -> `[N]`, or `[D]` inputs with a `[]` target -> `[]`; the inputs broadcast, and so do the
    batch sizes."""
    op = "cosine_embedding_loss"
    if len(target) > 1:
        raise ShapeMismatch(
            f'"{op}" expects a 0-dim or 1-D target, got target {format_shape(target)}'
        )
    rank = len(target) + 1
    if len(input1) != rank or len(input2) != rank:
        raise ShapeMismatch(
            f'"{op}" with a {len(target)}-D target expects {rank}-D inputs, got '
            f"{format_shape(input1)} and {format_shape(input2)}"
        )
    broadcast_shapes(input1, input2, op=op)
    batch = broadcast_shapes(target, input1[:-1], input2[:-1], op=op)
    return _reduced(batch, reduction, op)


def triplet_margin_loss_shape(
    anchor: Shape,
    positive: Shape,
    negative: Shape,
    margin: float = 1.0,
    reduction: str = "mean",
) -> Shape:
    """`F.triplet_margin_loss(anchor, positive, negative, margin)`: three tensors of one rank;
    the distances (`pairwise_distance`, over the last dim) broadcast. `margin` must be > 0."""
    op = "triplet_margin_loss"
    if not len(anchor) == len(positive) == len(negative):
        raise ShapeMismatch(
            f'"{op}" expects anchor, positive and negative with the same number of dims, got '
            f"{format_shape(anchor)}, {format_shape(positive)} and {format_shape(negative)}"
        )
    if margin <= 0:
        raise ShapeMismatch(f'"{op}" expects margin > 0, got {margin}')
    to_positive = pairwise_distance_shape(anchor, positive)
    to_negative = pairwise_distance_shape(anchor, negative)
    return _reduced(broadcast_shapes(to_positive, to_negative, op=op), reduction, op)


def _frames(input: Shape, op: str) -> tuple[Dim, Dim]:
    """(samples, classes) of a `[C]`, `[N, C]` or 0-dim input; C must not be empty."""
    if len(input) > 2 or (input and input[-1] == 0):
        raise ShapeMismatch(
            f'"{op}" expects a 0-dim, [C] or [N, C] input with C > 0, got input '
            f"{format_shape(input)}"
        )
    if len(input) == 2:
        return input[0], input[1]
    return 1, input[0] if input else 1


def multi_margin_loss_shape(
    input: Shape,
    target: Shape,
    weight: Shape | None = None,
    p: int = 1,
    reduction: str = "mean",
) -> Shape:
    """`F.multi_margin_loss(input, target, p, margin, weight)`: input `[N, C]` (or `[C]`, 0-dim),
    class-index target with N elements (0-dim or 1-D), weight `[C]` -> `[N]` (`[]` for a 0-dim
    target)."""
    op = "multi_margin_loss"
    if p not in (1, 2):
        raise ShapeMismatch(f'"{op}" supports p=1 and p=2 only, got p={p}')
    if weight is not None and len(weight) != 1:
        raise ShapeMismatch(f'"{op}" expects a 1-D weight, got weight {format_shape(weight)}')
    samples, classes = _frames(input, op)
    message = (
        f'Incompatible shapes for "{op}": input {format_shape(input)} takes a target of '
        f"{{b}} class indices (0-dim or 1-D), got target {format_shape(target)}"
    )
    if len(target) > 1:
        raise ShapeMismatch(message.format(b=samples))
    require_equal(shape_numel(target), samples, message)
    if weight is not None:
        require_equal(
            weight[0],
            classes,
            f'Incompatible shapes for "{op}": weight must have one entry per class, [{{b}}] for '
            f"input {format_shape(input)}, got weight {format_shape(weight)}",
        )
    return _reduced((samples,) if target else (), reduction, op)


def multilabel_margin_loss_shape(input: Shape, target: Shape, reduction: str = "mean") -> Shape:
    """`F.multilabel_margin_loss(input, target)`: class-index targets of the input's shape,
    `[N, C]` -> `[N]`; `[C]` (a 0-dim or 1-D target with C elements) -> `[]`."""
    op = "multilabel_margin_loss"
    samples, classes = _frames(input, op)
    message = (
        f'Incompatible shapes for "{op}": input {format_shape(input)} takes a target of its '
        f"shape, got target {format_shape(target)}"
    )
    if len(input) == 2:
        if len(target) != 2:
            raise ShapeMismatch(message)
        for a, b in zip(target, input, strict=True):
            require_equal(a, b, message.replace("{", "{{").replace("}", "}}"))
        return _reduced((samples,), reduction, op)
    if len(target) > 1:
        raise ShapeMismatch(message)
    require_equal(shape_numel(target), classes, message.replace("{", "{{").replace("}", "}}"))
    return _reduced((), reduction, op)


def multilabel_soft_margin_loss_shape(
    input: Shape, target: Shape, weight: Shape | None = None, reduction: str = "mean"
) -> Shape:
    """`F.multilabel_soft_margin_loss(input, target, weight)`: input, target (and weight)
    broadcast, then the input's last dim (counted in the input's rank: torch's quirk when the
    target has more dims) is averaged away: `[N, C]` -> `[N]`."""
    op = "multilabel_soft_margin_loss"
    if not input:
        raise ShapeMismatch(f'"{op}" expects an input [*, C] with at least 1 dim, got shape []')
    shapes = [input, target] if weight is None else [input, target, weight]
    loss = broadcast_shapes(*shapes, op=op)
    d = normalize_dim(len(input) - 1, len(loss), op)
    return _reduced(loss[:d] + loss[d + 1 :], reduction, op)
