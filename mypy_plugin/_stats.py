"""Hooks for sampling, counting and comparing whole tensors: `multinomial`, `histc`, `bincount`,
`isclose`, `allclose`, `equal`.

The rules are in `typedtorch._shapes._stats` and `_compare`. `allclose` and `equal` return a
Python bool: their hooks check the call and leave the stub's `bool`.
"""

from __future__ import annotations

from mypy.types import Type

from typedtorch._shapes import (
    UNKNOWN,
    bincount_dtype,
    bincount_shape,
    histc_dtype,
    histc_shape,
    isclose_dtype,
    isclose_shape,
    multinomial_dtype,
    multinomial_shape,
)

from ._args import (
    bool_value,
    by_rule,
    common_device,
    dim_value,
    fixed_dtype,
    given,
    number_at,
    tensor_at,
)
from ._calls import Call
from ._codec import TENSOR, Codec
from ._kinds import check_same_device, dtype_name, dtype_type
from ._registry import OpHook, op
from ._reshape import receiver


@op(f"{TENSOR}.multinomial")
def _multinomial(call: Call, codec: Codec) -> Type | None:
    x = receiver(call, codec)
    if x is None or call.arg(0, "num_samples") is None:
        return None
    samples = dim_value(call, codec, 0, "num_samples", UNKNOWN)
    replacement = bool_value(call, 1, "replacement", False)
    dtype = fixed_dtype(codec, x.dtype, multinomial_dtype, "int64")
    if x.shape is None:
        return codec.tensor_type(x.device, dtype, None)
    if replacement is None:
        # Without replacement the draw is checked against the categories too: check only
        # what both allow.
        shape = multinomial_shape(x.shape, samples, True)
    else:
        shape = multinomial_shape(x.shape, samples, replacement)
    return codec.tensor_type(x.device, dtype, shape)


@op(f"{TENSOR}.histc")
def _histc(call: Call, codec: Codec) -> Type | None:
    x = receiver(call, codec)
    if x is None:
        return None
    bins = dim_value(call, codec, 0, "bins", 100) if given(call, 0, "bins") else 100
    low = number_at(call, 1, "min", 0.0)
    high = number_at(call, 2, "max", 0.0)
    dtype = by_rule(codec, x.dtype, histc_dtype)
    if low is None or high is None:
        low = high = 0.0  # bounds not known: only the bins are checked
    return codec.tensor_type(x.device, dtype, histc_shape(x.shape or (), bins, low, high))


@op(f"{TENSOR}.bincount")
def _bincount(call: Call, codec: Codec) -> Type | None:
    x = receiver(call, codec)
    if x is None:
        return None
    weights = tensor_at(call, codec, 0, "weights")
    if given(call, 0, "weights") and weights is None:
        return None
    device = common_device("bincount", ("input", x), [("weights", weights)])
    minlength = dim_value(call, codec, 1, "minlength", 0) if given(call, 1, "minlength") else 0
    x_name = dtype_name(x.dtype)
    w_name = dtype_name(weights.dtype) if weights is not None else None
    if x_name is not None and (weights is None or w_name is not None):
        dtype = dtype_type(codec, bincount_dtype(x_name, w_name))
    elif weights is None:
        dtype = dtype_type(codec, "int64")
    else:
        dtype = codec.any()
    if x.shape is None or (weights is not None and weights.shape is None):
        return codec.tensor_type(device, dtype, (UNKNOWN,))
    return codec.tensor_type(
        device, dtype, bincount_shape(x.shape, weights.shape if weights else None, minlength)
    )


def _close(op_name: str) -> OpHook:
    def hook(call: Call, codec: Codec) -> Type | None:
        x = receiver(call, codec)
        other = tensor_at(call, codec, 0, "other")
        if x is None or other is None:
            return None
        device = check_same_device(op_name, x.device, other.device, ("input", "other"))
        names = dtype_name(x.dtype), dtype_name(other.dtype)
        if names[0] is not None and names[1] is not None:
            isclose_dtype(names[0], names[1], op_name)
        shape = (
            None
            if x.shape is None or other.shape is None
            else isclose_shape(x.shape, other.shape, op_name)
        )
        if op_name == "allclose":
            return None  # a Python bool: the stub says so
        return codec.tensor_type(device, dtype_type(codec, "bool"), shape)

    return hook


op(f"{TENSOR}.isclose")(_close("isclose"))
op(f"{TENSOR}.allclose")(_close("allclose"))


@op(f"{TENSOR}.equal")
def _equal(call: Call, codec: Codec) -> Type | None:
    x = receiver(call, codec)
    other = tensor_at(call, codec, 0, "other")
    if x is not None and other is not None:
        check_same_device("equal", x.device, other.device, ("input", "other"))
    return None  # a Python bool, for any two shapes
