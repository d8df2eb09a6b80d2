"""Hooks for the losses of `typedtorch.functional`: cross_entropy, nll_loss, mse_loss, ...

The shape contracts are the loss modules' rules (`typedtorch/_shapes/_loss.py`). `reduction` is
read from a literal (and from the legacy `size_average`/`reduce` flags, as torch does); a
non-literal one still checks the shapes, but leaves the result's rank unknown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from mypy.types import Type

from typedtorch._shapes import (
    EQUAL_DTYPE_LOSSES,
    UNKNOWN,
    DTypeMismatch,
    Shape,
    broadcast_shapes,
    class_target_kind,
    class_weight_shape,
    cross_entropy_shape,
    elementwise_loss_shape,
    kl_div_shape,
    nll_loss_shape,
)
from typedtorch._shapes._dtypes import promote_types
from typedtorch._shapes._kernels import check_kernel, is_empty
from typedtorch._shapes._loss import elementwise_loss_dtype

from ._calls import Call
from ._codec import Codec, TensorType
from ._conv import _hook, _literal_value, _optional_tensor, _tensor
from ._kinds import check_same_device, check_same_dtype, dtype_name, dtype_type
from ._names import NN_FUNCTIONAL as LOSS
from ._registry import op


def effective_reduction(call: Call, index: int, legacy: tuple[int, int] | None) -> str | None:
    """The effective reduction, as torch's `legacy_get_string` computes it; None if unknown."""
    if legacy is not None:
        size_average = _literal_value(call.arg(legacy[0], "size_average"))
        reduce = _literal_value(call.arg(legacy[1], "reduce"))
        if size_average is UNKNOWN or reduce is UNKNOWN:
            return None
        if size_average is not None or reduce is not None:
            if reduce is False:
                return "none"
            return "sum" if size_average is False else "mean"
    value = _literal_value(call.arg(index, "reduction"), "mean")
    return value if isinstance(value, str) else None


def _devices(name: str, x: TensorType, others: list[tuple[str, TensorType | None]]) -> Type:
    device = x.device
    for what, other in others:
        if other is not None:
            device = check_same_device(name, device, other.device, ("input", what))
    return device


def _promoted(codec: Codec, a: Type, b: Type) -> Type:
    """The result dtype of a loss torch computes in the promoted dtype of input and target
    (cross-entropy with probabilities, `kl_div`)."""
    na, nb = dtype_name(a), dtype_name(b)
    if na is None or nb is None or na == nb:
        return a
    return dtype_type(codec, promote_types(na, nb))


def _loss_dtype(codec: Codec, name: str, a: Type, b: Type, reduction: str | None) -> Type:
    """The result dtype of an elementwise loss of input dtype `a` and target dtype `b` (the rule:
    `elementwise_loss_dtype`). With a reduction not known, an error only if every reduction
    fails, and the dtype only if every reduction agrees."""
    na, nb = dtype_name(a), dtype_name(b)
    if na is None or nb is None:
        return codec.any()
    if reduction is not None:
        return dtype_type(codec, elementwise_loss_dtype(name, na, nb, reduction))
    answers: set[str] = set()
    failure: DTypeMismatch | None = None
    for each in ("none", "mean", "sum"):
        try:
            answers.add(elementwise_loss_dtype(name, na, nb, each))
        except DTypeMismatch as err:
            failure = err
    if not answers and failure is not None:
        raise failure
    return (
        dtype_type(codec, answers.pop()) if len(answers) == 1 and failure is None else codec.any()
    )


def _with_reduction(compute: Callable[[str], Shape], reduction: str | None) -> Shape | None:
    """The shape for a known reduction; for an unknown one, check the shapes (`'none'`) and
    leave the rank unknown."""
    if reduction is None:
        compute("none")
        return None
    return compute(reduction)


def class_loss_type(
    codec: Codec,
    name: str,
    x: TensorType,
    t: TensorType,
    w: TensorType | None,
    reduction: str | None,
) -> Type:
    """The result of `cross_entropy`/`nll_loss` (the functions and the loss modules alike);
    raises the rule's error."""
    device = _devices(name, x, [("target", t), ("weight", w)])
    if w is not None:
        check_same_dtype(name, x.dtype, w.dtype, ("input", "weight"))
    given = dtype_name(x.dtype)
    if given is not None and not is_empty(x.shape):
        check_kernel(name, given, x.shape)
    probabilities = class_target_kind(x.shape, t.shape, dtype_name(t.dtype), name)
    if given is not None and probabilities is False:
        # Class indices: torch's nll_loss checks the dtype of an empty input too.
        check_kernel(name, given, x.shape)
    dtype = _promoted(codec, x.dtype, t.dtype) if probabilities else x.dtype
    if x.shape is None or t.shape is None:
        return codec.tensor_type(device, dtype, None)
    if w is not None and w.shape is not None and x.shape:
        class_weight_shape(x.shape, w.shape, name, probabilities=probabilities)
    xs, ts = x.shape, t.shape
    if name == "cross_entropy":
        shape = _with_reduction(
            lambda r: cross_entropy_shape(xs, ts, r, probabilities=probabilities), reduction
        )
    else:
        shape = _with_reduction(lambda r: nll_loss_shape(xs, ts, r), reduction)
    return codec.tensor_type(device, dtype, shape)


