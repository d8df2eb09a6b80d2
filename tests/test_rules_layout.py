"""Rearranging rules (`flip`, `roll`, `rot90`, `tile`, `repeat_interleave`, `Tensor.unfold`,
`meshgrid`, `cartesian_prod`, `combinations`) against torch: same shapes, and an error exactly
when torch raises."""

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
    RuleError,
    ShapeMismatch,
    UnprovenShape,
    cartesian_prod_shape,
    combinations_shape,
    flip_shape,
    format_shape,
    meshgrid_shapes,
    repeat_interleave_shape,
    roll_shape,
    rot90_shape,
    sym,
    tile_shape,
    unfold_shape,
)

EXAMPLES = int(os.environ.get("TYPEDTORCH_HYPOTHESIS_EXAMPLES", "100"))
B, N = sym("B"), sym("N")

shapes = st.lists(st.integers(0, 3), max_size=4).map(tuple)
dims = st.integers(-5, 4)
dim_lists = st.lists(dims, max_size=3)


def agree(rule: Callable[[], object], op: Callable[[], Any]) -> None:
    """The rule raises exactly when torch does, and otherwise gives torch's shape(s)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            result = op()
    except (RuntimeError, IndexError, ValueError) as err:
        with pytest.raises(RuleError):
            rule()
        assert str(err)
        return
    if isinstance(result, tuple | list):
        assert rule() == tuple(tuple(t.shape) for t in result)
    else:
        assert rule() == tuple(result.shape)


@settings(max_examples=EXAMPLES, deadline=None)
@given(shapes, dim_lists)
def test_flip_matches_torch(shape: tuple[int, ...], dims_: list[int]) -> None:
    agree(lambda: flip_shape(shape, dims_), lambda: torch.zeros(shape).flip(dims_))


@settings(max_examples=EXAMPLES, deadline=None)
@given(shapes, st.lists(st.integers(-3, 3), max_size=3), st.none() | dim_lists)
def test_roll_matches_torch(
    shape: tuple[int, ...], shifts: list[int], dims_: list[int] | None
) -> None:
    x = torch.zeros(shape)
    call = (lambda: x.roll(shifts)) if dims_ is None else (lambda: x.roll(shifts, dims_))
    agree(lambda: roll_shape(shape, shifts, dims_), call)


@settings(max_examples=EXAMPLES, deadline=None)
@given(shapes, st.integers(-5, 5), st.lists(dims, max_size=3))
def test_rot90_matches_torch(shape: tuple[int, ...], k: int, dims_: list[int]) -> None:
    agree(lambda: rot90_shape(shape, k, dims_), lambda: torch.zeros(shape).rot90(k, dims_))


@settings(max_examples=EXAMPLES, deadline=None)
@given(shapes, st.lists(st.integers(-1, 3), max_size=5))
def test_tile_matches_torch(shape: tuple[int, ...], reps: list[int]) -> None:
    agree(lambda: tile_shape(shape, reps), lambda: torch.zeros(shape).tile(reps))


@settings(max_examples=EXAMPLES * 2, deadline=None)
@given(
    shapes,
    st.none() | dims,
    st.one_of(st.integers(-1, 3), st.lists(st.integers(0, 3), max_size=2).map(tuple)),
    st.none() | st.integers(0, 12),
)
def test_repeat_interleave_matches_torch(
    shape: tuple[int, ...], dim: int | None, repeats: int | tuple[int, ...], output_size: int | None
) -> None:
    x = torch.zeros(shape)
    tensor = isinstance(repeats, tuple)
    # Repeats of ones: torch checks the sum against output_size, the rule cannot.
    r: Any = torch.ones(repeats, dtype=torch.long) if tensor else repeats
    if tensor:
        output_size = None
    expected_unknown = tensor
    try:
        expected: tuple[int, ...] | None = tuple(
            x.repeat_interleave(r, dim, output_size=output_size).shape
        )
    except (RuntimeError, IndexError):
        expected = None
    rule = lambda: repeat_interleave_shape(  # noqa: E731
        shape, repeats, dim, output_size, tensor_repeats=tensor
    )
    if expected is None:
        with pytest.raises(RuleError):
            rule()
        return
    got = rule()
    if expected_unknown:
        d = 0 if dim is None else dim % len(shape)
        assert got[d] is UNKNOWN
        assert got[:d] + got[d + 1 :] == expected[:d] + expected[d + 1 :]
    else:
        assert got == expected


@settings(max_examples=EXAMPLES, deadline=None)
@given(shapes, dims, st.integers(-1, 4), st.integers(-1, 3))
def test_unfold_matches_torch(shape: tuple[int, ...], dim: int, size: int, step: int) -> None:
    x = torch.zeros(shape)
    agree(lambda: unfold_shape(shape, dim, size, step), lambda: x.unfold(dim, size, step))


@settings(max_examples=EXAMPLES, deadline=None)
@given(
    st.lists(st.lists(st.integers(0, 3), max_size=2).map(tuple), max_size=4),
    st.sampled_from(["ij", "xy", "yx"]),
)
def test_meshgrid_matches_torch(tensors: list[tuple[int, ...]], indexing: str) -> None:
    agree(
        lambda: meshgrid_shapes(tensors, indexing),
        lambda: torch.meshgrid(*(torch.zeros(t) for t in tensors), indexing=indexing),
    )


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.lists(st.lists(st.integers(0, 3), max_size=2).map(tuple), max_size=4))
def test_cartesian_prod_matches_torch(tensors: list[tuple[int, ...]]) -> None:
    agree(
        lambda: cartesian_prod_shape(tensors),
        lambda: torch.cartesian_prod(*(torch.zeros(t) for t in tensors)),
    )


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.lists(st.integers(0, 6), max_size=2).map(tuple), st.integers(-1, 4), st.booleans())
def test_combinations_matches_torch(shape: tuple[int, ...], r: int, replace: bool) -> None:
    agree(
        lambda: combinations_shape(shape, r, replace),
        lambda: torch.combinations(torch.zeros(shape), r, replace),
    )


def test_symbolic_and_messages() -> None:
    assert rot90_shape((B, N, 3), 1, (1, 2)) == (B, 3, N)
    assert tile_shape((B, N), (2,)) == (B, 2 * N)
    assert repeat_interleave_shape((B, N), 2, 1) == (B, 2 * N)
    assert repeat_interleave_shape((B, N), 3) == (3 * B * N,)
    assert repeat_interleave_shape((B, N), (B,), 0, tensor_repeats=True) == (UNKNOWN, N)
    assert repeat_interleave_shape((B, N), (), 0, 7, tensor_repeats=True) == (7, N)
    assert format_shape(unfold_shape((B, N), 1, 4, 2)) == "[B, N // 2 - 1, 4]"
    assert meshgrid_shapes([(B,), (N,), ()], "xy") == ((N, B, 1),) * 3
    assert cartesian_prod_shape([(B,), (N,)]) == (B * N, 2)
    assert format_shape(combinations_shape((N,), 2)) == "[-N + (N * N + N) // 2, 2]"
    assert combinations_shape((N + 1,), 1) == (N + 1, 1)
    with pytest.raises(
        ShapeMismatch, match=r'^"unfold" window size 5 is larger than dimension 1 of size 4 in'
    ):
        unfold_shape((B, 4), -1, 5, 1)
    with pytest.raises(UnprovenShape, match=r"must have one entry, or one per element"):
        repeat_interleave_shape((B, N), (N,), 0, tensor_repeats=True)
    with pytest.raises(ShapeMismatch, match=r"^Invalid output_size for \"repeat_interleave\""):
        repeat_interleave_shape((B, 4), 2, 1, 9)
    with pytest.raises(ShapeMismatch, match=r'^"rot90" expects two different rotation dims'):
        rot90_shape((B, N), 1, (0, -2))
    with pytest.raises(
        ShapeMismatch,
        match=r'^Dimension 0 appears multiple times in the list of dims for "flip"$',
    ):
        flip_shape((B, N), (0, -2))
