"""`pixel_shuffle`, `pixel_unshuffle` and `channel_shuffle` rules (and their layers) against
torch: same shape, and an error exactly when torch raises."""

from __future__ import annotations

import os
from collections.abc import Callable

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
    channel_shuffle_shape,
    pixel_shuffle_shape,
    pixel_unshuffle_shape,
    sym,
)

EXAMPLES = int(os.environ.get("TYPEDTORCH_HYPOTHESIS_EXAMPLES", "100"))
N, C, H, W = sym("N"), sym("C"), sym("H"), sym("W")

shapes = st.lists(st.integers(0, 8), max_size=5).map(tuple)
factors = st.integers(-1, 3)


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
@given(shapes, factors)
def test_pixel_shuffle_matches_torch(shape: tuple[int, ...], r: int) -> None:
    x = torch.zeros(shape)
    agree(lambda: pixel_shuffle_shape(shape, r), lambda: F.pixel_shuffle(x, r))
    agree(lambda: pixel_shuffle_shape(shape, r, "PixelShuffle"), lambda: nn.PixelShuffle(r)(x))


@settings(max_examples=EXAMPLES, deadline=None)
@given(shapes, factors)
def test_pixel_unshuffle_matches_torch(shape: tuple[int, ...], r: int) -> None:
    x = torch.zeros(shape)
    agree(lambda: pixel_unshuffle_shape(shape, r), lambda: F.pixel_unshuffle(x, r))
    agree(
        lambda: pixel_unshuffle_shape(shape, r, "PixelUnshuffle"), lambda: nn.PixelUnshuffle(r)(x)
    )


@settings(max_examples=EXAMPLES, deadline=None)
@given(shapes, factors)
def test_channel_shuffle_matches_torch(shape: tuple[int, ...], groups: int) -> None:
    x = torch.zeros(shape)
    agree(lambda: channel_shuffle_shape(shape, groups), lambda: F.channel_shuffle(x, groups))
    agree(
        lambda: channel_shuffle_shape(shape, groups, "ChannelShuffle"),
        lambda: nn.ChannelShuffle(groups)(x),
    )


def test_symbolic_and_messages() -> None:
    assert pixel_shuffle_shape((N, 4 * C, H, W), 2) == (N, C, 2 * H, 2 * W)
    assert pixel_unshuffle_shape((N, C, 2 * H, 2 * W), 2) == (N, 4 * C, H, W)
    assert channel_shuffle_shape((N, 2 * C, H), 2) == (N, 2 * C, H)
    with pytest.raises(
        ShapeMismatch,
        match=r'^Incompatible shapes for "PixelShuffle\(3\)": the channels 12 \(dim -3\) of input '
        r"\[N, 12, H, W\] must be divisible by upscale_factor\*\*2 = 9$",
    ):
        pixel_shuffle_shape((N, 12, H, W), 3, "PixelShuffle(3)")
    with pytest.raises(UnprovenShape, match=r"the height H \(dim -2\) of input"):
        pixel_unshuffle_shape((N, C, H, 4), 2)
    with pytest.raises(
        ShapeMismatch, match=r'^"channel_shuffle" expects a positive groups, got 0$'
    ):
        channel_shuffle_shape((N, C, H), 0)
