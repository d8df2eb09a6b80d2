"""Margin and embedding loss rules (`soft_margin_loss`, `margin_ranking_loss`,
`hinge_embedding_loss`, `cosine_embedding_loss`, `triplet_margin_loss`, `multi_margin_loss`,
`multilabel_margin_loss`, `multilabel_soft_margin_loss`) against torch: same shape, and an error
exactly when torch raises."""

from __future__ import annotations

import os
from collections.abc import Callable

import pytest
import torch
import torch.nn.functional as F
from hypothesis import given, settings
from hypothesis import strategies as st

from typedtorch._shapes import (
    RuleError,
    ShapeMismatch,
    UnprovenShape,
    cosine_embedding_loss_shape,
    hinge_embedding_loss_shape,
    margin_ranking_loss_shape,
    multi_margin_loss_shape,
    multilabel_margin_loss_shape,
    multilabel_soft_margin_loss_shape,
    soft_margin_loss_shape,
    sym,
    triplet_margin_loss_shape,
)

EXAMPLES = int(os.environ.get("TYPEDTORCH_HYPOTHESIS_EXAMPLES", "100"))
N, C, D = sym("N"), sym("C"), sym("D")

shapes = st.lists(st.integers(0, 3), max_size=3).map(tuple)
reductions = st.sampled_from(["none", "mean", "sum", "batchmean"])


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


@st.composite
def near(draw: st.DrawFn, base: tuple[int, ...]) -> tuple[int, ...]:
    """A shape like `base`: equal, with some dims 1, a dim dropped, or anything."""
    kind = draw(st.integers(0, 4))
    if kind == 0:
        return draw(shapes)
    out = tuple(draw(st.sampled_from([d, d, 1])) for d in base)
    return out[1:] if kind == 1 and out else out


@settings(max_examples=EXAMPLES, deadline=None)
@given(shapes, st.data(), reductions)
def test_soft_margin_loss_matches_torch(
    input: tuple[int, ...], data: st.DataObject, reduction: str
) -> None:
    target = data.draw(near(input))
    agree(
        lambda: soft_margin_loss_shape(input, target, reduction),
        lambda: F.soft_margin_loss(torch.zeros(input), torch.zeros(target), reduction=reduction),
    )


@settings(max_examples=EXAMPLES, deadline=None)
@given(shapes, st.data(), reductions)
def test_margin_ranking_loss_matches_torch(
    a: tuple[int, ...], data: st.DataObject, reduction: str
) -> None:
    b, t = data.draw(near(a)), data.draw(near(a))
    agree(
        lambda: margin_ranking_loss_shape(a, b, t, reduction),
        lambda: F.margin_ranking_loss(
            torch.zeros(a), torch.zeros(b), torch.zeros(t), reduction=reduction
        ),
    )


@settings(max_examples=EXAMPLES, deadline=None)
@given(shapes, st.data(), reductions)
def test_hinge_embedding_loss_matches_torch(
    input: tuple[int, ...], data: st.DataObject, reduction: str
) -> None:
    target = data.draw(near(input))
    agree(
        lambda: hinge_embedding_loss_shape(input, target, reduction),
        lambda: F.hinge_embedding_loss(
            torch.zeros(input), torch.zeros(target), reduction=reduction
        ),
    )


@settings(max_examples=EXAMPLES * 2, deadline=None)
@given(shapes, st.data(), reductions)
def test_cosine_embedding_loss_matches_torch(
    a: tuple[int, ...], data: st.DataObject, reduction: str
) -> None:
    b = data.draw(near(a))
    t = data.draw(st.one_of(near(a[:1]), shapes))
    agree(
        lambda: cosine_embedding_loss_shape(a, b, t, reduction),
        lambda: F.cosine_embedding_loss(
            torch.ones(a), torch.ones(b), torch.ones(t), reduction=reduction
        ),
    )


