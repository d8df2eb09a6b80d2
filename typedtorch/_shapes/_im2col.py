"""Sliding blocks: `F.unfold` (im2col, `nn.Unfold`) and its inverse `F.fold` (col2im, `nn.Fold`).

Shapes, as in torch's docs (2-D blocks only, as torch implements): unfold takes `[N, C, H, W]`
(or `[C, H, W]`) to `[N, C * kh * kw, L]`; fold takes `[N, C * kh * kw, L]` (or 2-D) to
`[N, C, out_h, out_w]`, where `L` is the number of block positions,
`L = prod((size + 2 * padding - dilation * (kernel_size - 1) - 1) // stride + 1)`.
Each argument is an int or a pair (a tuple of another length is an error, as in torch).
"""

from __future__ import annotations

from collections.abc import Sequence

from ._common import Shape, require_divisible, require_equal
from ._conv import Param, format_param, require_non_negative, require_positive
from ._errors import ShapeMismatch
from ._symbolic import Dim, Expr, _Unknown, format_dim, format_shape, product


def _pair(value: Param, name: str, op: str) -> tuple[Dim, Dim]:
    if isinstance(value, (int, Expr, _Unknown)):
        return (value, value)
    values = tuple(value)
    if len(values) != 2:
        raise ShapeMismatch(
            f'"{op}" expects {name} to be an int or a pair, got {name}={format_param(values)}'
        )
    return (values[0], values[1])


def _params(
    kernel_size: Param, dilation: Param, padding: Param, stride: Param, op: str
) -> tuple[tuple[Dim, Dim], ...]:
    kernel = _pair(kernel_size, "kernel_size", op)
    dil = _pair(dilation, "dilation", op)
    pad = _pair(padding, "padding", op)
    step = _pair(stride, "stride", op)
    require_positive(kernel, "kernel_size", op)
    require_positive(step, "stride", op)
    require_positive(dil, "dilation", op)
    require_non_negative(pad, "padding", op)
    return kernel, dil, pad, step


def _blocks(
    sizes: Sequence[Dim],
    kernel: Sequence[Dim],
    dil: Sequence[Dim],
    pad: Sequence[Dim],
    step: Sequence[Dim],
) -> tuple[Dim, ...]:
    return tuple(
        (n + 2 * p - d * (k - 1) - 1) // s + 1
        for n, k, d, p, s in zip(sizes, kernel, dil, pad, step, strict=True)
    )


def _describe(
    kernel: Sequence[Dim], dil: Sequence[Dim], pad: Sequence[Dim], step: Sequence[Dim]
) -> str:
    return (
        f"kernel_size={format_param(kernel)}, dilation={format_param(dil)}, "
        f"padding={format_param(pad)}, stride={format_param(step)}"
    )


def unfold_functional_shape(
    input: Shape,
    kernel_size: Param,
    dilation: Param = 1,
    padding: Param = 0,
    stride: Param = 1,
    op: str = "unfold",
) -> Shape:
    """`F.unfold(input, kernel_size, dilation, padding, stride)` / `nn.Unfold`: `[N, C, H, W]` ->
    `[N, C * kh * kw, L]` (`[C, H, W]` -> `[C * kh * kw, L]`).

    Raises:
        ShapeMismatch: a parameter that is not positive (padding: negative), an input that is not
            3-D or 4-D or has an empty non-batch dim, or no block position.
    """
    kernel, dil, pad, step = _params(kernel_size, dilation, padding, stride, op)
    if len(input) not in (3, 4) or any(d == 0 for d in input[len(input) - 3 :]):
        raise ShapeMismatch(
            f'"{op}" expects a 3-D or 4-D (batched) input with non-empty non-batch dims, got '
            f"input {format_shape(input)}"
        )
    blocks = _blocks(input[-2:], kernel, dil, pad, step)
    if any(isinstance(b, int) and b < 1 for b in blocks):
        raise ShapeMismatch(
            f'Incompatible shapes for "{op}": input {format_shape(input)} with '
            f"{_describe(kernel, dil, pad, step)} has no block positions: "
            f"{format_param(blocks)} blocks"
        )
    return (*input[:-3], input[-3] * kernel[0] * kernel[1], product(blocks))


def fold_shape(
    input: Shape,
    output_size: Param,
    kernel_size: Param,
    dilation: Param = 1,
    padding: Param = 0,
    stride: Param = 1,
    op: str = "fold",
) -> Shape:
    """`F.fold(input, output_size, kernel_size, dilation, padding, stride)` / `nn.Fold`:
    `[N, C * kh * kw, L]` -> `[N, C, out_h, out_w]` (2-D input: no `N`), where `L` must be the
    number of block positions in the output.

    Raises:
        ShapeMismatch / UnprovenShape: a parameter or output size that is not positive (padding:
            negative), an input that is not 2-D or 3-D or has an empty non-batch dim, a dim 1 not
            divisible by `kh * kw`, or `L` not the number of block positions (or none).
    """
    out = _pair(output_size, "output_size", op)
    kernel, dil, pad, step = _params(kernel_size, dilation, padding, stride, op)
    if len(input) not in (2, 3) or any(d == 0 for d in input[len(input) - 2 :]):
        raise ShapeMismatch(
            f'"{op}" expects a 2-D or 3-D (batched) input with non-empty non-batch dims, got '
            f"input {format_shape(input)}"
        )
    if any(isinstance(d, int) and d < 1 for d in out):
        raise ShapeMismatch(f'"{op}" expects a positive output_size, got {format_param(out)}')
    planes, length = input[-2], input[-1]
    area = kernel[0] * kernel[1]
    require_divisible(
        planes,
        area,
        f'Incompatible shapes for "{op}": dim {len(input) - 2} of input {format_shape(input)} '
        f"must be divisible by the kernel area {format_dim(area)} (kernel_size="
        f"{format_param(kernel)})",
    )
    blocks = _blocks(out, kernel, dil, pad, step)
    require_equal(
        length,
        product(blocks),
        f'Incompatible shapes for "{op}": input {format_shape(input)} has {{a}} blocks in its '
        f"last dim, but output_size={format_param(out)} with "
        f"{_describe(kernel, dil, pad, step)} has {{b}}",
    )
    if any(isinstance(b, int) and b < 1 for b in blocks):
        raise ShapeMismatch(
            f'Incompatible shapes for "{op}": output_size={format_param(out)} with '
            f"{_describe(kernel, dil, pad, step)} has no block positions"
        )
    return (*input[:-2], planes // area, *out)
