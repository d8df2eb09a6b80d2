"""`F.group_norm` / `GroupNorm` group counts, property-tested against torch (found by
tests/differential: `F.group_norm(x, 0)` on symbolic channels divided by zero in the rule,
which the plugin reported as `typedtorch-internal`).

torch raises for `num_groups <= 0` (a ZeroDivisionError for 0, a RuntimeError for a negative
count) and for channels not divisible by the groups; the rule raises `ShapeMismatch` exactly then,
with literal or symbolic channels.
"""

from __future__ import annotations

import os

import pytest
import torch
import torch.nn.functional as F
from hypothesis import example, given, settings
from hypothesis import strategies as st

from typedtorch._shapes import Shape, ShapeMismatch, sym
from typedtorch._shapes._layers import group_norm_config, group_norm_shape

EXAMPLES = int(os.environ.get("TYPEDTORCH_HYPOTHESIS_EXAMPLES", "100"))


def _rule(shape: Shape, groups: int) -> bool:
    """Whether the rules accept `F.group_norm(x, groups)`, called as the plugin calls them."""
    try:
        group_norm_config(groups, shape[1], "group_norm")
        group_norm_shape(shape, groups, shape[1], "group_norm")
    except ShapeMismatch:
        return False
    return True


def _torch(shape: tuple[int, ...], groups: int) -> bool:
    try:
        F.group_norm(torch.randn(shape), groups)
    except (RuntimeError, ValueError, ZeroDivisionError):
        return False
    return True


@settings(max_examples=EXAMPLES, deadline=None)
@given(
    batch=st.integers(1, 3),
    channels=st.integers(1, 6),
    rest=st.lists(st.integers(1, 3), max_size=2),
    groups=st.integers(-2, 7),
)
@example(batch=2, channels=4, rest=[3], groups=0)
@example(batch=2, channels=4, rest=[3], groups=-1)
@example(batch=2, channels=4, rest=[3], groups=3)
def test_group_counts_match_torch(batch: int, channels: int, rest: list[int], groups: int) -> None:
    shape = (batch, channels, *rest)
    assert _rule(shape, groups) == _torch(shape, groups)


@pytest.mark.parametrize("groups", [0, -1])
def test_nonpositive_groups_with_symbolic_channels(groups: int) -> None:
    shape = (sym("B"), sym("C"), 5)
    with pytest.raises(ShapeMismatch, match=f"num_groups must be positive, got {groups}"):
        group_norm_config(groups, shape[1], "group_norm")
    with pytest.raises(ShapeMismatch, match=f"num_groups must be positive, got {groups}"):
        group_norm_shape(shape, groups, shape[1], "group_norm")
    assert group_norm_shape(shape, 2, shape[1], "group_norm") == shape