@settings(max_examples=EXAMPLES, deadline=None)
@given(shapes, st.data(), st.sampled_from([1.0, 1.0, 0.0]), reductions, st.booleans())
def test_triplet_margin_loss_matches_torch(
    a: tuple[int, ...], data: st.DataObject, margin: float, reduction: str, swap: bool
) -> None:
    p, n = data.draw(near(a)), data.draw(near(a))
    agree(
        lambda: triplet_margin_loss_shape(a, p, n, margin, reduction),
        lambda: F.triplet_margin_loss(
            torch.zeros(a),
            torch.zeros(p),
            torch.zeros(n),
            margin=margin,
            swap=swap,
            reduction=reduction,
        ),
    )


@settings(max_examples=EXAMPLES * 2, deadline=None)
@given(
    shapes,
    st.data(),
    st.none() | st.lists(st.integers(0, 3), max_size=2).map(tuple),
    st.sampled_from([1, 2, 3]),
    reductions,
)
def test_multi_margin_loss_matches_torch(
    input: tuple[int, ...],
    data: st.DataObject,
    weight: tuple[int, ...] | None,
    p: int,
    reduction: str,
) -> None:
    target = data.draw(st.one_of(near(input[:1]), shapes))
    agree(
        lambda: multi_margin_loss_shape(input, target, weight, p, reduction),
        lambda: F.multi_margin_loss(
            torch.zeros(input),
            torch.zeros(target, dtype=torch.long),
            p=p,
            weight=None if weight is None else torch.ones(weight),
            reduction=reduction,
        ),
    )


@settings(max_examples=EXAMPLES, deadline=None)
@given(shapes, st.data(), reductions)
def test_multilabel_margin_loss_matches_torch(
    input: tuple[int, ...], data: st.DataObject, reduction: str
) -> None:
    target = data.draw(near(input))
    agree(
        lambda: multilabel_margin_loss_shape(input, target, reduction),
        lambda: F.multilabel_margin_loss(
            torch.zeros(input), torch.zeros(target, dtype=torch.long), reduction=reduction
        ),
    )


@settings(max_examples=EXAMPLES, deadline=None)
@given(shapes, st.data(), st.booleans(), reductions)
def test_multilabel_soft_margin_loss_matches_torch(
    input: tuple[int, ...], data: st.DataObject, weighted: bool, reduction: str
) -> None:
    target = data.draw(near(input))
    weight = data.draw(near(input[-1:])) if weighted else None
    agree(
        lambda: multilabel_soft_margin_loss_shape(input, target, weight, reduction),
        lambda: F.multilabel_soft_margin_loss(
            torch.zeros(input),
            torch.zeros(target),
            weight=None if weight is None else torch.ones(weight),
            reduction=reduction,
        ),
    )


def test_symbolic_and_messages() -> None:
    assert soft_margin_loss_shape((N, C), (C,), "none") == (N, C)
    assert margin_ranking_loss_shape((N,), (N,), (1,), "none") == (N,)
    assert cosine_embedding_loss_shape((N, D), (N, D), (N,), "none") == (N,)
    assert triplet_margin_loss_shape((N, D), (N, D), (N, D), reduction="none") == (N,)
    assert multi_margin_loss_shape((N, C), (N,), (C,), reduction="none") == (N,)
    assert multilabel_margin_loss_shape((N, C), (N, C), "none") == (N,)
    assert multilabel_soft_margin_loss_shape((N, C), (N, C), (C,), "none") == (N,)
    assert hinge_embedding_loss_shape((N, C), (N, C), "sum") == ()
    with pytest.raises(
        ShapeMismatch,
        match=r'^Incompatible shapes for "soft_margin_loss": target \[N, 3\] does not broadcast '
        r"to the shape of the input \[N, 1\] \(dims 3 and 1\)$",
    ):
        soft_margin_loss_shape((N, 1), (N, 3))
    with pytest.raises(
        ShapeMismatch,
        match=r'^"cosine_embedding_loss" with a 1-D target expects 2-D inputs, got \[D\] and \[D\]$',
    ):
        cosine_embedding_loss_shape((D,), (D,), (N,))
    with pytest.raises(UnprovenShape, match=r"takes a target of N class indices"):
        multi_margin_loss_shape((N, C), (C,))
    with pytest.raises(ShapeMismatch, match=r'^"triplet_margin_loss" expects margin > 0, got 0.0$'):
        triplet_margin_loss_shape((N, D), (N, D), (N, D), 0.0)
