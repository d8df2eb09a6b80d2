"""Pooling rules agree with torch: same shape, and an error exactly when torch raises."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import pytest
import torch
import torch.nn.functional as F
from hypothesis import given, settings
from hypothesis import strategies as st

from typedtorch._shapes import (
    UNKNOWN,
    ShapeMismatch,
    adaptive_pool_shape,
    format_shape,
    pool_shape,
    sym,
)

EXAMPLES = int(os.environ.get("TYPEDTORCH_HYPOTHESIS_EXAMPLES", "100"))
B, C, H, W = sym("B"), sym("C"), sym("H"), sym("W")

MAX_POOL = {1: F.max_pool1d, 2: F.max_pool2d, 3: F.max_pool3d}
AVG_POOL = {1: F.avg_pool1d, 2: F.avg_pool2d, 3: F.avg_pool3d}
ADAPTIVE_AVG = {1: F.adaptive_avg_pool1d, 2: F.adaptive_avg_pool2d, 3: F.adaptive_avg_pool3d}
ADAPTIVE_MAX = {1: F.adaptive_max_pool1d, 2: F.adaptive_max_pool2d, 3: F.adaptive_max_pool3d}


def torch_shape(fn: Callable[[], torch.Tensor]) -> tuple[int, ...] | None:
    try:
        return tuple(fn().shape)
    except (RuntimeError, ValueError, IndexError, TypeError):
        return None


def rule_shape(fn: Callable[[], tuple[Any, ...]]) -> tuple[Any, ...] | None:
    try:
        return fn()
    except ShapeMismatch:
        return None


def _int_or_tuple(spatial: int, low: int, high: int) -> st.SearchStrategy[Any]:
    return st.one_of(st.integers(low, high), st.tuples(*[st.integers(low, high)] * spatial))


@settings(max_examples=EXAMPLES, deadline=None)
@given(
    spatial=st.integers(1, 3),
    kind=st.sampled_from(["max", "avg"]),
    lead=st.sampled_from([(2, 3), (0, 2), (3,), (1, 0), (0,)]),
    ceil_mode=st.booleans(),
    data=st.data(),
)
def test_pool_matches_torch(
    spatial: int, kind: str, lead: tuple[int, ...], ceil_mode: bool, data: st.DataObject
) -> None:
    sizes = tuple(data.draw(st.integers(1, 9)) for _ in range(spatial))
    kernel = data.draw(_int_or_tuple(spatial, 0, 4))
    stride = data.draw(st.one_of(st.none(), _int_or_tuple(spatial, 0, 3)))
    padding = data.draw(_int_or_tuple(spatial, -1, 2))
    x = torch.zeros(lead + sizes)
    if kind == "max":
        dilation = data.draw(_int_or_tuple(spatial, 1, 2))
        expected = torch_shape(
            lambda: MAX_POOL[spatial](x, kernel, stride, padding, dilation, ceil_mode=ceil_mode)
        )
    else:
        dilation = 1
        expected = torch_shape(
            lambda: AVG_POOL[spatial](x, kernel, stride, padding, ceil_mode=ceil_mode)
        )
    actual = rule_shape(
        lambda: pool_shape(
            lead + sizes,
            kernel,
            stride,
            padding,
            dilation,
            ceil_mode,
            spatial=spatial,
            op=f"{kind}_pool{spatial}d",
        )
    )
    assert actual == expected, (lead + sizes, kernel, stride, padding, dilation, ceil_mode)


@settings(max_examples=EXAMPLES, deadline=None)
@given(
    spatial=st.integers(1, 3),
    kind=st.sampled_from(["max", "avg"]),
    lead=st.sampled_from([(2, 3), (0, 2), (3,), (1, 0), (0,)]),
    data=st.data(),
)
def test_adaptive_pool_matches_torch(
    spatial: int, kind: str, lead: tuple[int, ...], data: st.DataObject
) -> None:
    sizes = tuple(data.draw(st.integers(1, 6)) for _ in range(spatial))
    if spatial == 1:
        output_size: Any = data.draw(st.one_of(st.integers(0, 4), st.tuples(st.integers(0, 4))))
    else:
        output_size = data.draw(
            st.one_of(
                st.integers(0, 4),
                st.tuples(*[st.one_of(st.none(), st.integers(0, 4))] * spatial),
            )
        )
    pool = (ADAPTIVE_MAX if kind == "max" else ADAPTIVE_AVG)[spatial]
    expected = torch_shape(lambda: pool(torch.zeros(lead + sizes), output_size))
    actual = rule_shape(
        lambda: adaptive_pool_shape(
            lead + sizes, output_size, spatial=spatial, op=f"adaptive_{kind}_pool{spatial}d"
        )
    )
    if kind == "avg" and spatial == 3 and lead == (1, 0) and expected is None:
        # adaptive_avg_pool3d takes zero channels only for an all-ones output; the rule does not
        # model that corner and stays silent.
        return
    assert actual == expected, (lead + sizes, output_size)


def test_pool_symbolic() -> None:
    out = pool_shape((B, 20, H - 4, W - 4), 2, spatial=2, op="max_pool2d")
    assert format_shape(out) == "[B, 20, H // 2 - 2, W // 2 - 2]"
    # Ceil mode with kernel >= stride never drops the last window: still exact.
    out = pool_shape((B, C, H), 3, 2, ceil_mode=True, spatial=1, op="max_pool1d")
    assert format_shape(out) == "[B, C, H // 2]"
    # Ceil mode where the last window may start in the padding: unknown, not an error.
    assert pool_shape((B, C, H), 1, 2, ceil_mode=True, spatial=1, op="max_pool1d") == (
        B,
        C,
        UNKNOWN,
    )
    out = adaptive_pool_shape((B, C, H, W), (None, 7), spatial=2, op="adaptive_avg_pool2d")
    assert out == (B, C, H, 7)


def test_pool_messages() -> None:
    with pytest.raises(ShapeMismatch, match="at most half of kernel_size"):
        pool_shape((1, 8, 8), 2, padding=2, spatial=2, op="max_pool2d")
    with pytest.raises(
        ShapeMismatch,
        match=r'^Incompatible shapes for "max_pool2d": input \[B, 3, 1, 1\] is too small for '
        r"kernel_size=\(2, 2\)",
    ):
        pool_shape((B, 3, 1, 1), 2, spatial=2, op="max_pool2d")
