"""`max_pool*d`, `avg_pool*d` (with ceil mode) and `adaptive_{avg,max}_pool*d`, as torch does them."""

from __future__ import annotations

from collections.abc import Sequence

from ._common import Shape
from ._conv import (
    Param,
    expand_param,
    format_param,
    format_sizes,
    is_negative,
    require_positive,
)
from ._errors import ShapeMismatch
from ._symbolic import UNKNOWN, Dim, format_shape


def _split_pool_input(
    input: Shape, spatial: int, op: str, *, empty_channels: bool = False
) -> tuple[Shape, Shape]:
    """(leading dims, spatial sizes). The leading dims are [C] or [N, C]. torch rejects empty
    non-batch dims; some adaptive pools (`empty_channels`) take zero batched channels."""
    if len(input) not in (spatial + 1, spatial + 2):
        raise ShapeMismatch(
            f'Expected {spatial + 1}-D (unbatched) or {spatial + 2}-D (batched) input to "{op}", '
            f"but got input of shape {format_shape(input)}"
        )
    non_batch = input[1:] if len(input) == spatial + 2 else input
    if empty_channels:
        non_batch = non_batch[1:]
    if any(d == 0 for d in non_batch):
        raise ShapeMismatch(
            f'"{op}" expects non-zero sizes for the non-batch dimensions of its input, '
            f"got input of shape {format_shape(input)}"
        )
    lead = len(input) - spatial
    return input[:lead], input[lead:]


def pool_output_size(
    size: Dim, kernel: Dim, pad: Dim, stride: Dim, dilation: Dim, ceil_mode: bool
) -> Dim:
    """torch's `pooling_output_shape`: floor (or ceil) of the window count, where with ceil mode
    the last window must start inside the input or the left padding."""
    effective = dilation * (kernel - 1) + 1
    out = (size + 2 * pad - effective + (stride - 1 if ceil_mode else 0)) // stride + 1
    if not ceil_mode:
        return out
    overshoot = (out - 1) * stride - (size + pad)
    if isinstance(overshoot, int):
        return out - 1 if overshoot >= 0 else out
    # (out - 1) * stride <= size + 2 * pad - effective + stride - 1, so the last window cannot
    # start past the input when pad + stride - 1 < effective: the usual case, kernel >= stride.
    bound = pad + stride - 1 - effective
    if isinstance(bound, int) and bound < 0:
        return out
    return UNKNOWN


def pool_shape(
    input: Shape,
    kernel_size: Param,
    stride: Param | None = None,
    padding: Param = 0,
    dilation: Param = 1,
    ceil_mode: bool = False,
    *,
    spatial: int,
    op: str,
) -> Shape:
    """torch.nn.functional.max_pool{1,2,3}d / avg_pool{1,2,3}d (avg pools pass dilation=1).

    input `[N, C, *in]` or `[C, *in]` -> `[N, C, *out]`, with
    `out = (in + 2 * padding - dilation * (kernel_size - 1) - 1) // stride + 1` (ceil in ceil
    mode); `stride` defaults to `kernel_size`; `padding` at most half the kernel size.
    """
    lead, sizes = _split_pool_input(input, spatial, op)
    kernels = expand_param(kernel_size, spatial, "kernel_size", op)
    strides = (
        kernels
        if stride is None or (not isinstance(stride, int) and _is_empty(stride))
        else expand_param(stride, spatial, "stride", op)
    )
    pads = expand_param(padding, spatial, "padding", op)
    dilations = expand_param(dilation, spatial, "dilation", op)
    require_positive(kernels, "kernel_size", op)
    require_positive(strides, "stride", op)
    require_positive(dilations, "dilation", op)
    for p, k in zip(pads, kernels, strict=True):
        if isinstance(p, int) and p < 0:
            raise ShapeMismatch(
                f'"{op}" expects padding to be non-negative, got padding={format_param(pads)}'
            )
        if isinstance(p, int) and isinstance(k, int) and p > k // 2:
            raise ShapeMismatch(
                f'"{op}" expects padding to be at most half of kernel_size, got '
                f"padding={format_param(pads)} and kernel_size={format_param(kernels)}"
            )
    if op == "avg_pool3d" and any(is_negative(n - k) for n, k in zip(sizes, kernels, strict=True)):
        # torch's avg_pool3d (alone) wants the unpadded input at least as large as the kernel.
        raise ShapeMismatch(
            f'Incompatible shapes for "{op}": input {format_shape(input)} is smaller than '
            f"kernel_size={format_param(kernels)}"
        )
    out = tuple(
        pool_output_size(n, k, p, s, d, ceil_mode)
        for n, k, p, s, d in zip(sizes, kernels, pads, strides, dilations, strict=True)
    )
    if any(isinstance(d, int) and d < 1 for d in out):
        raise ShapeMismatch(
            f'Incompatible shapes for "{op}": input {format_shape(input)} is too small for '
            f"kernel_size={format_param(kernels)} (with padding={format_param(pads)}, "
            f"dilation={format_param(dilations)}): calculated output size {format_sizes(out)}"
        )
    return lead + out


