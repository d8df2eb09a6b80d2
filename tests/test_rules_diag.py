"""Diagonal and triangle rules (`diag`, `diagonal`, `diag_embed`, `tril`/`triu`, `trace`,
`block_diag`) against torch: same shape, an error exactly when torch raises, and the dtypes."""

from __future__ import annotations

import os
from collections.abc import Callable

import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from typedtorch._shapes import (
    UNKNOWN,
    DTypeMismatch,
    RuleError,
    ShapeMismatch,
    block_diag_dtype,
    block_diag_shape,
    diag_embed_shape,
    diag_shape,
    diagonal_shape,
    sym,
    trace_dtype,
    trace_shape,
    triangle_shape,
)
from typedtorch._shapes._dtypes import DTYPE_NAMES

EXAMPLES = int(os.environ.get("TYPEDTORCH_HYPOTHESIS_EXAMPLES", "100"))
B, N = sym("B"), sym("N")

shapes = st.lists(st.integers(0, 4), max_size=4).map(tuple)
dims = st.integers(-5, 4)
offsets = st.integers(-5, 5)
DTYPES = [d for d in DTYPE_NAMES if d != "complex32"]


def agree(rule: Callable[[], object], op: Callable[[], torch.Tensor]) -> None:
    """The rule raises exactly when torch does, and otherwise gives torch's shape."""
    try:
        expected = tuple(op().shape)
    except (RuntimeError, IndexError, ValueError) as err:
        with pytest.raises(RuleError):
            rule()
        assert str(err)
        return
    assert rule() == expected


@settings(max_examples=EXAMPLES, deadline=None)
@given(shapes, offsets)
def test_diag_matches_torch(shape: tuple[int, ...], offset: int) -> None:
    agree(lambda: diag_shape(shape, offset), lambda: torch.diag(torch.zeros(shape), offset))


@settings(max_examples=EXAMPLES, deadline=None)
@given(shapes, offsets, dims, dims)
def test_diagonal_matches_torch(shape: tuple[int, ...], offset: int, d1: int, d2: int) -> None:
    x = torch.zeros(shape)
    agree(lambda: diagonal_shape(shape, offset, d1, d2), lambda: x.diagonal(offset, d1, d2))


@settings(max_examples=EXAMPLES, deadline=None)
@given(shapes, offsets, dims, dims)
def test_diag_embed_matches_torch(shape: tuple[int, ...], offset: int, d1: int, d2: int) -> None:
    x = torch.zeros(shape)
    agree(
        lambda: diag_embed_shape(shape, offset, d1, d2),
        lambda: torch.diag_embed(x, offset, d1, d2),
    )


@pytest.mark.parametrize("op", ["tril", "triu"])
@settings(max_examples=EXAMPLES, deadline=None)
@given(shape=shapes, offset=offsets)
def test_triangles_match_torch(op: str, shape: tuple[int, ...], offset: int) -> None:
    x = torch.zeros(shape)
    agree(lambda: triangle_shape(shape, op), lambda: getattr(torch, op)(x, offset))


@settings(max_examples=EXAMPLES, deadline=None)
@given(shapes)
def test_trace_matches_torch(shape: tuple[int, ...]) -> None:
    agree(lambda: trace_shape(shape), lambda: torch.trace(torch.zeros(shape)))


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.lists(st.lists(st.integers(0, 3), max_size=3).map(tuple), max_size=3))
def test_block_diag_matches_torch(tensors: list[tuple[int, ...]]) -> None:
    agree(
        lambda: block_diag_shape(tensors),
        lambda: torch.block_diag(*(torch.zeros(t) for t in tensors)),
    )


def test_dtype_tables() -> None:
    for name in DTYPES:
        x = torch.ones(2, 2, dtype=getattr(torch, name))
        try:
            expected: str | None = str(torch.trace(x).dtype)
        except (RuntimeError, NotImplementedError):
            expected = None
        if expected is None:
            with pytest.raises(DTypeMismatch, match='Incompatible dtype for "trace"'):
                trace_dtype(name)
        else:
            assert f"torch.{trace_dtype(name)}" == expected, name
        for other in DTYPES:
            y = torch.ones(2, dtype=getattr(torch, other))
            got = block_diag_dtype([name, other])
            assert f"torch.{got}" == str(torch.block_diag(x, y).dtype), (name, other)
        assert f"torch.{block_diag_dtype([name])}" == str(torch.block_diag(x).dtype)
    assert f"torch.{block_diag_dtype([])}" == str(torch.block_diag().dtype)


def test_symbolic_and_messages() -> None:
    assert diag_shape((N,), 1) == (N + 1, N + 1)
    assert diag_shape((N, N + 2)) == (N,)
    assert diag_shape((N, N + 2), 1) == (N,)
    assert diag_shape((N, N + 2), 3) == (N - 1,)
    assert diag_shape((B, N)) == (UNKNOWN,)
    assert diagonal_shape((B, N, N), 0, 1, 2) == (B, N)
    assert diag_embed_shape((B, N)) == (B, N, N)
    assert triangle_shape((B, N, N), "triu") == (B, N, N)
    assert block_diag_shape([(B, N), (3,), ()]) == (B + 2, N + 4)
    with pytest.raises(ShapeMismatch, match=r'^"diag" expects a 1-D or 2-D input, got 3-D input'):
        diag_shape((B, N, 2))
    with pytest.raises(
        ShapeMismatch, match=r'^"diagonal": dim1 and dim2 cannot be the same dimension, got 1, -1$'
    ):
        diagonal_shape((B, N), 0, 1, -1)
    with pytest.raises(
        ShapeMismatch,
        match=r'^"tril" expects an input with at least 2 dimensions, got 1-D input \[N\]$',
    ):
        triangle_shape((N,))
    with pytest.raises(ShapeMismatch, match=r'^"trace" expects a 2-D input \(a matrix\), got 3-D'):
        trace_shape((B, N, N))
