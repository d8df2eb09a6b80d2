"""Elementwise activations of `torch.nn.functional` (and their modules) and the clamps.

Activations keep the input's shape; what torch checks is the dtype (most have only floating point
kernels) and a few arguments (`softshrink`'s lambda, `hardtanh`'s bounds, ...). `glu` halves one
dim, `gumbel_softmax` checks its dim. `clamp`/`clamp_min`/`clamp_max` broadcast tensor bounds
like any binary op (their dtype is `binary_dtype`'s, `_elementwise.py`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from ._broadcast import broadcast_shapes
from ._common import Shape, normalize_dim, require_divisible
from ._dtypes import category
from ._errors import ShapeMismatch
from ._kernels import check_kernel
from ._symbolic import format_dim, format_shape

# The elementwise activations here; which dtypes each takes is its entry in `_kernels.KERNELS`.
ACTIVATIONS: Final = frozenset(
    """
    softplus logsigmoid hardswish hardsigmoid mish softshrink hardshrink celu selu rrelu glu
    gumbel_softmax relu6 threshold hardtanh softsign tanhshrink
    """.split()
)
# Computed with a division or tanh: integers give the default float.
_PROMOTE_INTEGER: Final = frozenset({"softsign", "tanhshrink"})


def activation_dtype(
    op: str, dtype: str, training: bool = False, shape: Shape | None = None
) -> str:
    """The result dtype of activation `op` (in `ACTIVATIONS`) for an input of `dtype`.

    Args:
        training: `rrelu` samples its slopes in training mode, which has no float16 kernel.
        shape: the input's, when known (`gumbel_softmax` of an empty input samples nothing: any
            dtype, and a bool or integer one gives float32).

    Raises:
        DTypeMismatch: torch has no kernel of `op` for `dtype` (`_kernels.KERNELS`).
    """
    if op not in ACTIVATIONS:
        raise KeyError(op)
    check_kernel(op, dtype, shape, op)
    if op == "rrelu" and training:
        check_kernel("rrelu(training)", dtype, shape, op)
    if op == "gumbel_softmax" and category(dtype) <= 1:
        return "float32"  # an empty input (no kernel): its sum with float32 noise
    return "float32" if op in _PROMOTE_INTEGER and category(dtype) == 1 else dtype


def activation_args(op: str, args: Mapping[str, float]) -> None:
    """The argument checks torch makes: `softshrink`'s `lambd >= 0`, `hardtanh`'s
    `min_val <= max_val`, `celu`'s `alpha != 0`, `rrelu`'s `lower <= upper`.

    `args` holds the arguments whose values are known, by torch's names.

    Raises:
        ShapeMismatch: an argument torch rejects.
    """
    if op == "softshrink" and args.get("lambd", 0.5) < 0:
        raise ShapeMismatch(f'"{op}" expects lambd >= 0, got {args["lambd"]}')
    if op == "hardtanh" and args.get("min_val", -1.0) > args.get("max_val", 1.0):
        raise ShapeMismatch(
            f'"{op}": min_val cannot be greater than max_val, got {args.get("min_val", -1.0)} '
            f"and {args.get('max_val', 1.0)}"
        )
    if op == "celu" and args.get("alpha", 1.0) == 0:
        raise ShapeMismatch(f'"{op}": alpha cannot be 0')
    if op == "rrelu" and args.get("lower", 1 / 8) > args.get("upper", 1 / 3):
        raise ShapeMismatch(
            f'"{op}": lower bound {args.get("lower", 1 / 8)} must be at most the upper bound '
            f"{args.get('upper', 1 / 3)}"
        )


def glu_shape(input: Shape, dim: int = -1) -> Shape:
    """`F.glu(input, dim)` / `nn.GLU(dim)`: dim `dim` (of even size) is halved.

    Raises:
        ShapeMismatch: a 0-dim input, `dim` out of range, or an odd size (UnprovenShape when a
            symbolic size may be odd).
    """
    op = "glu"
    if not input:
        raise ShapeMismatch(f'"{op}" expects an input with at least 1 dimension, got shape []')
    d = normalize_dim(dim, len(input), op)
    size = input[d]
    require_divisible(
        size,
        2,
        f'"{op}" halves dimension {d}, which must have an even size, got {format_dim(size)} in '
        f"input {format_shape(input)}",
    )
    return input[:d] + (size // 2,) + input[d + 1 :]


def gumbel_softmax_shape(input: Shape, dim: int = -1, hard: bool = False) -> Shape:
    """`F.gumbel_softmax(logits, tau, hard, dim)`: the input's shape; `hard` takes an argmax
    along `dim`, which must then not be empty.

    Raises:
        ShapeMismatch: `dim` out of range, or an empty dim with `hard`.
    """
    op = "gumbel_softmax"
    d = normalize_dim(dim, len(input), op)
    if hard and input and input[d] == 0:
        raise ShapeMismatch(
            f'"{op}" with hard=True takes an argmax along dimension {d}, which is empty in input '
            f"{format_shape(input)}"
        )
    return input


def clamp_shape(input: Shape, min: Shape | None, max: Shape | None, op: str = "clamp") -> Shape:
    """`torch.clamp(input, min, max)`, `clamp_min`, `clamp_max`: a tensor bound (its shape; `()`
    for a number) broadcasts with the input, and can grow the result; None is an absent bound.

    Raises:
        ShapeMismatch: neither bound given, or shapes that do not broadcast.
    """
    bounds = [b for b in (min, max) if b is not None]
    if not bounds:
        raise ShapeMismatch(f'"{op}" expects at least one of min or max')
    return broadcast_shapes(input, *bounds, op=op)


def softmax2d_shape(input: Shape) -> Shape:
    """`nn.Softmax2d()`: a softmax over the channels (dim -3) of a `[C, H, W]` or `[N, C, H, W]`
    input -> same shape.

    Raises:
        ShapeMismatch: an input that is not 3-D or 4-D.
    """
    if len(input) not in (3, 4):
        raise ShapeMismatch(
            f'"Softmax2d()" expects a 3-D [C, H, W] or 4-D [N, C, H, W] input, got {len(input)}-D '
            f"input {format_shape(input)}"
        )
    return input
