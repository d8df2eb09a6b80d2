"""`take_along_dim`, `diagflat` and `.mT`/`.mH`, property-tested against torch."""

from __future__ import annotations

import os
import warnings

import pytest
import torch
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from typedtorch._shapes import DTypeMismatch, ShapeMismatch
from typedtorch._shapes._dtypes import DTYPE_NAMES
from typedtorch._shapes._layout_more import (
    diagflat_shape,
    matrix_transpose_shape,
    take_along_dim_dtype,
    take_along_dim_shape,
)

EXAMPLES = int(os.environ.get("TYPEDTORCH_HYPOTHESIS_EXAMPLES", "100"))

shapes = st.lists(st.integers(0, 3), max_size=4).map(tuple)


@settings(max_examples=EXAMPLES, deadline=None)
@given(
    input=shapes,
    indices=shapes,
    dim=st.one_of(st.none(), st.integers(-4, 4)),
    like_input=st.booleans(),
)
def test_take_along_dim_shape(
    input: tuple[int, ...], indices: tuple[int, ...], dim: int | None, like_input: bool
) -> None:
    if like_input:
        # Mostly-compatible indices: the input's shape with a few sizes set to 1.
        indices = tuple(1 if i % 2 else n for i, n in enumerate(input))
    x = torch.ones(input)
    index = torch.zeros(indices, dtype=torch.long)
    try:
        expected: tuple[int, ...] | None = tuple(torch.take_along_dim(x, index, dim).shape)
    except (IndexError, RuntimeError) as err:
        # An index into an empty dim (torch reports it as out of bounds, or fails dividing by
        # its size): the index values' error, left to run time.
        assume("out of bounds" not in str(err) and "ZeroDivision" not in str(err))
        expected = None
    if expected is None:
        with pytest.raises(ShapeMismatch):
            take_along_dim_shape(input, indices, dim)
    else:
        assert take_along_dim_shape(input, indices, dim) == expected


@pytest.mark.filterwarnings("ignore:ComplexHalf support is experimental")
def test_take_along_dim_dtype() -> None:
    for name in DTYPE_NAMES:
        index = torch.zeros(2, dtype=getattr(torch, name))
        try:
            torch.take_along_dim(torch.ones(3), index, 0)
        except RuntimeError:
            with pytest.raises(DTypeMismatch, match="indices must be int64"):
                take_along_dim_dtype(name)
        else:
            take_along_dim_dtype(name)


@settings(max_examples=EXAMPLES, deadline=None)
@given(input=shapes, offset=st.integers(-3, 3))
def test_diagflat_shape(input: tuple[int, ...], offset: int) -> None:
    expected = tuple(torch.diagflat(torch.ones(input), offset).shape)
    assert diagflat_shape(input, offset) == expected


@settings(max_examples=EXAMPLES, deadline=None)
@given(input=shapes, attribute=st.sampled_from(["mT", "mH"]))
def test_matrix_transpose_shape(input: tuple[int, ...], attribute: str) -> None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # deprecated on 0-dim tensors (the identity)
            expected: tuple[int, ...] | None = tuple(getattr(torch.ones(input), attribute).shape)
    except RuntimeError:
        expected = None
    if expected is None:
        with pytest.raises(ShapeMismatch, match="only supported on matrices"):
            matrix_transpose_shape(input, attribute)
    else:
        assert matrix_transpose_shape(input, attribute) == expected
