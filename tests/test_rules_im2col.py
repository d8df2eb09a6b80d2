"""`F.unfold`/`nn.Unfold` (im2col) and `F.fold`/`nn.Fold` (col2im) rules against torch: same
shape, and an error exactly when torch raises."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import pytest
import torch
import torch.nn as nn
import torch.nn.functional as F
from hypothesis import given, settings
from hypothesis import strategies as st

from typedtorch._shapes import (
    RuleError,
    ShapeMismatch,
    UnprovenShape,
    fold_shape,
    format_shape,
    sym,
    unfold_functional_shape,
)

EXAMPLES = int(os.environ.get("TYPEDTORCH_HYPOTHESIS_EXAMPLES", "100"))
N, C, H, W = sym("N"), sym("C"), sym("H"), sym("W")


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


def params(low: int, high: int) -> st.SearchStrategy[Any]:
    """An int, or (mostly) a pair, sometimes a tuple of another length."""
    value = st.integers(low, high)
    return st.one_of(
        value, st.tuples(value, value), st.tuples(value), st.tuples(value, value, value)
    )


@settings(max_examples=EXAMPLES * 2, deadline=None)
@given(
    st.lists(st.integers(0, 5), min_size=2, max_size=5).map(tuple),
    params(0, 3),
    params(0, 2),
    params(-1, 2),
    params(0, 2),
)
def test_unfold_matches_torch(
    shape: tuple[int, ...], kernel: Any, dilation: Any, padding: Any, stride: Any
) -> None:
    x = torch.zeros(shape)
    agree(
        lambda: unfold_functional_shape(shape, kernel, dilation, padding, stride),
        lambda: F.unfold(x, kernel, dilation, padding, stride),
    )
    if len(shape) in (3, 4):
        layer = nn.Unfold(kernel, dilation, padding, stride)
        agree(
            lambda: unfold_functional_shape(shape, kernel, dilation, padding, stride, "Unfold"),
            lambda: layer(x),
        )


@settings(max_examples=EXAMPLES * 3, deadline=None)
@given(
    st.lists(st.integers(0, 5), min_size=2, max_size=2).map(tuple),
    params(0, 3),
    params(1, 2),
    params(-1, 1),
    params(0, 2),
    st.data(),
)
def test_fold_matches_torch(
    out: tuple[int, int],
    kernel: Any,
    dilation: Any,
    padding: Any,
    stride: Any,
    data: st.DataObject,
) -> None:
    # Mostly the input that unfolding an output of this size would give, sometimes any input.
    try:
        unfolded = tuple(
            F.unfold(
                torch.zeros(1, data.draw(st.integers(1, 2)), *out),
                kernel,
                dilation,
                padding,
                stride,
            ).shape
        )
    except RuntimeError:
        unfolded = (1, 4, 4)
    if data.draw(st.integers(0, 2)) == 0:
        shape = tuple(data.draw(st.lists(st.integers(0, 8), min_size=1, max_size=4)))
    else:
        shape = unfolded[data.draw(st.integers(0, 1)) :]
        shape = (data.draw(st.integers(0, 2)), *shape[1:]) if len(shape) == 3 else shape
    x = torch.zeros(shape)
    agree(
        lambda: fold_shape(shape, out, kernel, dilation, padding, stride),
        lambda: F.fold(x, out, kernel, dilation, padding, stride),
    )
    if len(shape) in (2, 3):
        layer = nn.Fold(out, kernel, dilation, padding, stride)
        agree(
            lambda: fold_shape(shape, out, kernel, dilation, padding, stride, "Fold"),
            lambda: layer(x),
        )


def test_symbolic_and_messages() -> None:
    got = unfold_functional_shape((N, C, H, W), 3, padding=1)
    assert format_shape(got) == "[N, 9 * C, H * W]"
    assert unfold_functional_shape((C, 8, 8), 2, stride=2) == (4 * C, 16)
    assert fold_shape((N, 9 * C, H * W), (H, W), 3, padding=1) == (N, C, H, W)
    with pytest.raises(
        ShapeMismatch,
        match=r'^Incompatible shapes for "fold": dim 1 of input \[N, 10, 16\] must be divisible by '
        r"the kernel area 4 \(kernel_size=\(2, 2\)\)$",
    ):
        fold_shape((N, 10, 16), (5, 5), 2)
    with pytest.raises(UnprovenShape, match=r"has 16 blocks in its last dim, but output_size"):
        fold_shape((N, 8, 16), (H, 5), 2)
    with pytest.raises(
        ShapeMismatch,
        match=r'^Incompatible shapes for "unfold": input \[N, C, 2, W\] with kernel_size=\(3, 3\), '
        r"dilation=\(1, 1\), padding=\(0, 0\), stride=\(1, 1\) has no block positions",
    ):
        unfold_functional_shape((N, C, 2, W), 3)
