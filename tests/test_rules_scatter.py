"""Scatter and index-write rules (`scatter`, `scatter_add`, `scatter_reduce`, `index_add`,
`index_copy`, `index_fill`) against torch: the input's shape, and an error exactly when torch
raises.

Indices are zeros: valid in any non-empty dim, so the inputs' dims are non-empty (torch's errors
for index values out of range depend on the values, not on the shapes).
"""

from __future__ import annotations

import os
from collections.abc import Callable

import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from typedtorch._shapes import (
    ShapeMismatch,
    UnprovenShape,
    index_add_shape,
    index_copy_shape,
    index_fill_shape,
    scatter_shape,
    sym,
)

EXAMPLES = int(os.environ.get("TYPEDTORCH_HYPOTHESIS_EXAMPLES", "100"))
B, N = sym("B"), sym("N")

inputs = st.lists(st.integers(1, 3), max_size=3).map(tuple)
others = st.lists(st.integers(0, 3), max_size=3).map(tuple)
dims = st.integers(-4, 4)


def agree(rule: Callable[[], object], op: Callable[[], torch.Tensor]) -> None:
    """The rule raises exactly when torch does, and otherwise gives torch's shape."""
    try:
        expected = tuple(op().shape)
    except (RuntimeError, IndexError, ValueError) as err:
        with pytest.raises(ShapeMismatch):
            rule()
        assert str(err)
        return
    assert rule() == expected


@st.composite
def related(draw: st.DrawFn, base: tuple[int, ...]) -> tuple[int, ...]:
    """A shape near `base` (often equal in rank): the interesting cases of a scatter."""
    if draw(st.booleans()):
        return draw(others)
    return tuple(draw(st.integers(max(d - 1, 0), d + 1)) for d in base)


@pytest.mark.parametrize("op", ["scatter", "scatter_add", "scatter_reduce", "scatter_value"])
@settings(max_examples=EXAMPLES, deadline=None)
@given(shape=inputs, dim=dims, data=st.data())
def test_scatter_matches_torch(
    op: str, shape: tuple[int, ...], dim: int, data: st.DataObject
) -> None:
    index = data.draw(related(shape))
    src = data.draw(related(index))
    x, idx, s = torch.zeros(shape), torch.zeros(index, dtype=torch.long), torch.zeros(src)
    call: dict[str, Callable[[], torch.Tensor]] = {
        "scatter": lambda: x.scatter(dim, idx, s),
        "scatter_add": lambda: x.scatter_add(dim, idx, s),
        "scatter_reduce": lambda: x.scatter_reduce(dim, idx, s, "amax"),
        "scatter_value": lambda: x.scatter(dim, idx, 1.0),
    }
    name = "scatter" if op == "scatter_value" else op
    agree(
        lambda: scatter_shape(shape, dim, index, None if op == "scatter_value" else src, name),
        call[op],
    )


@pytest.mark.parametrize("op", ["index_add", "index_copy"])
@settings(max_examples=EXAMPLES * 2, deadline=None)
@given(shape=inputs, dim=dims, data=st.data())
def test_index_add_and_copy_match_torch(
    op: str, shape: tuple[int, ...], dim: int, data: st.DataObject
) -> None:
    index = data.draw(st.lists(st.integers(0, 3), max_size=2).map(tuple))
    source = data.draw(related(shape))
    x, idx, s = torch.zeros(shape), torch.zeros(index, dtype=torch.long), torch.zeros(source)
    rule = index_add_shape if op == "index_add" else index_copy_shape
    agree(lambda: rule(shape, dim, index, source), lambda: getattr(x, op)(dim, idx, s))


@settings(max_examples=EXAMPLES, deadline=None)
@given(inputs, dims, st.lists(st.integers(0, 3), max_size=2).map(tuple), st.none() | others)
def test_index_fill_matches_torch(
    shape: tuple[int, ...], dim: int, index: tuple[int, ...], value: tuple[int, ...] | None
) -> None:
    x, idx = torch.zeros(shape), torch.zeros(index, dtype=torch.long)
    fill = 1.0 if value is None else torch.zeros(value)
    agree(lambda: index_fill_shape(shape, dim, index, value), lambda: x.index_fill(dim, idx, fill))


def test_symbolic_and_messages() -> None:
    assert scatter_shape((B, N), 1, (B, 3), (B, 3)) == (B, N)
    assert index_add_shape((B, N), 0, (5,), (5, N)) == (B, N)
    assert index_copy_shape((B, N), 1, (N,), (B, N)) == (B, N)
    with pytest.raises(
        ShapeMismatch,
        match=r'^"scatter_add" index \[B, 4\] is larger than src \[B, 3\] at dimension 1: 4 > 3$',
    ):
        scatter_shape((B, 8), 1, (B, 4), (B, 3), "scatter_add")
    with pytest.raises(
        ShapeMismatch,
        match=r'^Incompatible shapes for "index_add": 2 indices but source \[B, 3\] has 3 '
        r"entries along dimension 1$",
    ):
        index_add_shape((B, 4), -1, (2,), (B, 3))
    with pytest.raises(UnprovenShape, match=r"must match the input \[B, 4\] in every dimension"):
        index_copy_shape((B, 4), 1, (2,), (N, 2))
    with pytest.raises(ShapeMismatch, match=r'^"index_fill" expects a 0-dim or 1-D index'):
        index_fill_shape((B, 4), 0, (2, 1))
