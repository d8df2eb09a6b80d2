"""Indexing rules against torch: same shape, and an error exactly when torch raises."""

from __future__ import annotations

import os
from collections.abc import Callable

import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from typedtorch._shapes import (
    UNKNOWN,
    RuleError,
    ShapeMismatch,
    Slice,
    TensorIndex,
    gather_shape,
    index_select_shape,
    index_shape,
    narrow_shape,
    size_dim,
    sym,
)
from typedtorch._shapes._symbolic import Facts, Sym, assuming, substitute

EXAMPLES = int(os.environ.get("TYPEDTORCH_HYPOTHESIS_EXAMPLES", "80"))
B, L = sym("B"), sym("L")

shapes = st.lists(st.integers(0, 4), min_size=0, max_size=4).map(tuple)
dims = st.integers(-5, 5)
# Index tensors hold zeros, valid in any non-empty dim: torch's errors for index values out of
# range depend on the values, not the shapes, so the inputs of those tests have no empty dim.
nonempty_shapes = st.lists(st.integers(1, 4), min_size=0, max_size=4).map(tuple)


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


bounds = st.one_of(st.none(), st.integers(-6, 6))
slices = st.builds(Slice, bounds, bounds, st.one_of(st.none(), st.integers(-1, 3)))
basic_items = st.one_of(st.integers(-5, 5), slices, st.none())


@st.composite
def basic_indices(draw: st.DrawFn) -> tuple[object, ...]:
    items: list[object] = draw(st.lists(basic_items, max_size=4))
    if draw(st.booleans()):
        items.insert(draw(st.integers(0, len(items))), Ellipsis)
    return tuple(items)


def to_torch(item: object) -> object:
    if isinstance(item, Slice):
        return slice(item.start, item.stop, item.step)
    return item


@settings(max_examples=EXAMPLES * 3, deadline=None)
@given(shapes, basic_indices())
def test_basic_indexing_matches_torch(shape: tuple[int, ...], index: tuple[object, ...]) -> None:
    x = torch.empty(shape)
    agree(
        lambda: index_shape(shape, index),  # type: ignore[arg-type]
        lambda: x[tuple(to_torch(i) for i in index)],  # type: ignore[index]
    )


@settings(max_examples=EXAMPLES, deadline=None)
@given(nonempty_shapes, st.lists(basic_items, max_size=2), st.lists(st.integers(0, 3), max_size=2))
def test_one_integer_tensor_index_matches_torch(
    shape: tuple[int, ...], before: list[object], index_shape_: list[int]
) -> None:
    x = torch.empty(shape)
    idx = torch.zeros(index_shape_, dtype=torch.long)
    index = (*before, TensorIndex(tuple(index_shape_), boolean=False))
    expected_call = (*(to_torch(i) for i in before), idx)
    agree(lambda: index_shape(shape, index), lambda: x[expected_call])  # type: ignore[arg-type,index]


@settings(max_examples=EXAMPLES, deadline=None)
@given(shapes, st.lists(st.integers(0, 3), max_size=3))
def test_bool_mask_has_unknown_length(shape: tuple[int, ...], mask_shape: list[int]) -> None:
    x = torch.empty(shape)
    mask = torch.ones(mask_shape, dtype=torch.bool)
    index = (TensorIndex(tuple(mask_shape), boolean=True),)
    try:
        expected = tuple(x[mask].shape)
    except IndexError:
        with pytest.raises(RuleError):
            index_shape(shape, index)
        return
    got = index_shape(shape, index)
    assert got is not None
    assert got[0] is UNKNOWN
    assert got[1:] == expected[1:]


@settings(max_examples=EXAMPLES, deadline=None)
@given(shapes, dims)
def test_size_matches_torch(shape: tuple[int, ...], dim: int) -> None:
    x = torch.empty(shape, device="meta")
    try:
        expected = x.size(dim)
    except IndexError:
        with pytest.raises(RuleError):
            size_dim(shape, dim)
        return
    assert size_dim(shape, dim) == expected


@settings(max_examples=EXAMPLES, deadline=None)
@given(shapes, dims, st.integers(-6, 6), st.integers(-1, 6))
def test_narrow_matches_torch(shape: tuple[int, ...], dim: int, start: int, length: int) -> None:
    x = torch.empty(shape, device="meta")
    agree(lambda: narrow_shape(shape, dim, start, length), lambda: x.narrow(dim, start, length))


@settings(max_examples=EXAMPLES, deadline=None)
@given(nonempty_shapes, dims, st.lists(st.integers(1, 3), max_size=2).map(tuple))
def test_index_select_matches_torch(
    shape: tuple[int, ...], dim: int, index: tuple[int, ...]
) -> None:
    # Real (tiny) CPU tensors: the meta kernel skips some of torch's checks.
    x = torch.empty(shape)
    idx = torch.zeros(index, dtype=torch.long)
    agree(lambda: index_select_shape(shape, dim, index), lambda: x.index_select(dim, idx))


