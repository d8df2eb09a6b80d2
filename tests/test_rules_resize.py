"""`interpolate` and `pad` rules agree with torch: same shape, and an error exactly when torch
raises."""

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
    format_shape,
    interpolate_shape,
    pad_shape,
    sym,
)

EXAMPLES = int(os.environ.get("TYPEDTORCH_HYPOTHESIS_EXAMPLES", "100"))
B, C, H, W = sym("B"), sym("C"), sym("H"), sym("W")


def torch_shape(fn: Callable[[], torch.Tensor]) -> tuple[int, ...] | None:
    try:
        return tuple(fn().shape)
    except (RuntimeError, ValueError, IndexError, TypeError, NotImplementedError):
        return None


def rule_shape(fn: Callable[[], tuple[Any, ...]]) -> tuple[Any, ...] | None:
    try:
        return fn()
    except ShapeMismatch:
        return None


_MODES = ["nearest", "nearest-exact", "area", "linear", "bilinear", "bicubic", "trilinear"]


@settings(max_examples=EXAMPLES, deadline=None)
@given(
    rank=st.integers(2, 6),
    mode=st.sampled_from(_MODES),
    align_corners=st.sampled_from([None, None, True]),
    antialias=st.sampled_from([False, False, True]),
    recompute=st.sampled_from([None, None, True]),
    data=st.data(),
)
def test_interpolate_matches_torch(
    rank: int,
    mode: str,
    align_corners: bool | None,
    antialias: bool,
    recompute: bool | None,
    data: st.DataObject,
) -> None:
    shape = tuple(data.draw(st.integers(0, 4) if i < 2 else st.integers(0, 5)) for i in range(rank))
    spatial = max(rank - 2, 1)
    which = data.draw(st.sampled_from(["size", "sizes", "scale", "scales", "both", "neither"]))
    size: Any = None
    scale: Any = None
    if which in ("size", "both"):
        size = data.draw(st.integers(0, 6))
    if which == "sizes":
        size = tuple(
            data.draw(st.integers(0, 6))
            for _ in range(data.draw(st.sampled_from([spatial, spatial, 1])))
        )
    if which in ("scale", "both"):
        scale = data.draw(st.sampled_from([0.5, 1.0, 1.5, 2.0, 2.7, 3.0]))
    if which == "scales":
        scale = tuple(data.draw(st.sampled_from([0.5, 1.0, 2.0, 2.5])) for _ in range(spatial))
    expected = torch_shape(
        lambda: F.interpolate(
            torch.zeros(shape),
            size=size,
            scale_factor=scale,
            mode=mode,
            align_corners=align_corners,
            recompute_scale_factor=recompute,
            antialias=antialias,
        )
    )
    actual = rule_shape(
        lambda: interpolate_shape(shape, size, scale, mode, align_corners, recompute, antialias)
    )
    assert actual == expected, (shape, size, scale, mode, align_corners, recompute, antialias)


def test_interpolate_symbolic() -> None:
    assert interpolate_shape((B, C, H, W), scale_factor=2) == (B, C, 2 * H, 2 * W)
    assert interpolate_shape((B, C, H, W), scale_factor=(1.5, 2.0)) == (B, C, UNKNOWN, 2 * W)
    assert interpolate_shape((B, C, H, W), size=(7, 9), mode="bilinear") == (B, C, 7, 9)
    with pytest.raises(ShapeMismatch, match="mode 'bilinear' needs a 4-D input"):
        interpolate_shape((B, C, H), size=3, mode="bilinear")


@settings(max_examples=EXAMPLES, deadline=None)
@given(
    rank=st.integers(0, 5),
    mode=st.sampled_from(["constant", "constant", "reflect", "replicate", "circular"]),
    data=st.data(),
)
def test_pad_matches_torch(rank: int, mode: str, data: st.DataObject) -> None:
    shape = tuple(data.draw(st.integers(0, 4)) for _ in range(rank))
    pad = tuple(data.draw(st.integers(-3, 4)) for _ in range(data.draw(st.integers(0, 7))))
    expected = torch_shape(lambda: F.pad(torch.zeros(shape), pad, mode=mode))
    actual = rule_shape(lambda: pad_shape(shape, pad, mode))
    assert actual == expected, (shape, pad, mode)


def test_pad_symbolic() -> None:
    out = pad_shape((B, C, H, W), (1, 1, 2, 0))
    assert format_shape(out) == "[B, C, H + 2, W + 2]"
    with pytest.raises(ShapeMismatch, match=r"padding \(-3, -2\) gives size -1 at dimension 1"):
        pad_shape((B, 4), (-3, -2))
