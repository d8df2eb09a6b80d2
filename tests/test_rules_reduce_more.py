"""`nansum`, `nanmean` and `count_nonzero`: dtypes exhaustively, shapes property-tested against
torch (tiny CPU tensors)."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from typedtorch._shapes import DTypeMismatch, ShapeMismatch
from typedtorch._shapes._dtypes import DTYPE_NAMES
from typedtorch._shapes._reduce import reduce_shape
from typedtorch._shapes._reduce_more import reduce_more_dtype

EXAMPLES = int(os.environ.get("TYPEDTORCH_HYPOTHESIS_EXAMPLES", "100"))
NAMES = [n for n in DTYPE_NAMES if n != "complex32"]

_OPS: dict[str, Callable[[torch.Tensor, Any, bool, Any], torch.Tensor]] = {
    "nansum": lambda x, d, k, t: x.nansum(d, k, dtype=t),
    "nanmean": lambda x, d, k, t: x.nanmean(d, k, dtype=t),
    "count_nonzero": lambda x, d, k, t: x.count_nonzero(d),
}


@pytest.mark.parametrize("op", sorted(_OPS))
def test_dtype_table(op: str) -> None:
    explicits = [None] + (NAMES if op != "count_nonzero" else [])
    for name in NAMES:
        for explicit in explicits:
            x = torch.ones(2, 2, dtype=getattr(torch, name))
            try:
                got = _OPS[op](x, None, False, explicit and getattr(torch, explicit))
            except RuntimeError:
                with pytest.raises(DTypeMismatch):
                    reduce_more_dtype(op, name, explicit, "cpu")
                    pytest.fail(f"{op}({name}, dtype={explicit}): torch raises, the rule does not")
            else:
                expected = str(got.dtype).removeprefix("torch.")
                assert reduce_more_dtype(op, name, explicit, "cpu") == expected, (name, explicit)
                if explicit is None:
                    # The function form agrees.
                    assert getattr(torch, op)(x).dtype == got.dtype


def test_complex_off_cpu() -> None:
    """Only CPU torch lacks the complex kernels: elsewhere (or unknown) the rule accepts them."""
    x = torch.ones(2, dtype=torch.complex64, device="meta")
    assert str(x.nansum().dtype) == "torch." + reduce_more_dtype("nansum", "complex64", None, None)
    assert reduce_more_dtype("nanmean", "complex64", None, "cuda") == "complex64"


shapes = st.lists(st.integers(0, 3), max_size=4).map(tuple)
dims = st.integers(-5, 5)
dim_args = st.one_of(st.none(), dims, st.lists(dims, max_size=3).map(tuple))


@settings(max_examples=EXAMPLES, deadline=None)
@given(op=st.sampled_from(sorted(_OPS)), shape=shapes, dim=dim_args, keepdim=st.booleans())
def test_shape_matches_torch(op: str, shape: tuple[int, ...], dim: Any, keepdim: bool) -> None:
    if op == "count_nonzero":
        keepdim = False
    x = torch.ones(shape)
    try:
        expected: tuple[int, ...] | None = tuple(_OPS[op](x, dim, keepdim, None).shape)
    except (IndexError, RuntimeError):
        expected = None
    if expected is None:
        with pytest.raises(ShapeMismatch):
            reduce_shape(shape, dim, keepdim, op)
    else:
        assert reduce_shape(shape, dim, keepdim, op) == expected