@settings(max_examples=EXAMPLES, deadline=None)
@given(nonempty_shapes, dims, st.lists(st.integers(0, 4), max_size=4).map(tuple))
def test_gather_matches_torch(shape: tuple[int, ...], dim: int, index: tuple[int, ...]) -> None:
    x = torch.empty(shape)
    idx = torch.zeros(index, dtype=torch.long)
    try:
        expected = tuple(x.gather(dim, idx).shape)
    except (RuntimeError, IndexError):
        with pytest.raises(RuleError):
            gather_shape(shape, dim, index)
        return
    assert gather_shape(shape, dim, index) == expected


# -- symbolic dims ---------------------------------------------------------------------------


def test_indexing_with_symbols() -> None:
    shape = (B, L, 3)
    assert index_shape(shape, (Slice(), 0)) == (B, 3)
    assert index_shape(shape, (Ellipsis, None)) == (B, L, 3, 1)
    assert index_shape(shape, (Slice(1, 3),)) == (UNKNOWN, L, 3)
    # L may be 0: torch gives max(L - 1, 0), so `L - 1` only once L >= 1 is a fact.
    assert index_shape(shape, (Slice(None), Slice(1, None))) == (B, UNKNOWN, 3)
    with assuming(Facts(at_least=((Sym("L"), 1),))):
        assert index_shape(shape, (Slice(None), Slice(1, None))) == (B, L - 1, 3)
        assert index_shape(shape, (Slice(None), Slice(None, -1))) == (B, L - 1, 3)
        assert index_shape(shape, (Slice(None), Slice(2, None))) == (B, UNKNOWN, 3)
    assert index_shape((L + 1,), (Slice(1, None),)) == (L,)
    assert index_shape(shape, (Slice(None), Slice(UNKNOWN, None))) == (B, UNKNOWN, 3)
    assert index_shape(shape, (5,)) == (L, 3)
    assert index_shape(shape, (UNKNOWN,)) == (L, 3)
    assert index_shape(shape, (Slice(), UNKNOWN, None)) == (B, 1, 3)


@settings(max_examples=EXAMPLES, deadline=None)
@given(
    size=st.integers(0, 6),
    start=st.one_of(st.none(), st.integers(0, 4)),
    stop=st.one_of(st.none(), st.integers(-4, -1)),
    at_least=st.integers(0, 4),
)
def test_symbolic_slices_agree_with_torch(
    size: int, start: int | None, stop: int | None, at_least: int
) -> None:
    """`x[a:]`, `x[:-b]`, `x[a:-b]` of a symbolic dim, with `H >= k` assumed when the run's
    size satisfies it: the length is torch's for that size, or unknown."""
    facts = Facts(at_least=((Sym("H"), at_least),)) if 0 < at_least <= size else Facts()
    with assuming(facts):
        result = index_shape((sym("H"),), (Slice(start, stop),))
    assert result is not None
    (length,) = result
    if length is UNKNOWN:
        return
    expected = len(torch.zeros(size)[start:stop])
    assert substitute(length, {Sym("H"): size}) == expected


def test_indexing_messages() -> None:
    with pytest.raises(
        ShapeMismatch, match=r"^Index 5 is out of bounds for dimension 2 with size 3$"
    ):
        index_shape((B, L, 3), (Ellipsis, 5))
    with pytest.raises(ShapeMismatch, match=r"Too many indices for tensor of dimension 2"):
        index_shape((B, 3), (0, 0, 0))
    with pytest.raises(ShapeMismatch, match=r"Slice step must be greater than zero, got -1"):
        index_shape((B, 3), (Slice(None, None, -1),))


def test_size_of_symbolic_dims() -> None:
    assert size_dim((B, 20), 0) == B
    assert size_dim((B, 20), -1) == 20
    with pytest.raises(
        ShapeMismatch,
        match=r'Dimension out of range for "size": expected to be in range of \[-2, 1\], but got 2',
    ):
        size_dim((B, 20), 2)


def test_narrow_and_gather_with_symbols() -> None:
    assert narrow_shape((B, 10), 1, 2, 5) == (B, 5)
    assert narrow_shape((B, 10), 0, 2, 5) == (5, 10)
    with pytest.raises(ShapeMismatch, match=r"start \(8\) \+ length \(5\) exceeds dimension 1"):
        narrow_shape((B, 10), 1, 8, 5)
    assert gather_shape((B, 10), 1, (B, 3)) == (B, 3)
    with pytest.raises(ShapeMismatch, match=r'"gather" expects an index with as many dims'):
        gather_shape((B, 10), 1, (B,))
