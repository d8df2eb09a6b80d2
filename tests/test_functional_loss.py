"""Loss (and distance) rules against torch: same shape, and an error exactly when torch raises.

The elementwise losses are the exception torch makes on purpose: for differing input and target
shapes it only warns (and broadcasts). The rules report those as errors, so here "torch
rejects" means raises or warns.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Callable
from typing import Any

import pytest
import torch
import torch.nn.functional as F
from hypothesis import given, settings
from hypothesis import strategies as st

from typedtorch._shapes import (
    RuleError,
    ShapeMismatch,
    class_target_kind,
    class_weight_shape,
    cosine_similarity_shape,
    cross_entropy_shape,
    elementwise_loss_shape,
    kl_div_shape,
    nll_loss_shape,
    pairwise_distance_shape,
    sym,
)

EXAMPLES = int(os.environ.get("TYPEDTORCH_HYPOTHESIS_EXAMPLES", "100"))
N = sym("N")
REDUCTIONS = st.sampled_from(["none", "mean", "sum"])
DTYPES = {
    "int64": torch.int64,
    "int32": torch.int32,
    "uint8": torch.uint8,
    "float32": torch.float32,
}


def torch_result(fn: Callable[[], torch.Tensor], ignore: str = "") -> tuple[int, ...] | None:
    """The shape torch computes, or None if it raises or warns (but for warnings `ignore`)."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        if ignore:
            warnings.filterwarnings("ignore", message=ignore)
        try:
            return tuple(fn().shape)
        except (RuntimeError, ValueError, IndexError, UserWarning, AssertionError):
            return None


def rule_result(fn: Callable[[], tuple[Any, ...]]) -> tuple[Any, ...] | None:
    try:
        return fn()
    except RuleError as err:
        assert err.code in ("shape", "dtype")
        return None


def _perturb(draw: st.DrawFn, shape: tuple[int, ...]) -> tuple[int, ...]:
    """`shape`, or a near miss: one dim changed, a dim added or dropped."""
    how = draw(st.sampled_from(["same", "same", "same", "change", "add1", "drop"]))
    if how == "change" and shape:
        i = draw(st.integers(0, len(shape) - 1))
        return shape[:i] + (shape[i] + 1,) + shape[i + 1 :]
    if how == "add1":
        return (*shape, 1)
    if how == "drop" and shape:
        return shape[:-1]
    return shape


# -- cross_entropy, nll_loss ---------------------------------------------------------------------


@st.composite
def class_cases(draw: st.DrawFn) -> tuple[Any, ...]:
    classes = draw(st.integers(1, 4))
    unbatched = draw(st.booleans())
    spatial = () if unbatched else tuple(draw(st.lists(st.integers(1, 3), max_size=2)))
    batch = draw(st.integers(1, 3))
    input = (classes,) if unbatched else (batch, classes, *spatial)
    dtype = draw(st.sampled_from(["int64", "int64", "float32", "int32", "uint8"]))
    # The input's own shape: probabilities when float, the one-hot trap when integer.
    natural = input if draw(st.booleans()) else (() if unbatched else (batch, *spatial))
    target = _perturb(draw, natural)
    weight = draw(st.sampled_from([None, (classes,), (classes + 1,), (1, classes)]))
    return input, target, dtype, weight, draw(REDUCTIONS)


def _class_rule(op: str, input: Any, target: Any, dtype: str, weight: Any, reduction: str) -> Any:
    probabilities = class_target_kind(input, target, dtype, op)
    if weight is not None:
        class_weight_shape(input, weight, op, probabilities=probabilities)
    if op == "cross_entropy":
        return cross_entropy_shape(input, target, reduction, probabilities=probabilities)
    return nll_loss_shape(input, target, reduction)


def _class_torch(op: str, input: Any, target: Any, dtype: str, weight: Any, reduction: str) -> Any:
    fn = F.cross_entropy if op == "cross_entropy" else F.nll_loss
    t = torch.zeros(target, dtype=DTYPES[dtype])
    w = None if weight is None else torch.ones(weight)
    return torch_result(lambda: fn(torch.zeros(input), t, w, reduction=reduction))


@pytest.mark.parametrize("op", ["cross_entropy", "nll_loss"])
@settings(max_examples=EXAMPLES * 2, deadline=None)
@given(case=class_cases())
def test_class_losses_match_torch(op: str, case: tuple[Any, ...]) -> None:
    assert rule_result(lambda: _class_rule(op, *case)) == _class_torch(op, *case)