def _is_empty(value: object) -> bool:
    # `stride=[]` means "default" to torch's pooling functions, as None does.
    return isinstance(value, Sequence) and len(value) == 0


def adaptive_pool_shape(
    input: Shape,
    output_size: Dim | None | Sequence[Dim | None],
    *,
    spatial: int,
    op: str,
) -> Shape:
    """torch.nn.functional.adaptive_{avg,max}_pool{1,2,3}d: `[N, C, *in]` -> `[N, C, *output_size]`;
    a None entry keeps that input size."""
    # torch's quirks: adaptive avg pools take zero channels (adaptive_avg_pool3d only for an
    # output of ones, which it computes as a mean; the rule stays silent there); adaptive max
    # pools take them only unbatched (where the channel dim is treated as the batch).
    empty_channels = len(input) == spatial + 1 or op.startswith("adaptive_avg")
    if len(input) not in (spatial + 1, spatial + 2):
        _split_pool_input(input, spatial, op)
    lead, sizes = input[: len(input) - spatial], input[len(input) - spatial :]
    if output_size is None:
        # None keeps a size only inside a tuple: torch raises a TypeError for a bare None.
        raise ShapeMismatch(
            f'"{op}" expects output_size to be an int or a tuple of {spatial} (None inside the '
            "tuple keeps that size), got None"
        )
    if not isinstance(output_size, Sequence):
        wanted: tuple[Dim | None, ...] = (output_size,) * spatial
    else:
        wanted = tuple(output_size)
        if spatial == 1 and None in wanted:
            # The 1-d pools are C++ functions taking ints only; the 2-d/3-d ones, in Python,
            # read None as "keep this size". torch's inconsistency, followed.
            raise ShapeMismatch(
                f'"{op}" expects output_size to be an int or a tuple of 1 int, got '
                f"output_size=({', '.join(str(w) for w in wanted)},)"
            )
        if len(wanted) != spatial:
            raise ShapeMismatch(
                f'"{op}" expects output_size to be a single int or a tuple of {spatial} ints, '
                f"got output_size=({', '.join(str(w) for w in wanted)})"
            )
    out = tuple(n if w is None else w for n, w in zip(sizes, wanted, strict=True))
    # An adaptive average to all ones is computed as a mean, which takes empty inputs.
    if not (op.startswith("adaptive_avg") and all(d == 1 for d in out)):
        _split_pool_input(input, spatial, op, empty_channels=empty_channels)
    if any(isinstance(d, int) and d < 0 for d in out):
        raise ShapeMismatch(
            f'"{op}" expects output_size to be non-negative, got {format_sizes(out)}'
        )
    return lead + out
