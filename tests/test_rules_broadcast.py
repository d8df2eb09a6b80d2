"""`broadcast_shapes` and the elementwise shape rules, property-tested against torch."""

from __future__ import annotations

import os

import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from typedtorch._shapes import (
    RuleError,
    ShapeMismatch,
    UnprovenShape,
    broadcast_shapes,
    sym,
)
from typedtorch._shapes._elementwise import inplace_shape, masked_fill_shape

EXAMPLES = int(os.environ.get("TYPEDTORCH_HYPOTHESIS_EXAMPLES", "100"))

# Sizes drawn from a small pool so that equal sizes, 1s and mismatches all come up often.
sizes = st.sampled_from([0, 1, 1, 2, 3, 3, 4])
shapes = st.lists(sizes, max_size=4).map(tuple)


def _torch_broadcast(*shapes: tuple[int, ...]) -> tuple[int, ...] | None:
    try:
        return tuple(torch.broadcast_shapes(*shapes))
    except RuntimeError:
        return None


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.lists(shapes, min_size=1, max_size=3))
def test_broadcast_shapes_matches_torch(drawn: list[tuple[int, ...]]) -> None:
    expected = _torch_broadcast(*drawn)
    if expected is None:
        with pytest.raises(ShapeMismatch, match="cannot be broadcast together"):
            broadcast_shapes(*drawn)
    else:
        assert broadcast_shapes(*drawn) == expected


@settings(max_examples=EXAMPLES, deadline=None)
@given(shapes, shapes)
def test_inplace_shape_matches_torch(target: tuple[int, ...], other: tuple[int, ...]) -> None:
    x = torch.empty(target, device="meta")
    try:
        x.add_(torch.empty(other, device="meta"))
    except RuntimeError:
        with pytest.raises(ShapeMismatch):
            inplace_shape(target, other, "add_")
    else:
        assert inplace_shape(target, other, "add_") == target


@settings(max_examples=EXAMPLES, deadline=None)
@given(shapes, shapes, st.one_of(st.none(), shapes))
def test_masked_fill_shape_matches_torch(
    target: tuple[int, ...], mask: tuple[int, ...], value: tuple[int, ...] | None
) -> None:
    x = torch.zeros(target)
    fill: float | torch.Tensor = 1.0 if value is None else torch.ones(value)
    try:
        expected = tuple(x.masked_fill(torch.zeros(mask, dtype=torch.bool), fill).shape)
    except RuntimeError:
        with pytest.raises(ShapeMismatch):
            masked_fill_shape(target, mask, value)
    else:
        assert masked_fill_shape(target, mask, value) == expected


def test_message_names_op_shapes_and_dimension() -> None:
    b = sym("B")
    with pytest.raises(
        ShapeMismatch,
        match=r'^Shapes \[B, 3\] and \[4\] cannot be broadcast together for "add": '
        r"dimension 1 has sizes 3 and 4$",
    ):
        broadcast_shapes((b, 3), (4,), op="add")


def test_symbolic_dims() -> None:
    b, n = sym("B"), sym("N")
    assert broadcast_shapes((b, 1, 3), (4, 1), op="add") == (b, 4, 3)
    assert broadcast_shapes((b, 3), (b, 1)) == (b, 3)
    assert broadcast_shapes((1,), (n,)) == (n,)
    with pytest.raises(UnprovenShape, match=r"dimension 0 has sizes B and N \(cannot prove"):
        broadcast_shapes((b,), (n,), op="mul")
    with pytest.raises(UnprovenShape):
        broadcast_shapes((b,), (3,))


def test_inplace_symbolic() -> None:
    b = sym("B")
    assert inplace_shape((b, 3), (3,), "add_") == (b, 3)
    with pytest.raises(
        ShapeMismatch,
        match=r'^Output with shape \[3\] does not match the broadcast shape \[2, 3\] for "add_"$',
    ):
        inplace_shape((3,), (2, 3), "add_")
    with pytest.raises(UnprovenShape, match="cannot prove"):
        inplace_shape((1, 3), (b, 3), "add_")


def test_masked_fill_value_must_be_zero_dim() -> None:
    with pytest.raises(
        RuleError, match=r"only supports a 0-dimensional value tensor, got shape \[3\]"
    ):
        masked_fill_shape((3,), (3,), (3,))