def test_class_loss_examples() -> None:
    assert cross_entropy_shape((N, 10), (N,), "mean", probabilities=False) == ()
    assert cross_entropy_shape((N, 10, 4), (N, 4), "none", probabilities=False) == (N, 4)
    assert cross_entropy_shape((N, 10), (N, 10), "none", probabilities=True) == (N,)
    with pytest.raises(RuleError, match=r"got float32 target \[N\]") as err:
        class_target_kind((N, 10), (N,), "float32", "cross_entropy")
    assert err.value.code == "dtype"
    with pytest.raises(ShapeMismatch, match=r"weight must have one entry per class, \[10\]"):
        class_weight_shape((N, 10), (5,), "cross_entropy")


# -- elementwise losses --------------------------------------------------------------------------

ELEMENTWISE: dict[str, Callable[..., torch.Tensor]] = {
    "mse_loss": F.mse_loss,
    "l1_loss": F.l1_loss,
    "smooth_l1_loss": F.smooth_l1_loss,
    "huber_loss": F.huber_loss,
    "binary_cross_entropy": F.binary_cross_entropy,
    "binary_cross_entropy_with_logits": F.binary_cross_entropy_with_logits,
}


@pytest.mark.parametrize("op", sorted(ELEMENTWISE))
@settings(max_examples=EXAMPLES, deadline=None)
@given(
    input=st.lists(st.integers(1, 3), max_size=3).map(tuple),
    data=st.data(),
    reduction=REDUCTIONS,
)
def test_elementwise_losses_match_torch(
    op: str, input: tuple[int, ...], data: st.DataObject, reduction: str
) -> None:
    target = data.draw(st.composite(lambda draw: _perturb(draw, input))())
    expected = torch_result(
        lambda: ELEMENTWISE[op](torch.zeros(input), torch.zeros(target), reduction=reduction)
    )
    assert rule_result(lambda: elementwise_loss_shape(input, target, reduction, op)) == expected


@pytest.mark.parametrize("op", ["mse_loss", "l1_loss", "smooth_l1_loss", "huber_loss"])
def test_broadcast_trap_is_reported_and_torch_warns(op: str) -> None:
    with pytest.warns(UserWarning, match="different to the input size"):
        out = ELEMENTWISE[op](torch.zeros(4, 1), torch.zeros(4), reduction="none")
    assert tuple(out.shape) == (4, 4)
    with pytest.raises(
        ShapeMismatch,
        match=r"input \[N, 1\] and target \[N\] must have the same shape: torch would broadcast "
        r"them to \[N, N\] with only a warning \(did you mean to \.squeeze\(-1\) the input\?\)",
    ):
        elementwise_loss_shape((N, 1), (N,), "mean", op)


def test_bce_trap_message_does_not_claim_broadcasting() -> None:
    with pytest.raises(ValueError, match="different to the input size"):
        F.binary_cross_entropy(torch.zeros(4, 1), torch.zeros(4))
    with pytest.raises(ShapeMismatch, match=r"must have the same shape \(did you mean") as err:
        elementwise_loss_shape((N, 1), (N,), "mean", "binary_cross_entropy")
    assert "broadcast" not in str(err.value)


# -- kl_div, distances ---------------------------------------------------------------------------


@settings(max_examples=EXAMPLES, deadline=None)
@given(
    input=st.lists(st.integers(1, 3), max_size=3).map(tuple),
    data=st.data(),
    reduction=st.sampled_from(["none", "mean", "sum", "batchmean"]),
)
def test_kl_div_matches_torch(input: tuple[int, ...], data: st.DataObject, reduction: str) -> None:
    target = data.draw(st.composite(lambda draw: _perturb(draw, input))())
    expected = torch_result(
        lambda: F.kl_div(torch.zeros(input), torch.zeros(target), reduction=reduction),
        # torch advises 'batchmean' over 'mean' for the math; the call itself is fine.
        ignore="reduction: 'mean'",
    )
    assert rule_result(lambda: kl_div_shape(input, target, reduction)) == expected


@settings(max_examples=EXAMPLES, deadline=None)
@given(
    x1=st.lists(st.integers(1, 3), max_size=3).map(tuple),
    data=st.data(),
    dim=st.integers(-3, 2),
    keepdim=st.booleans(),
)
def test_distances_match_torch(
    x1: tuple[int, ...], data: st.DataObject, dim: int, keepdim: bool
) -> None:
    x2 = data.draw(st.composite(lambda draw: _perturb(draw, x1))())
    a, b = torch.zeros(x1), torch.zeros(x2)
    expected = torch_result(lambda: F.cosine_similarity(a, b, dim=dim))
    assert rule_result(lambda: cosine_similarity_shape(x1, x2, dim)) == expected
    expected = torch_result(lambda: F.pairwise_distance(a, b, keepdim=keepdim))
    assert rule_result(lambda: pairwise_distance_shape(x1, x2, keepdim)) == expected