def _class_loss_hook(name: str) -> Callable[[Call, Codec], Type | None]:
    """cross_entropy / nll_loss: (input, target, weight, size_average, ignore_index, reduce,
    reduction, ...)."""

    @_hook
    def hook(call: Call, codec: Codec) -> Type | None:
        x = _tensor(codec, call.arg(0, "input"))
        t = _tensor(codec, call.arg(1, "target"))
        w = _optional_tensor(codec, call.arg(2, "weight"))
        return class_loss_type(codec, name, x, t, w, effective_reduction(call, 6, (3, 5)))

    return hook


# Positions of (reduction, (size_average, reduce) or None, weights...) per elementwise loss.
_ELEMENTWISE: Final[dict[str, tuple[int, tuple[int, int] | None, tuple[tuple[str, int], ...]]]] = {
    "mse_loss": (4, (2, 3), (("weight", 5),)),
    "l1_loss": (4, (2, 3), (("weight", 5),)),
    "smooth_l1_loss": (4, (2, 3), ()),
    "huber_loss": (2, None, (("weight", 4),)),
    "binary_cross_entropy": (5, (3, 4), (("weight", 2),)),
    "binary_cross_entropy_with_logits": (5, (3, 4), (("weight", 2), ("pos_weight", 6))),
}


def elementwise_loss_type(
    codec: Codec,
    name: str,
    x: TensorType,
    t: TensorType,
    weights: list[tuple[str, TensorType | None]],
    reduction: str | None,
) -> Type:
    """The result of `mse_loss`, `binary_cross_entropy`, ... (the functions and the loss modules
    alike); raises the rule's error."""
    device = _devices(name, x, [("target", t), *weights])
    if name in EQUAL_DTYPE_LOSSES:
        dtype = check_same_dtype(name, x.dtype, t.dtype, ("input", "target"))
        given = dtype_name(dtype)
        if given is not None:
            check_kernel(name, given, x.shape)
        for what, w in weights:
            if w is not None:
                check_same_dtype(name, x.dtype, w.dtype, ("input", what))
    else:
        dtype = _loss_dtype(codec, name, x.dtype, t.dtype, reduction)
    if x.shape is None or t.shape is None:
        return codec.tensor_type(device, dtype, None)
    xs, ts = x.shape, t.shape
    shape = _with_reduction(lambda r: elementwise_loss_shape(xs, ts, r, name), reduction)
    if name.startswith("binary_cross_entropy"):
        # Weights broadcast against the (equal) input and target shapes.
        for _, w in weights:
            if w is not None and w.shape is not None:
                broadcast_shapes(xs, w.shape, op=name)
    return codec.tensor_type(device, dtype, shape)


def _elementwise_loss_hook(name: str) -> Callable[[Call, Codec], Type | None]:
    reduction_index, legacy, weight_args = _ELEMENTWISE[name]

    @_hook
    def hook(call: Call, codec: Codec) -> Type | None:
        x = _tensor(codec, call.arg(0, "input"))
        t = _tensor(codec, call.arg(1, "target"))
        weights = [(what, _optional_tensor(codec, call.arg(i, what))) for what, i in weight_args]
        reduction = effective_reduction(call, reduction_index, legacy)
        return elementwise_loss_type(codec, name, x, t, weights, reduction)

    return hook


@op(f"{LOSS}.kl_div")
@_hook
def kl_div_hook(call: Call, codec: Codec) -> Type | None:
    x = _tensor(codec, call.arg(0, "input"))
    t = _tensor(codec, call.arg(1, "target"))
    device = _devices("kl_div", x, [("target", t)])
    for tensor in (x, t):
        given = dtype_name(tensor.dtype)
        if given is not None:
            check_kernel("kl_div", given, tensor.shape)
    dtype = _promoted(codec, x.dtype, t.dtype)
    reduction = effective_reduction(call, 4, (2, 3))
    if x.shape is None or t.shape is None:
        return codec.tensor_type(device, dtype, None)
    xs, ts = x.shape, t.shape
    return codec.tensor_type(
        device, dtype, _with_reduction(lambda r: kl_div_shape(xs, ts, r), reduction)
    )


for _name in ("cross_entropy", "nll_loss"):
    op(f"{LOSS}.{_name}")(_class_loss_hook(_name))
for _name in _ELEMENTWISE:
    op(f"{LOSS}.{_name}")(_elementwise_loss_hook(_name))
