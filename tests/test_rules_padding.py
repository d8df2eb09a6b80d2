"""Padding layers (`ZeroPad*d`, `ConstantPad*d`, `ReflectionPad*d`, `ReplicationPad*d`,
`CircularPad*d`) against torch: same shape, and an error exactly when torch raises. Their modes
are `F.pad`'s, which `tests/test_rules_resize.py` tests."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import pytest
import torch
import torch.nn as nn
from hypothesis import given, settings
from hypothesis import strategies as st

from typedtorch._shapes import RuleError, ShapeMismatch, format_shape, padding_layer_shape, sym

EXAMPLES = int(os.environ.get("TYPEDTORCH_HYPOTHESIS_EXAMPLES", "100"))
N, C, H, W = sym("N"), sym("C"), sym("H"), sym("W")
KINDS = ["ZeroPad", "ConstantPad", "ReflectionPad", "ReplicationPad", "CircularPad"]


def agree(rule: Callable[[], object], op: Callable[[], torch.Tensor]) -> None:
    """The rule raises exactly when torch does, and otherwise gives torch's shape."""
    try:
        expected = tuple(op().shape)
    except (RuntimeError, IndexError, ValueError, NotImplementedError) as err:
        with pytest.raises(RuleError):
            rule()
        assert str(err)
        return
    assert rule() == expected


@pytest.mark.parametrize("kind", KINDS)
@settings(max_examples=EXAMPLES, deadline=None)
@given(
    spatial=st.integers(1, 3),
    shape=st.lists(st.integers(0, 4), max_size=5).map(tuple),
    padding=st.one_of(st.integers(-1, 3), st.lists(st.integers(-2, 3), max_size=7).map(tuple)),
)
def test_padding_layers_match_torch(
    kind: str, spatial: int, shape: tuple[int, ...], padding: Any
) -> None:
    cls = getattr(nn, f"{kind}{spatial}d")
    layer = cls(padding, 1.5) if kind == "ConstantPad" else cls(padding)
    value = 1.5 if kind == "ConstantPad" else None
    agree(
        lambda: padding_layer_shape(shape, padding, spatial, kind, value, layer=repr(layer)),
        lambda: layer(torch.zeros(shape)),
    )


def test_symbolic_and_messages() -> None:
    out = padding_layer_shape((N, C, H, W), 2, 2, "ReflectionPad", layer="ReflectionPad2d(2)")
    assert format_shape(out) == "[N, C, H + 4, W + 4]"
    out = padding_layer_shape((N, C, H, W), (1, 2), 2, "ZeroPad", layer="ZeroPad2d((1, 2))")
    assert format_shape(out) == "[N, C, H, W + 3]"
    with pytest.raises(
        ShapeMismatch,
        match=r'^"CircularPad2d\(1\)" expects a 3-D \(unbatched\) or 4-D \(batched\) input, got '
        r"2-D input \[H, W\]$",
    ):
        padding_layer_shape((H, W), 1, 2, "CircularPad", layer="CircularPad2d(1)")
