"""Rules behind typedtorch.nn, property-tested against torch: loss contracts and layer input
contracts (the rule raises exactly when torch raises; the silent mse/l1 broadcast is the one
deliberate exception, reported where torch only warns)."""

from __future__ import annotations

import os
import warnings

import pytest
import torch
import torch.nn.functional as F
from hypothesis import given, settings
from hypothesis import strategies as st

from typedtorch._shapes import (
    RuleError,
    batch_norm_shape,
    channel_dropout_shape,
    cross_entropy_shape,
    elementwise_loss_shape,
    group_norm_shape,
    layer_norm_shape,
    nll_loss_shape,
    prelu_shape,
)

EXAMPLES = int(os.environ.get("TYPEDTORCH_HYPOTHESIS_EXAMPLES", "60"))
shapes = st.lists(st.integers(1, 4), min_size=0, max_size=4).map(tuple)
reductions = st.sampled_from(["mean", "sum", "none"])


def _torch(fn: object) -> tuple[tuple[int, ...] | None, bool]:
    """(result shape or None if torch raised, whether torch warned)."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            out = fn()  # type: ignore[operator]
        except (RuntimeError, ValueError, IndexError):
            return None, bool(caught)
    return tuple(out.shape), bool(caught)


def _rule(fn: object) -> tuple[int, ...] | None:
    try:
        return tuple(fn())  # type: ignore[operator]
    except RuleError:
        return None


@settings(max_examples=EXAMPLES, deadline=None)
@given(
    input=shapes,
    target=shapes,
    reduction=reductions,
    op=st.sampled_from(["mse", "l1", "bce", "bcel"]),
)
def test_elementwise_losses(
    input: tuple[int, ...], target: tuple[int, ...], reduction: str, op: str
) -> None:
    x, t = torch.rand(input), torch.rand(target)
    fn = {
        "mse": (F.mse_loss, "mse_loss"),
        "l1": (F.l1_loss, "l1_loss"),
        "bce": (F.binary_cross_entropy, "binary_cross_entropy"),
        "bcel": (F.binary_cross_entropy_with_logits, "binary_cross_entropy_with_logits"),
    }[op]
    expected, warned = _torch(lambda: fn[0](x, t, reduction=reduction))
    got = _rule(lambda: elementwise_loss_shape(input, target, reduction, fn[1]))
    if warned:  # torch's silent broadcast: reported by the rule
        assert got is None
    else:
        assert got == expected


@settings(max_examples=EXAMPLES, deadline=None)
@given(input=shapes, target=shapes, reduction=reductions)
def test_nll_loss(input: tuple[int, ...], target: tuple[int, ...], reduction: str) -> None:
    x = torch.randn(input)
    t = torch.zeros(target, dtype=torch.long)
    expected, _ = _torch(lambda: F.nll_loss(x, t, reduction=reduction))
    assert _rule(lambda: nll_loss_shape(input, target, reduction)) == expected


@settings(max_examples=EXAMPLES, deadline=None)
@given(input=shapes, target=shapes, reduction=reductions, probs=st.booleans())
def test_cross_entropy(
    input: tuple[int, ...], target: tuple[int, ...], reduction: str, probs: bool
) -> None:
    x = torch.randn(input)
    t = torch.rand(target) if probs else torch.zeros(target, dtype=torch.long)
    expected, _ = _torch(lambda: F.cross_entropy(x, t, reduction=reduction))
    got = _rule(lambda: cross_entropy_shape(input, target, reduction, probabilities=probs))
    assert got == expected


def test_mse_broadcast_trap_is_reported() -> None:
    with pytest.raises(RuleError, match=r"did you mean to \.squeeze\(-1\) the input\?"):
        elementwise_loss_shape((8, 1), (8,), "mean", "mse_loss")


@settings(max_examples=EXAMPLES, deadline=None)
@given(input=shapes, features=st.integers(1, 4), spatial=st.sampled_from([1, 2, 3]))
def test_batch_norm(input: tuple[int, ...], features: int, spatial: int) -> None:
    layer = [torch.nn.BatchNorm1d, torch.nn.BatchNorm2d, torch.nn.BatchNorm3d][spatial - 1](
        features
    )
    x = torch.randn(input)
    if (
        len(input) >= 1
        and input[0] == 1
        and x.numel() // max(1, x.shape[1] if x.dim() > 1 else 1) <= 1
    ):
        layer.eval()  # training mode rejects a single value per channel: not a shape rule
    expected, _ = _torch(lambda: layer(x))
    ranks = (2, 3) if spatial == 1 else (spatial + 2,)
    got = _rule(lambda: batch_norm_shape(input, features, ranks, "BatchNorm"))
    if expected is not None:
        assert got == expected
    elif got is not None:
        layer.eval()
        assert _torch(lambda: layer(x))[0] is None


@settings(max_examples=EXAMPLES, deadline=None)
@given(input=shapes, normalized=st.lists(st.integers(1, 4), min_size=1, max_size=3).map(tuple))
def test_layer_norm(input: tuple[int, ...], normalized: tuple[int, ...]) -> None:
    x = torch.randn(input)
    expected, _ = _torch(lambda: F.layer_norm(x, normalized))
    assert _rule(lambda: layer_norm_shape(input, normalized, "LayerNorm")) == expected


@settings(max_examples=EXAMPLES, deadline=None)
@given(input=shapes, groups=st.integers(1, 3), per_group=st.integers(1, 2))
def test_group_norm(input: tuple[int, ...], groups: int, per_group: int) -> None:
    channels = groups * per_group
    x = torch.randn(input)
    expected, _ = _torch(
        lambda: F.group_norm(x, groups, torch.ones(channels), torch.zeros(channels))
    )
    assert _rule(lambda: group_norm_shape(input, groups, channels, "GroupNorm")) == expected


@settings(max_examples=EXAMPLES, deadline=None)
@given(input=shapes, n=st.integers(1, 4))
def test_prelu(input: tuple[int, ...], n: int) -> None:
    x = torch.randn(input)
    expected, _ = _torch(lambda: F.prelu(x, torch.full((n,), 0.25)))
    assert _rule(lambda: prelu_shape(input, n, "PReLU")) == expected


@settings(max_examples=EXAMPLES, deadline=None)
@given(input=st.lists(st.integers(1, 3), min_size=1, max_size=6).map(tuple))
def test_channel_dropout(input: tuple[int, ...]) -> None:
    # The ranks torch raises for (Dropout1d) or warns are deprecated (Dropout2d/3d) are errors.
    for spatial, layer in enumerate(
        (torch.nn.Dropout1d(0.5), torch.nn.Dropout2d(0.5), torch.nn.Dropout3d(0.5)), start=1
    ):
        expected, warned = _torch(lambda layer=layer: layer(torch.randn(input)))
        deprecated = warned and len(input) != spatial + 1
        got = _rule(lambda s=spatial: channel_dropout_shape(input, s, "Dropout"))
        assert got == (None if deprecated else expected)
