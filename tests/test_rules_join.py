"""Join/split rules against torch: same shapes, and an error exactly when torch raises."""

from __future__ import annotations

import os

import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from typedtorch._shapes import (
    UNKNOWN,
    Pieces,
    RuleError,
    ShapeMismatch,
    UnprovenShape,
    cat_shape,
    chunk_shapes,
    split_shapes,
    stack_shape,
    sym,
    unbind_shapes,
)

EXAMPLES = int(os.environ.get("TYPEDTORCH_HYPOTHESIS_EXAMPLES", "80"))
B, H = sym("B"), sym("H")

small = st.integers(0, 3)
shapes = st.lists(small, min_size=0, max_size=3).map(tuple)
dims = st.integers(-4, 4)


def meta(shape: tuple[int, ...]) -> torch.Tensor:
    return torch.empty(shape, device="meta")


@st.composite
def related_shapes(draw: st.DrawFn) -> list[tuple[int, ...]]:
    """Shapes that often agree except in one dim, sometimes not at all."""
    base = draw(shapes)
    out = []
    for _ in range(draw(st.integers(0, 3))):
        s = list(base)
        if s and draw(st.booleans()):
            s[draw(st.integers(0, len(s) - 1))] = draw(small)
        if draw(st.integers(0, 9)) == 0:
            s = list(draw(shapes))
        out.append(tuple(s))
    return out


def torch_pieces(parts: tuple[torch.Tensor, ...]) -> tuple[tuple[int, ...], ...]:
    return tuple(tuple(p.shape) for p in parts)


@settings(max_examples=EXAMPLES * 2, deadline=None)
@given(related_shapes(), dims)
def test_cat_matches_torch(shapes_: list[tuple[int, ...]], dim: int) -> None:
    tensors = [meta(s) for s in shapes_]
    try:
        expected = tuple(torch.cat(tensors, dim).shape)
    except (RuntimeError, IndexError, ValueError):
        with pytest.raises(RuleError):
            cat_shape(shapes_, dim)
        return
    assert cat_shape(shapes_, dim) == expected


@settings(max_examples=EXAMPLES * 2, deadline=None)
@given(related_shapes(), dims)
def test_stack_matches_torch(shapes_: list[tuple[int, ...]], dim: int) -> None:
    tensors = [meta(s) for s in shapes_]
    try:
        expected = tuple(torch.stack(tensors, dim).shape)
    except (RuntimeError, IndexError, ValueError):
        with pytest.raises(RuleError):
            stack_shape(shapes_, dim)
        return
    assert stack_shape(shapes_, dim) == expected


def check_pieces(pieces: Pieces, expected: tuple[tuple[int, ...], ...]) -> None:
    assert pieces.shapes == expected
    for i, d in enumerate(pieces.common):
        assert d is UNKNOWN or all(s[i] == d for s in expected)


@settings(max_examples=EXAMPLES, deadline=None)
@given(
    st.lists(st.integers(0, 5), min_size=0, max_size=3).map(tuple),
    st.one_of(st.integers(-1, 4), st.lists(st.integers(-1, 4), max_size=3)),
    dims,
)
def test_split_matches_torch(shape: tuple[int, ...], split: int | list[int], dim: int) -> None:
    try:
        expected = torch_pieces(meta(shape).split(split, dim))
    except (RuntimeError, IndexError, ValueError):
        with pytest.raises(RuleError):
            split_shapes(shape, split, dim)
        return
    check_pieces(split_shapes(shape, split, dim), expected)


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.lists(st.integers(0, 7), min_size=0, max_size=3).map(tuple), st.integers(-1, 5), dims)
def test_chunk_matches_torch(shape: tuple[int, ...], chunks: int, dim: int) -> None:
    try:
        expected = torch_pieces(meta(shape).chunk(chunks, dim))
    except (RuntimeError, IndexError, ValueError):
        with pytest.raises(RuleError):
            chunk_shapes(shape, chunks, dim)
        return
    check_pieces(chunk_shapes(shape, chunks, dim), expected)


@settings(max_examples=EXAMPLES, deadline=None)
@given(shapes, dims)
def test_unbind_matches_torch(shape: tuple[int, ...], dim: int) -> None:
    try:
        expected = torch_pieces(meta(shape).unbind(dim))
    except (RuntimeError, IndexError, ValueError):
        with pytest.raises(RuleError):
            unbind_shapes(shape, dim)
        return
    check_pieces(unbind_shapes(shape, dim), expected)


# -- symbolic dims ---------------------------------------------------------------------------


def test_cat_adds_symbolic_dims() -> None:
    assert cat_shape([(B, 3), (B, 4)], 1) == (B, 7)
    assert cat_shape([(B, 3), (H, 3)], 0) == (B + H, 3)
    with pytest.raises(
        UnprovenShape,
        match=r'^Sizes of tensors must match except in dimension 1 for "cat": tensor 0 is \[B, 3\] '
        r"and tensor 1 is \[4, 3\], dimension 0 has sizes B and 4 \(cannot prove",
    ):
        cat_shape([(B, 3), (4, 3)], 1)
    with pytest.raises(UnprovenShape):
        cat_shape([(B, 3), (H, 3)], 1)


def test_stack_adds_a_dim() -> None:
    assert stack_shape([(B, 3), (B, 3)], 1) == (B, 2, 3)
    assert stack_shape([(B, 3)] * 3, -1) == (B, 3, 3)
    with pytest.raises(ShapeMismatch, match=r'"stack" expects each tensor to be equal size'):
        stack_shape([(B, 3), (B, 4)])


def test_split_and_chunk_with_symbols() -> None:
    assert split_shapes((B, 10), 4, 1).shapes == ((B, 4), (B, 4), (B, 2))
    assert split_shapes((B, 10), [3, 7], 1).shapes == ((B, 3), (B, 7))
    parts = split_shapes((B, 10), 4, 0)
    assert parts.shapes is None
    assert parts.common == (UNKNOWN, 10)
    assert chunk_shapes((2 * B, 3), 2).shapes == ((B, 3), (B, 3))
    assert chunk_shapes((B, 3), 2).shapes is None
    with pytest.raises(ShapeMismatch, match=r'"split" sizes \[3, 6\] must add up to the size'):
        split_shapes((B, 10), [3, 6], 1)


def test_unbind_with_symbols() -> None:
    assert unbind_shapes((B, 2), 1).shapes == ((B,), (B,))
    pieces = unbind_shapes((B, 2), 0)
    assert pieces.shapes is None
    assert pieces.common == (2,)
