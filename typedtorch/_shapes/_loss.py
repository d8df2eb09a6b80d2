"""Shape contracts of the loss functions (`torch.nn.functional.cross_entropy`, ... and their
modules). `reduction='none'` keeps the per-element shape; `'mean'`/`'sum'` give a 0-dim result.

The elementwise losses (mse, l1, bce, bce_with_logits) require equal shapes: torch broadcasts
`mse_loss`/`l1_loss` inputs of different shapes with only a warning (`[N, 1]` against `[N]`
silently computes an `[N, N]` loss), which is a bug in practice, so it is reported as one.
"""

from __future__ import annotations

from typing import Final

from ._broadcast import broadcast_shapes
from ._common import Shape, require_equal
from ._dtypes import category, is_floating, promote_types
from ._errors import DTypeMismatch, RuleError, ShapeMismatch
from ._symbolic import Truth, dims_equal, format_shape, product

# Losses torch computes on broadcast input and target when their shapes differ, warning only.
_BROADCASTING_LOSSES = frozenset({"mse_loss", "l1_loss", "smooth_l1_loss", "huber_loss"})


# The one loss whose kernel needs input and target of equal dtypes ("Found dtype Double but
# expected Float"); the others compute in the promoted dtype.
EQUAL_DTYPE_LOSSES = frozenset({"binary_cross_entropy"})


def _reduced(shape: Shape, reduction: str, op: str) -> Shape:
    if reduction == "none":
        return shape
    if reduction in ("mean", "sum"):
        return ()
    raise ShapeMismatch(f'"{op}": {reduction!r} is not a valid value for reduction')


def _same_shape(input: Shape, target: Shape) -> Truth:
    if len(input) != len(target):
        return Truth.FALSE
    truths = [dims_equal(a, b) for a, b in zip(input, target, strict=True)]
    if Truth.FALSE in truths:
        return Truth.FALSE
    return Truth.UNKNOWN if Truth.UNKNOWN in truths else Truth.TRUE


def class_target_shape(input: Shape, op: str) -> Shape:
    """The shape of class-index targets for `input` `[C]`, `[N, C]` or `[N, C, d1, ...]`."""
    if len(input) == 0:
        raise ShapeMismatch(f'"{op}" expects an input [N, C, *] or [C], got a 0-dim input')
    return () if len(input) == 1 else (input[0], *input[2:])


def nll_loss_shape(input: Shape, target: Shape, reduction: str = "mean") -> Shape:
    """`nll_loss`: input `[N, C, *d]` (or `[C]`), class-index target `[N, *d]` (or `[]`)."""
    op = "nll_loss"
    expected = class_target_shape(input, op)
    if len(input) == 1 and target == (1,):
        # torch takes an unbatched input [C] with a target [1] as well as [].
        return _reduced((), reduction, op)
    message = (
        f'Incompatible shapes for "{op}": input {format_shape(input)} expects class-index '
        f"target {format_shape(expected)}, got target {format_shape(target)}"
    )
    if len(target) != len(expected):
        raise ShapeMismatch(message)
    for a, b in zip(target, expected, strict=True):
        require_equal(a, b, message.replace("{", "{{").replace("}", "}}"))
    return _reduced(expected, reduction, op)


