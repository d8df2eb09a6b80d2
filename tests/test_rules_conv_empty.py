"""Convolutions of empty inputs, property-tested against torch (found by tests/differential:
`F.conv3d` of `[2, 0, 3, 3]` with padding=1 was typed, where torch raises; a zero-channel input
was typed with out_channels channels, where torch gives none).

torch takes an empty spatial dim only when the batch or the channels are empty too, and an input
with no channels gives an output with no channels, whatever the weight's out_channels.
"""

from __future__ import annotations

import os

import torch
import torch.nn.functional as F
from hypothesis import example, given, settings
from hypothesis import strategies as st

from typedtorch._shapes import RuleError, conv_shape

EXAMPLES = int(os.environ.get("TYPEDTORCH_HYPOTHESIS_EXAMPLES", "100"))
CONV = {1: F.conv1d, 2: F.conv2d, 3: F.conv3d}


def _torch(
    x: tuple[int, ...], w: tuple[int, ...], padding: int, stride: int, spatial: int
) -> tuple[int, ...] | None:
    try:
        out = CONV[spatial](torch.zeros(x), torch.zeros(w), padding=padding, stride=stride)
    except RuntimeError:
        return None
    return tuple(out.shape)


def _rule(
    x: tuple[int, ...], w: tuple[int, ...], padding: int, stride: int, spatial: int
) -> tuple[object, ...] | None:
    try:
        return conv_shape(x, w, None, stride, padding, spatial=spatial)
    except RuleError:
        return None


@settings(max_examples=EXAMPLES, deadline=None)
@given(
    spatial=st.integers(1, 3),
    batch=st.one_of(st.none(), st.integers(0, 2)),
    channels=st.integers(0, 2),
    out_channels=st.integers(1, 3),
    padding=st.integers(0, 2),
    stride=st.integers(1, 2),
    data=st.data(),
)
@example(spatial=3, batch=None, channels=2, out_channels=1, padding=1, stride=1, data=None)
def test_empty_conv_inputs_match_torch(
    spatial: int,
    batch: int | None,
    channels: int,
    out_channels: int,
    padding: int,
    stride: int,
    data: st.DataObject | None,
) -> None:
    if data is None:
        sizes, kernel = (0,) + (3,) * (spatial - 1), (1,) * spatial
    else:
        sizes = tuple(data.draw(st.integers(0, 3)) for _ in range(spatial))
        kernel = tuple(data.draw(st.integers(1, 3)) for _ in range(spatial))
    x = ((batch,) if batch is not None else ()) + (channels, *sizes)
    w = (out_channels, channels, *kernel)
    expected = _torch(x, w, padding, stride, spatial)
    assert _rule(x, w, padding, stride, spatial) == expected, (x, w, padding, stride)
