"""Likelihood losses: `poisson_nll_loss`, `gaussian_nll_loss`, `ctc_loss` (and their modules).

Each returns the per-element (`reduction="none"`) shape or `[]`, as `_loss.py` does.
"""

from __future__ import annotations

from ._broadcast import broadcast_shapes
from ._common import Shape, require_equal, shape_numel
from ._errors import DTypeMismatch, ShapeMismatch, UnprovenShape
from ._loss import _reduced, _same_shape
from ._symbolic import Dim, Truth, dims_equal, format_shape


def poisson_nll_loss_shape(input: Shape, target: Shape, reduction: str = "mean") -> Shape:
    """`F.poisson_nll_loss(input, target)`: input and target broadcast."""
    op = "poisson_nll_loss"
    return _reduced(broadcast_shapes(input, target, op=op), reduction, op)


def gaussian_nll_loss_shape(
    input: Shape, target: Shape, var: Shape | None, reduction: str = "mean"
) -> Shape:
    """`F.gaussian_nll_loss(input, target, var)`: `var` (None for a float) has the input's
    shape, or it lacks the input's last dim, or it has the input's rank with sizes that differ
    only where var's sizes add up to 1 (one dim of size 1: homoscedastic); then all broadcast.

    Raises:
        ShapeMismatch / UnprovenShape: a `var` of another shape, or shapes that do not broadcast.
    """
    op = "gaussian_nll_loss"
    if var is None:
        var = input
    message = (
        f'Incompatible shapes for "{op}": var {format_shape(var)} must have the shape of input '
        f"{format_shape(input)}, that shape without its last dim, or one dim of size 1 where "
        "they differ"
    )
    if _same_shape(var, input) is not Truth.TRUE:
        if len(var) == len(input) - 1 and _same_shape(var, input[:-1]) is Truth.TRUE:
            var = (*var, 1)
        else:
            if len(var) != len(input):
                raise ShapeMismatch(message)
            # torch sums var's sizes where the two differ: the sum must be 1. A var size of 1
            # against a symbol adds 0 or 1; any other doubt cannot be settled.
            differing: Dim = 0
            maybe = 0
            for have, size in zip(input, var, strict=True):
                truth = dims_equal(have, size)
                if truth is Truth.UNKNOWN:
                    if size != 1:
                        raise UnprovenShape(message + " (cannot prove which dims agree)")
                    maybe += 1
                elif truth is Truth.FALSE:
                    differing = differing + size
            exact = dims_equal(differing, 1)
            valid = (exact is Truth.TRUE and maybe == 0) or (differing == 0 and maybe == 1)
            doubtful = (
                exact is Truth.UNKNOWN
                or (exact is Truth.TRUE and maybe > 0)
                or (differing == 0 and maybe > 1)
            )
            if doubtful:
                raise UnprovenShape(message + " (cannot prove which dims agree)")
            if not valid:
                raise ShapeMismatch(message)
    return _reduced(broadcast_shapes(var, input, target, op=op), reduction, op)


def ctc_loss_shape(
    log_probs: Shape,
    targets: Shape,
    input_lengths: Shape,
    target_lengths: Shape,
    reduction: str = "mean",
) -> Shape:
    """`F.ctc_loss(log_probs, targets, input_lengths, target_lengths)`: log_probs `[T, N, C]`
    (or `[T, C]` unbatched), targets `[N, S]` or concatenated `[sum(target_lengths)]`, lengths
    with N elements each (a tuple of ints is a 1-D shape) -> `[N]` (`[]` unbatched).

    The lengths' values (at most T; targets long enough) are data: no rule sees them.

    Raises:
        ShapeMismatch / UnprovenShape: log_probs not 2-D or 3-D, targets not 1-D or 2-D (or of
            another batch size), or lengths without N elements.
    """
    op = "ctc_loss"
    if len(log_probs) not in (2, 3):
        raise ShapeMismatch(
            f'"{op}" expects log_probs [T, N, C] (or [T, C] unbatched), got '
            f"{format_shape(log_probs)}"
        )
    batched = len(log_probs) == 3
    batch: Dim = log_probs[1] if batched else 1
    for what, lengths in (("input_lengths", input_lengths), ("target_lengths", target_lengths)):
        require_equal(
            shape_numel(lengths),
            batch,
            f'Incompatible shapes for "{op}": {what} must have one entry per sample, {{b}} for '
            f"log_probs {format_shape(log_probs)}, got {what} {format_shape(lengths)}",
        )
    if len(targets) not in (1, 2):
        raise ShapeMismatch(
            f'"{op}" expects targets [N, S] or concatenated [sum(target_lengths)], got targets '
            f"{format_shape(targets)}"
        )
    if len(targets) == 2:
        require_equal(
            targets[0],
            batch,
            f'Incompatible shapes for "{op}": targets {format_shape(targets)} must have batch '
            f"size {{b}} of log_probs {format_shape(log_probs)}",
        )
    return _reduced((batch,) if batched else (), reduction, op)


def ctc_loss_dtype(log_probs: str) -> str:
    """The loss has the dtype of log_probs, which must be float32 or float64 (CPU kernel)."""
    if log_probs not in ("float32", "float64"):
        raise DTypeMismatch(
            f'Incompatible dtype for "ctc_loss": expected float32 or float64 log_probs, got '
            f"{log_probs}"
        )
    return log_probs