def cross_entropy_shape(
    input: Shape, target: Shape, reduction: str = "mean", *, probabilities: bool | None = None
) -> Shape:
    """`cross_entropy`: class-index target `[N, *d]` or probabilities `[N, C, *d]` (same shape
    as the input: torch takes probabilities exactly when the shapes are equal).

    `probabilities` is what the target's dtype says (float: True, integer: False, unknown: None).
    """
    op = "cross_entropy"
    same = _same_shape(input, target)
    if probabilities is True or (probabilities is None and same is Truth.TRUE):
        message = (
            f'Incompatible shapes for "{op}": input {format_shape(input)} expects a target of '
            f"probabilities of the same shape, got target {format_shape(target)}"
        )
        if len(target) != len(input):
            raise ShapeMismatch(message)
        for a, b in zip(target, input, strict=True):
            require_equal(a, b, message.replace("{", "{{").replace("}", "}}"))
        return _reduced(class_target_shape(input, op), reduction, op)
    expected = class_target_shape(input, op)
    if len(input) == 1 and target == (1,) and same is not Truth.TRUE:
        # torch takes an unbatched input [C] with a target [1] as well as [].
        return _reduced((), reduction, op)
    if probabilities is None and same is Truth.UNKNOWN:
        return _reduced(expected, reduction, op)
    message = (
        f'Incompatible shapes for "{op}": input {format_shape(input)} expects class-index '
        f"target {format_shape(expected)} (or probabilities {format_shape(input)}), got target "
        f"{format_shape(target)}"
    )
    if len(target) != len(expected):
        raise ShapeMismatch(message)
    for a, b in zip(target, expected, strict=True):
        require_equal(a, b, message.replace("{", "{{").replace("}", "}}"))
    return _reduced(expected, reduction, op)


def elementwise_loss_shape(input: Shape, target: Shape, reduction: str, op: str) -> Shape:
    """`mse_loss`, `l1_loss`, `binary_cross_entropy(_with_logits)`: input and target of one
    shape -> that shape (`'none'`) or `[]`."""
    message = (
        f'Incompatible shapes for "{op}": input {format_shape(input)} and target '
        f"{format_shape(target)} must have the same shape"
    )
    if len(input) != len(target) or any(
        dims_equal(a, b) is Truth.FALSE for a, b in zip(input, target, strict=True)
    ):
        if op in _BROADCASTING_LOSSES:
            try:
                broadcast = broadcast_shapes(input, target, op=op)
            except RuleError:
                pass
            else:
                message += (
                    f": torch would broadcast them to {format_shape(broadcast)} with only a warning"
                )
        # The common slip: `[N, 1]` predictions against `[N]` targets broadcast to `[N, N]`.
        if len(input) == len(target) + 1 and input[-1] == 1:
            message += " (did you mean to .squeeze(-1) the input?)"
        elif len(target) == len(input) + 1 and target[-1] == 1:
            message += " (did you mean to .squeeze(-1) the target?)"
        raise ShapeMismatch(message)
    for a, b in zip(input, target, strict=True):
        require_equal(a, b, message.replace("{", "{{").replace("}", "}}"))
    return _reduced(input, reduction, op)


def class_weight_shape(
    input: Shape, weight: Shape, op: str, *, probabilities: bool | None = False
) -> Shape:
    """`weight` of `cross_entropy`/`nll_loss`: one per class, `[C]`.

    `probabilities` is `class_target_kind`'s answer (None: unknown, checked leniently).
    """
    classes = input[0] if len(input) == 1 else input[1]
    message = (
        f'Incompatible shapes for "{op}": weight must have one entry per class, [{{b}}] for '
        f"input {format_shape(input)}, got weight {format_shape(weight)}"
    )
    if len(input) > 2 and probabilities is not True:
        # torch's kernel for `[N, C, *d]` inputs only counts the weight's elements.
        require_equal(product(weight), classes, message)
        return weight
    if len(weight) != 1:
        raise ShapeMismatch(message.format(b=format_shape((classes,))[1:-1]))
    require_equal(weight[0], classes, message)
    return weight


