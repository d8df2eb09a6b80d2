"""Sampling, counting, closeness and `new_*` rules (`multinomial`, `histc`, `bincount`,
`isclose`/`allclose`/`equal`, `new_zeros`/`new_ones`/`new_full`/`new_empty`) against torch:
same shape, an error exactly when torch raises, and the dtypes."""

from __future__ import annotations

import os
import warnings
from collections.abc import Callable
from typing import Any

import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from typedtorch._shapes import (
    UNKNOWN,
    DTypeMismatch,
    RuleError,
    ShapeMismatch,
    UnprovenShape,
    bincount_dtype,
    bincount_shape,
    equal_shape,
    histc_dtype,
    histc_shape,
    isclose_dtype,
    isclose_shape,
    multinomial_dtype,
    multinomial_shape,
    size_shape,
    sym,
)
from typedtorch._shapes._dtypes import DTYPE_NAMES

EXAMPLES = int(os.environ.get("TYPEDTORCH_HYPOTHESIS_EXAMPLES", "100"))
B, N = sym("B"), sym("N")

shapes = st.lists(st.integers(0, 3), max_size=3).map(tuple)
DTYPES = [d for d in DTYPE_NAMES if d != "complex32"]


def agree(rule: Callable[[], object], op: Callable[[], Any]) -> None:
    """The rule raises exactly when torch does, and otherwise gives torch's shape."""
    try:
        result = op()
    except (RuntimeError, IndexError, ValueError) as err:
        with pytest.raises(RuleError):
            rule()
        assert str(err)
        return
    assert rule() == (tuple(result.shape) if isinstance(result, torch.Tensor) else ())


@settings(max_examples=EXAMPLES, deadline=None)
@given(shapes, st.integers(-1, 4), st.booleans())
def test_multinomial_matches_torch(shape: tuple[int, ...], n: int, replacement: bool) -> None:
    probs = torch.ones(shape)
    agree(
        lambda: multinomial_shape(shape, n, replacement),
        lambda: torch.multinomial(probs, n, replacement),
    )


@settings(max_examples=EXAMPLES, deadline=None)
@given(shapes, st.integers(-1, 4), st.sampled_from([(0, 0), (0, 1), (1, 0), (-1, 1), (2, 2)]))
def test_histc_matches_torch(shape: tuple[int, ...], bins: int, bounds: tuple[int, int]) -> None:
    lo, hi = bounds
    agree(
        lambda: histc_shape(shape, bins, lo, hi),
        lambda: torch.histc(torch.zeros(shape), bins, lo, hi),
    )


@settings(max_examples=EXAMPLES, deadline=None)
@given(shapes, st.none() | shapes, st.integers(-1, 4))
def test_bincount_matches_torch(
    shape: tuple[int, ...], weights: tuple[int, ...] | None, minlength: int
) -> None:
    x = torch.zeros(shape, dtype=torch.long)
    w = None if weights is None else torch.ones(weights)
    try:
        expected: tuple[int, ...] | None = tuple(torch.bincount(x, w, minlength).shape)
    except RuntimeError:
        expected = None
    if expected is None:
        with pytest.raises(ShapeMismatch):
            bincount_shape(shape, weights, minlength)
        return
    got = bincount_shape(shape, weights, minlength)
    # The length is data (here zeros: max(1, minlength)), except for an empty input.
    assert got == (expected if shape == (0,) else (UNKNOWN,))


@settings(max_examples=EXAMPLES, deadline=None)
@given(shapes, shapes)
def test_closeness_matches_torch(a: tuple[int, ...], b: tuple[int, ...]) -> None:
    x, y = torch.zeros(a), torch.zeros(b)
    agree(lambda: isclose_shape(a, b), lambda: torch.isclose(x, y))
    agree(lambda: isclose_shape(a, b, "allclose"), lambda: torch.allclose(x, y))
    agree(lambda: equal_shape(a, b), lambda: torch.equal(x, y))


@pytest.mark.parametrize("op", ["new_zeros", "new_ones", "new_empty", "new_full"])
@settings(max_examples=EXAMPLES, deadline=None)
@given(size=st.lists(st.integers(-1, 3), max_size=3))
def test_new_factories_use_size_shape(op: str, size: list[int]) -> None:
    x = torch.zeros(2)
    args = (size, 1.0) if op == "new_full" else (size,)
    agree(lambda: size_shape(op, size), lambda: getattr(x, op)(*args))


def _torch_dtype(fn: Callable[..., Any], *args: Any) -> str | None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # complex weights of bincount are cast to float64
            return str(fn(*args).dtype).removeprefix("torch.")
    except (RuntimeError, NotImplementedError):
        return None


def _check_table(expected: str | None, rule: Callable[..., str], *args: str) -> None:
    if expected is None:
        with pytest.raises(DTypeMismatch):
            rule(*args)
    else:
        assert rule(*args) == expected, args


def test_dtype_tables() -> None:
    index = torch.ones(3, dtype=torch.long)
    for name in DTYPES:
        x = torch.ones(3, dtype=getattr(torch, name))
        _check_table(_torch_dtype(torch.multinomial, x, 1), multinomial_dtype, name)
        _check_table(_torch_dtype(torch.histc, x), histc_dtype, name)
        _check_table(_torch_dtype(torch.bincount, x), bincount_dtype, name)
        _check_table(_torch_dtype(torch.bincount, index, x), bincount_dtype, "int64", name)
        for other in DTYPES:
            y = torch.ones(3, dtype=getattr(torch, other))
            _check_table(_torch_dtype(torch.isclose, x, y), isclose_dtype, name, other)


def test_symbolic_and_messages() -> None:
    assert multinomial_shape((B, N), 5, True) == (B, 5)
    assert multinomial_shape((B, N), N) == (B, N)
    assert histc_shape((B, N), N) == (N,)
    assert bincount_shape((N,), (N,)) == (UNKNOWN,)
    assert isclose_shape((B, 1), (N,)) == (B, N)
    assert isclose_shape((B, 1), (N,), "allclose") == ()
    assert equal_shape((B,), (N, 3)) == ()
    with pytest.raises(
        ShapeMismatch,
        match=r'^"multinomial" cannot draw 5 samples without replacement from 4 categories '
        r"\(the last dim of input \[B, 4\]\)$",
    ):
        multinomial_shape((B, 4), 5)
    with pytest.raises(UnprovenShape, match=r'"bincount": weights must be 1-D with the length'):
        bincount_shape((N,), (B,))
    with pytest.raises(
        DTypeMismatch, match=r'^Incompatible dtypes for "isclose": input is float32 and other is'
    ):
        isclose_dtype("float32", "float64")
