"""`x.view(dtype)` and the float-valued unary functions' dtypes against torch: same shape, an
error exactly when torch raises, and the dtype torch gives."""

from __future__ import annotations

import os

import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from typedtorch._shapes import DTypeMismatch, RuleError, ShapeMismatch, UnprovenShape, sym
from typedtorch._shapes._dtypes import DTYPE_NAMES
from typedtorch._shapes._retype import FLOAT_UNARY, unary_float_dtype, view_dtype_shape

EXAMPLES = int(os.environ.get("TYPEDTORCH_HYPOTHESIS_EXAMPLES", "100"))
DTYPES = [d for d in DTYPE_NAMES if d != "complex32"]

shapes = st.lists(st.integers(0, 9), max_size=3).map(tuple)


@settings(max_examples=EXAMPLES, deadline=None)
@given(shapes, st.sampled_from(DTYPES), st.sampled_from(DTYPES))
def test_view_dtype_matches_torch(shape: tuple[int, ...], dtype: str, to: str) -> None:
    x = torch.zeros(shape, dtype=getattr(torch, dtype))
    try:
        result = x.view(getattr(torch, to))
    except RuntimeError:
        with pytest.raises(RuleError):
            view_dtype_shape(shape, dtype, to)
        return
    assert view_dtype_shape(shape, dtype, to) == tuple(result.shape)


def test_view_dtype_symbolic() -> None:
    b, n = sym("B"), sym("N")
    assert view_dtype_shape((b, n), "float32", "int32") == (b, n)
    assert view_dtype_shape((b, n), "float32", "uint8") == (b, 4 * n)
    assert view_dtype_shape((b, 2 * n), "float32", "float64") == (b, n)
    with pytest.raises(UnprovenShape, match="divisible by 2 .cannot prove it divides"):
        view_dtype_shape((b, n), "float32", "float64")
    with pytest.raises(ShapeMismatch, match=r'^"view" cannot view float32 input \[B, 3\] as'):
        view_dtype_shape((b, 3), "float32", "float64")
    with pytest.raises(ShapeMismatch, match="0-dim float32 tensor as int8"):
        view_dtype_shape((), "float32", "int8")


@pytest.mark.parametrize("op", sorted(FLOAT_UNARY))
def test_unary_float_dtype_table(op: str) -> None:
    for name in DTYPES:
        x = torch.ones(2, dtype=getattr(torch, name))
        try:
            expected = str(getattr(torch, op)(x).dtype).removeprefix("torch.")
        except (RuntimeError, NotImplementedError):
            with pytest.raises(DTypeMismatch, match=f'^Incompatible dtype for "{op}"'):
                unary_float_dtype(op, name)
            continue
        assert unary_float_dtype(op, name) == expected, (op, name)
