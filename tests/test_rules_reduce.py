"""Reduction and dim-wise op rules, property-tested against torch.

Tiny CPU tensors, not the meta device: meta kernels skip some of the checks torch makes
(repeated dims in `norm`, dim range on zero-dim tensors, `logsumexp(())`).
"""

from __future__ import annotations

import functools
import os
import warnings
from collections.abc import Callable
from typing import Any

import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from typedtorch._shapes import ShapeMismatch, sym
from typedtorch._shapes._dtypes import DTYPE_NAMES
from typedtorch._shapes._reduce import dim_op_shape, reduce_dtype, reduce_shape

EXAMPLES = int(os.environ.get("TYPEDTORCH_HYPOTHESIS_EXAMPLES", "100"))

shapes = st.lists(st.integers(1, 4), max_size=4).map(tuple)
dims = st.integers(-5, 5)
dim_args = st.one_of(st.none(), dims, st.lists(dims, max_size=4).map(tuple))

# How each op takes (dim, keepdim) in torch; which dim forms it accepts.
_TUPLE_OPS: dict[str, Callable[[torch.Tensor, Any, bool], Any]] = {
    "sum": lambda x, d, k: x.sum(d, k),
    "mean": lambda x, d, k: x.mean(d, k),
    "amax": lambda x, d, k: x.amax(() if d is None else d, k),
    "amin": lambda x, d, k: x.amin(() if d is None else d, k),
    "std": lambda x, d, k: x.std(d, keepdim=k),
    "var": lambda x, d, k: x.var(d, keepdim=k),
    "norm": lambda x, d, k: x.norm(2, d, k),
    "logsumexp": lambda x, d, k: x.logsumexp(d, k),
    "all": lambda x, d, k: x.all(d, k),
    "any": lambda x, d, k: x.any(d, k),
}
_INT_OPS: dict[str, Callable[[torch.Tensor, Any, bool], Any]] = {
    "prod": lambda x, d, k: x.prod(d, k),
    "max": lambda x, d, k: x.max(d, k).values,
    "min": lambda x, d, k: x.min(d, k).indices,
    "argmax": lambda x, d, k: x.argmax(d, k),
    "argmin": lambda x, d, k: x.argmin(d, k),
}


def _torch_shape(run: Callable[[], Any]) -> tuple[int, ...] | None:
    try:
        return tuple(run().shape)
    except (RuntimeError, IndexError):
        return None


@pytest.mark.parametrize("op", sorted(_TUPLE_OPS))
@settings(max_examples=EXAMPLES, deadline=None)
@given(shape=shapes, dim=dim_args, keepdim=st.booleans())
def test_reduce_shape_matches_torch(
    op: str, shape: tuple[int, ...], dim: int | tuple[int, ...] | None, keepdim: bool
) -> None:
    if op == "logsumexp" and dim is None:
        dim = ()  # logsumexp has no all-dims form; () is its degenerate case
    if op == "norm" and isinstance(dim, tuple) and len(dim) == 2:
        return  # a 2-tuple makes norm a matrix norm, whose rules differ
    x = torch.zeros(shape)
    expected = _torch_shape(lambda: _TUPLE_OPS[op](x, dim, keepdim))
    if expected is None:
        with pytest.raises(ShapeMismatch):
            reduce_shape(shape, dim, keepdim, op)
    else:
        assert reduce_shape(shape, dim, keepdim, op) == expected


@pytest.mark.parametrize("op", sorted(_INT_OPS))
@settings(max_examples=EXAMPLES, deadline=None)
@given(shape=shapes, dim=dims, keepdim=st.booleans())
def test_reduce_one_dim_matches_torch(
    op: str, shape: tuple[int, ...], dim: int, keepdim: bool
) -> None:
    x = torch.zeros(shape)
    expected = _torch_shape(lambda: _INT_OPS[op](x, dim, keepdim))
    if expected is None:
        with pytest.raises(ShapeMismatch, match="Dimension out of range"):
            reduce_shape(shape, dim, keepdim, op)
    else:
        assert reduce_shape(shape, dim, keepdim, op) == expected


@pytest.mark.parametrize("op", ["softmax", "log_softmax", "cumsum", "cumprod"])
@settings(max_examples=EXAMPLES, deadline=None)
@given(shape=shapes, dim=dims)
def test_dim_op_shape_matches_torch(op: str, shape: tuple[int, ...], dim: int) -> None:
    x = torch.zeros(shape)
    expected = _torch_shape(lambda: getattr(x, op)(dim))
    if expected is None:
        with pytest.raises(ShapeMismatch, match="Dimension out of range"):
            dim_op_shape(shape, dim, op)
    else:
        assert dim_op_shape(shape, dim, op) == expected


_DTYPE_OPS: dict[str, Callable[[torch.Tensor], Any]] = {
    **{op: functools.partial(fn, d=0, k=False) for op, fn in _TUPLE_OPS.items()},
    **{op: functools.partial(fn, d=0, k=False) for op, fn in _INT_OPS.items()},
    "max": lambda x: x.max(0).values,
    "min": lambda x: x.min(0).values,
    "softmax": lambda x: x.softmax(0),
    "log_softmax": lambda x: x.log_softmax(0),
    "cumsum": lambda x: x.cumsum(0),
    "cumprod": lambda x: x.cumprod(0),
}


@pytest.mark.parametrize("op", sorted(_DTYPE_OPS))
def test_reduce_dtype_table(op: str) -> None:
    for name in DTYPE_NAMES:
        if name == "complex32":
            continue  # ComplexHalf has almost no CPU kernels
        x = torch.ones(2, 3, dtype=getattr(torch, name))
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                expected: str | None = str(_DTYPE_OPS[op](x).dtype)
        except (RuntimeError, NotImplementedError):
            expected = None
        if expected is None:
            with pytest.raises(Exception, match="Incompatible dtype") as info:
                reduce_dtype(op, name)
            assert type(info.value).__name__ == "DTypeMismatch"
        else:
            assert f"torch.{reduce_dtype(op, name)}" == expected, (op, name)


def test_symbolic_and_messages() -> None:
    b = sym("B")
    assert reduce_shape((b, 3, 4), -1, False) == (b, 3)
    assert reduce_shape((b, 3, 4), (0, 2), True) == (1, 3, 1)
    assert reduce_shape((b, 3, 4), None, False) == ()
    with pytest.raises(
        ShapeMismatch,
        match=r'^Dimension out of range for "sum": expected to be in range of \[-2, 1\], '
        r"but got 2$",
    ):
        reduce_shape((b, 3), 2, False, "sum")
    with pytest.raises(
        ShapeMismatch, match=r'^Dimension 0 appears multiple times in the list of dims for "sum"$'
    ):
        reduce_shape((b, 3), (0, -2), False, "sum")
    with pytest.raises(
        Exception,
        match=r'^Incompatible dtype for "mean": expected a floating point or complex tensor, '
        r"got int64 \(convert it with .float\(\)\)$",
    ):
        reduce_dtype("mean", "int64")
