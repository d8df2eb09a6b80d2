"""Normalization rules (`rms_norm`/`RMSNorm`, `instance_norm`/`InstanceNorm*d`,
`local_response_norm`/`LocalResponseNorm`) against torch: same shape, and an error exactly when
torch raises."""

from __future__ import annotations

import os
import warnings
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
    instance_norm_layer_shape,
    instance_norm_shape,
    local_response_norm_shape,
    rms_norm_shape,
    sym,
)

EXAMPLES = int(os.environ.get("TYPEDTORCH_HYPOTHESIS_EXAMPLES", "100"))
B, C, L = sym("B"), sym("C"), sym("L")

shapes = st.lists(st.integers(0, 3), max_size=5).map(tuple)


def agree(rule: Callable[[], object], op: Callable[[], torch.Tensor]) -> None:
    """The rule raises exactly when torch does, and otherwise gives torch's shape."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            expected = tuple(op().shape)
    except (RuntimeError, IndexError, ValueError) as err:
        with pytest.raises(RuleError):
            rule()
        assert str(err)
        return
    assert rule() == expected


@st.composite
def tail_of(draw: st.DrawFn, shape: tuple[int, ...]) -> tuple[int, ...]:
    """Often the trailing dims of `shape`, sometimes something else."""
    if draw(st.integers(0, 3)) == 0:
        return draw(st.lists(st.integers(0, 3), max_size=3).map(tuple))
    return shape[len(shape) - draw(st.integers(0, len(shape))) :]


@settings(max_examples=EXAMPLES, deadline=None)
@given(shapes, st.data())
def test_rms_norm_matches_torch(shape: tuple[int, ...], data: st.DataObject) -> None:
    normalized = data.draw(tail_of(shape))
    weight = data.draw(st.none() | tail_of(normalized))
    w = None if weight is None else torch.ones(weight)
    agree(
        lambda: rms_norm_shape(shape, normalized, weight),
        lambda: F.rms_norm(torch.zeros(shape), normalized, w),
    )
    if weight is None:
        layer = nn.RMSNorm(normalized) if normalized else None
        if layer is not None:
            agree(
                lambda: rms_norm_shape(shape, normalized, normalized),
                lambda: layer(torch.zeros(shape)),
            )


@settings(max_examples=EXAMPLES * 2, deadline=None)
@given(
    shapes,
    st.none() | st.lists(st.integers(0, 4), max_size=2).map(tuple),
    st.none() | st.lists(st.integers(0, 4), max_size=2).map(tuple),
    st.booleans(),
)
def test_instance_norm_matches_torch(
    shape: tuple[int, ...],
    stats: tuple[int, ...] | None,
    weight: tuple[int, ...] | None,
    use_input_stats: bool,
) -> None:
    s = None if stats is None else torch.ones(stats)
    w = None if weight is None else torch.ones(weight)
    agree(
        lambda: instance_norm_shape(shape, stats, stats, weight, weight, use_input_stats),
        lambda: F.instance_norm(
            torch.ones(shape), s, None if s is None else s.clone(), w, w, use_input_stats
        ),
    )


_INSTANCE = {1: nn.InstanceNorm1d, 2: nn.InstanceNorm2d, 3: nn.InstanceNorm3d}


@settings(max_examples=EXAMPLES * 2, deadline=None)
@given(
    st.sampled_from([1, 2, 3]),
    shapes,
    st.integers(1, 3),
    st.booleans(),
    st.booleans(),
    st.booleans(),
)
def test_instance_norm_layers_match_torch(
    spatial: int,
    shape: tuple[int, ...],
    num_features: int,
    affine: bool,
    track: bool,
    training: bool,
) -> None:
    layer = _INSTANCE[spatial](num_features, affine=affine, track_running_stats=track)
    layer.train(training)
    name = f"InstanceNorm{spatial}d({num_features})"
    agree(
        lambda: instance_norm_layer_shape(
            shape, num_features, spatial, affine, track, training, layer=name
        ),
        lambda: layer(torch.ones(shape)),
    )


@settings(max_examples=EXAMPLES, deadline=None)
@given(shapes, st.integers(-1, 4))
def test_local_response_norm_matches_torch(shape: tuple[int, ...], size: int) -> None:
    agree(
        lambda: local_response_norm_shape(shape, size),
        lambda: F.local_response_norm(torch.ones(shape), size),
    )
    if size > 0:
        agree(
            lambda: local_response_norm_shape(shape, size),
            lambda: nn.LocalResponseNorm(size)(torch.ones(shape)),
        )


def test_symbolic_and_messages() -> None:
    assert rms_norm_shape((B, L, C), (C,), (C,)) == (B, L, C)
    assert instance_norm_shape((B, C, L), (C,), (C,)) == (B, C, L)
    assert instance_norm_layer_shape((C, L), C, 1, affine=True, layer="InstanceNorm1d(C)") == (
        C,
        L,
    )
    assert local_response_norm_shape((B, C, L), 2) == (B, C, L)
    with pytest.raises(
        ShapeMismatch, match=r'^"RMSNorm\(5\)" expects input \[\*, 5\], got \[B, L, 4\]$'
    ):
        rms_norm_shape((B, L, 4), (5,), op="RMSNorm(5)")
    with pytest.raises(
        ShapeMismatch,
        match=r'^Incompatible shapes for "rms_norm": expected weight of the same shape as '
        r"normalized_shape \[4\], got weight \[5\]$",
    ):
        rms_norm_shape((B, L, 4), (4,), (5,))
    with pytest.raises(
        ShapeMismatch,
        match=r'^Incompatible shapes for "instance_norm": weight must have one entry per channel, '
        r"3 for input \[B, 3, L\], got weight \[4\]$",
    ):
        instance_norm_shape((B, 3, L), weight=(4,))
    with pytest.raises(UnprovenShape, match=r"running_mean must have one entry per channel"):
        instance_norm_shape((B, C, L), (4,), (4,))
    with pytest.raises(
        ShapeMismatch,
        match=r'^"InstanceNorm2d\(8, affine=True\)" expects 8 channels \(dim 1\), got 3 in input',
    ):
        instance_norm_layer_shape(
            (B, 3, L, L), 8, 2, affine=True, layer="InstanceNorm2d(8, affine=True)"
        )
    with pytest.raises(ShapeMismatch, match=r'^"local_response_norm" expects size > 0, got 0$'):
        local_response_norm_shape((B, C, L), 0)
