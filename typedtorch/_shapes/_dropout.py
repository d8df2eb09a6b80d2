"""The dropout functions' dtype rule: torch's dropout kernel runs in training for a probability
strictly between 0 and 1 (at 0 it returns the input, at 1 zeros of its dtype), and takes floating
point inputs only (`_kernels.KERNELS["dropout"]`; an empty input passes)."""

from __future__ import annotations

from ._common import Shape
from ._kernels import check_kernel


def dropout_dtype(
    op: str, dtype: str, p: float | None, training: bool | None, shape: Shape | None
) -> str:
    """The result dtype of `F.<op>(x, p, training)` for `x` of `dtype`: `dtype` itself.

    Args:
        op: the function's name, for messages (`dropout`, `alpha_dropout`, `dropout2d`, ...).
        dtype: the input's dtype.
        p: the probability, None when not known.
        training: the `training` flag, None when not known.
        shape: the input's shape, None when not known.

    Raises:
        DTypeMismatch: the kernel runs (training, 0 < p < 1) on a non-floating input.
    """
    if training and p is not None and 0 < p < 1:
        check_kernel("dropout", dtype, shape, op)
    return dtype
