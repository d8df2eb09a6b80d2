"""Reductions over empty dims, property-tested against torch (found by tests/differential:
`x.amax(0)`, `x.max(0)`, `x.argmax()` of a `[0, 3]` tensor were typed, where torch raises).

Ops that pick an element among the reduced dims (`max`, `min`, `amax`, `amin`, `argmax`,
`argmin`) raise when one of them has size 0, with a dim or without; the others (`sum`, `mean`,
`std`, `logsumexp`, `all`) give their identity or nan. (`median`/`mode`/`kthvalue` along a dim
are `_sort.select_along_shape`'s, tested in tests/test_rules_sort.py.) `logsumexp(())` without
keepdim, which torch rejects, is taken on an empty input: torch's own asymmetry, followed.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Callable
from typing import Any

import pytest
import torch
from hypothesis import example, given, settings
from hypothesis import strategies as st

from typedtorch._shapes import ShapeMismatch, sym
from typedtorch._shapes._reduce import reduce_shape

EXAMPLES = int(os.environ.get("TYPEDTORCH_HYPOTHESIS_EXAMPLES", "100"))

# Sizes 0 to 3: an empty dim is the point; small enough to be quick.
shapes = st.lists(st.integers(0, 3), max_size=4).map(tuple)
dims = st.integers(-4, 3)
dim_args = st.one_of(st.none(), dims, st.lists(dims, min_size=1, max_size=3).map(tuple))

# op -> how torch takes (dim, keepdim); None for dim means all dims.
_OPS: dict[str, Callable[[torch.Tensor, Any, bool], Any]] = {
    "sum": lambda x, d, k: x.sum(d, k) if d is not None else x.sum(),
    "mean": lambda x, d, k: x.mean(d, k) if d is not None else x.mean(),
    "std": lambda x, d, k: x.std(d, keepdim=k),
    "logsumexp": lambda x, d, k: x.logsumexp(() if d is None else d, k),
    "all": lambda x, d, k: x.all(d, k) if d is not None else x.all(),
    "amax": lambda x, d, k: x.amax(() if d is None else d, k),
    "amin": lambda x, d, k: x.amin(() if d is None else d, k),
    "max": lambda x, d, k: x.max(d, k).values if d is not None else x.max(),
    "min": lambda x, d, k: x.min(d, k).indices if d is not None else x.min(),
    "argmax": lambda x, d, k: x.argmax(d, k),
    "argmin": lambda x, d, k: x.argmin(d, k),
}
# Forms torch does not take at all (a TypeError, not a shape rule).
_INT_DIM_ONLY = {"max", "min", "argmax", "argmin"}
# Their all-dims form has no keepdim: every dim goes.
_NO_KEEPDIM_WITHOUT_DIM = {"sum", "mean", "all", "max", "min"}


def _torch_shape(run: Callable[[], Any]) -> tuple[int, ...] | None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return tuple(run().shape)
    except (RuntimeError, IndexError):
        return None


@pytest.mark.parametrize("op", sorted(_OPS))
@settings(max_examples=EXAMPLES, deadline=None)
@given(shape=shapes, dim=dim_args, keepdim=st.booleans())
@example(shape=(0, 3), dim=0, keepdim=False)
@example(shape=(0, 3), dim=None, keepdim=False)
@example(shape=(3, 0), dim=0, keepdim=True)
def test_reduce_shape_with_empty_dims_matches_torch(
    op: str, shape: tuple[int, ...], dim: int | tuple[int, ...] | None, keepdim: bool
) -> None:
    if isinstance(dim, tuple) and op in _INT_DIM_ONLY:
        return
    expected = _torch_shape(lambda: _OPS[op](torch.zeros(shape), dim, keepdim))
    if dim is None and op in _NO_KEEPDIM_WITHOUT_DIM:
        keepdim = False
    rule_dim = () if dim is None and op == "logsumexp" else dim
    if expected is None:
        with pytest.raises(ShapeMismatch):
            reduce_shape(shape, rule_dim, keepdim, op)
    else:
        assert reduce_shape(shape, rule_dim, keepdim, op) == expected


def test_empty_dim_message() -> None:
    with pytest.raises(
        ShapeMismatch,
        match=r'^"amax" expects reduction dim 0 to have non-zero size, got input \[0, 3\]$',
    ):
        reduce_shape((0, 3), 0, False, "amax")
    # A symbolic size may be 0 or not: no error (the checker cannot know).
    assert reduce_shape((sym("N"), 3), 0, False, "max") == (3,)
