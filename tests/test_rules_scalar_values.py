"""`x // 0`, `x % 0`, `x ** -n` on integer tensors: the rule raises exactly where torch does."""

from __future__ import annotations

import operator

import pytest
import torch
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from typedtorch._shapes import DTypeMismatch
from typedtorch._shapes._scalar_values import integer_scalar_check

_DTYPES = [
    "bool",
    "uint8",
    "int8",
    "int16",
    "int32",
    "int64",
    "float16",
    "float32",
    "float64",
    "complex64",
]
_OPS = {
    "floor_divide": operator.floordiv,
    "remainder": operator.mod,
    "pow": operator.pow,
    "div(rounding_mode='floor')": lambda x, v: torch.div(x, v, rounding_mode="floor"),
    "div(rounding_mode='trunc')": lambda x, v: torch.div(x, v, rounding_mode="trunc"),
}


def _torch_raises(op_name: str, dtype: str, value: int | bool, shape: tuple[int, ...]) -> bool:
    x = torch.ones(shape, dtype=getattr(torch, dtype))
    try:
        _OPS[op_name](x, value)
    except (RuntimeError, NotImplementedError):
        return True
    return False


@settings(max_examples=400, deadline=None)
@given(
    st.sampled_from(sorted(_OPS)),
    st.sampled_from(_DTYPES),
    st.integers(-3, 3),
    st.lists(st.integers(0, 2), max_size=3).map(tuple),
)
def test_matches_torch(op_name: str, dtype: str, value: int, shape: tuple[int, ...]) -> None:
    # Only the value's effect: an op with no kernel for the dtype (complex `//`) is another rule.
    assume(not _torch_raises(op_name, dtype, 2, shape))
    raises = _torch_raises(op_name, dtype, value, shape)
    if raises:
        with pytest.raises(DTypeMismatch):
            integer_scalar_check(op_name, dtype, value, shape)
    else:
        integer_scalar_check(op_name, dtype, value, shape)


def test_unknown_shape_is_not_reported() -> None:
    integer_scalar_check("floor_divide", "int64", 0, None)
    with pytest.raises(DTypeMismatch, match="negative integer powers"):
        integer_scalar_check("pow", "int64", -1, None)