def class_target_kind(
    input: Shape | None, target: Shape | None, target_dtype: str | None, op: str
) -> bool | None:
    """Whether `cross_entropy`'s (or `nll_loss`'s) target holds probabilities (True) or class
    indices (False); None when its dtype is unknown. Raises DTypeMismatch as torch does: class
    indices must be int64 (or uint8), and `nll_loss` takes no probabilities.

    A float target is taken as probabilities only with the input's rank; otherwise torch reads
    it as class indices of the wrong dtype ("expected target dtype to be Long or Byte").
    """
    if target_dtype is None:
        return None
    if (
        op == "cross_entropy"
        and not is_floating(target_dtype)
        and input is not None
        and target is not None
        and len(input) == len(target)
        and all(dims_equal(a, b) is Truth.TRUE for a, b in zip(input, target, strict=True))
    ):
        # torch reads a target of the input's shape as class probabilities, whatever its dtype.
        raise DTypeMismatch(
            f'"{op}" reads a target of the input\'s shape {format_shape(input)} as class '
            f"probabilities, which must be floating point, got {target_dtype} (one-hot targets: "
            f"use .float(), or pass the class indices)"
        )
    if target_dtype == "int64":
        return False
    if target_dtype == "uint8" and (input is None or len(input) <= 2):
        # torch's 1-D/2-D kernel takes uint8 indices too; the kernel for `[N, C, *d]` does not.
        return False
    shown = f" {format_shape(target)}" if target is not None else ""
    if (
        op == "cross_entropy"
        and is_floating(target_dtype)
        and (input is None or target is None or len(input) == len(target))
    ):
        return True
    if op == "cross_entropy":
        expected = "int64 (or float probabilities of the input's shape"
        expected += f" {format_shape(input)})" if input is not None else ")"
    else:
        expected = "int64"
    raise DTypeMismatch(
        f'"{op}" expects class-index targets of dtype {expected}, got {target_dtype} target{shown}'
    )


def kl_div_shape(input: Shape, target: Shape, reduction: str = "mean") -> Shape:
    """`kl_div`: input and target broadcast (torch does not warn); `'batchmean'` gives `[]`."""
    shape = broadcast_shapes(input, target, op="kl_div")
    return () if reduction == "batchmean" else _reduced(shape, reduction, "kl_div")


_REAL_OF: Final = {"complex32": "float16", "complex64": "float32", "complex128": "float64"}


def elementwise_loss_dtype(name: str, input: str, target: str, reduction: str = "mean") -> str:
    """The dtype of an elementwise loss (`mse_loss`, `l1_loss`, `smooth_l1_loss`, `huber_loss`,
    `binary_cross_entropy_with_logits`) of an `input` and a `target` dtype, as torch computes it;
    raises `DTypeMismatch` where torch has no kernel. (`binary_cross_entropy` wants equal dtypes:
    see `EQUAL_DTYPE_LOSSES`.)"""
    if name == "binary_cross_entropy_with_logits":
        # torch computes in, and returns, the target's dtype: floating logits, and a floating
        # (or, as torch allows, complex) target.
        if not is_floating(input):
            raise DTypeMismatch(f'"{name}" expects floating-point logits, got {input}')
        if category(target) < 2:
            raise DTypeMismatch(
                f'"{name}" expects a floating-point target (probabilities), got {target}: '
                f"convert it with .float()"
            )
        return target
    if name == "huber_loss":
        # The target is converted to the input's dtype, which must be floating; a complex
        # target cannot be.
        if not is_floating(input):
            raise DTypeMismatch(f'"{name}" expects a floating-point input, got {input}')
        if category(target) == 3:
            raise DTypeMismatch(f'"{name}" does not support complex tensors, got target {target}')
        return input
    if name == "l1_loss" and "bool" in (input, target):
        raise DTypeMismatch(f'"{name}" does not support bool tensors (it subtracts them)')
    result = promote_types(input, target)
    if category(result) == 3:
        if name == "l1_loss":
            return _REAL_OF[result]  # |input - target| of complex values is real
        raise DTypeMismatch(f'"{name}" does not support complex tensors, got {input} and {target}')
    if is_floating(result):
        return result
    if name == "l1_loss" and reduction == "none":
        return result  # |input - target| of integers
    if name == "l1_loss" and reduction == "sum":
        return "int64"  # torch sums integers in int64
    raise DTypeMismatch(
        f'"{name}" with reduction={reduction!r} expects a floating-point input or target, '
        f"got {input} and {target}"
    )
