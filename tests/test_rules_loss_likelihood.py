"""Likelihood loss rules (`poisson_nll_loss`, `gaussian_nll_loss`, `ctc_loss`) against torch:
same shape, an error exactly when torch raises, and ctc's dtype."""

from __future__ import annotations

import os
from collections.abc import Callable

import pytest
import torch
import torch.nn.functional as F
from hypothesis import given, settings
from hypothesis import strategies as st

from typedtorch._shapes import (
    DTypeMismatch,
    RuleError,
    ShapeMismatch,
    UnprovenShape,
    ctc_loss_dtype,
    ctc_loss_shape,
    gaussian_nll_loss_shape,
    poisson_nll_loss_shape,
    sym,
)
from typedtorch._shapes._dtypes import DTYPE_NAMES

EXAMPLES = int(os.environ.get("TYPEDTORCH_HYPOTHESIS_EXAMPLES", "100"))
N, C, T, S = sym("N"), sym("C"), sym("T"), sym("S")

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
    out = tuple(draw(st.sampled_from([d, d, 1, 0])) for d in base)
    return out[: len(out) - 1] if kind == 1 and out else out


@settings(max_examples=EXAMPLES, deadline=None)
@given(shapes, st.data(), reductions, st.booleans())
def test_poisson_nll_loss_matches_torch(
    input: tuple[int, ...], data: st.DataObject, reduction: str, full: bool
) -> None:
    target = data.draw(near(input))
    agree(
        lambda: poisson_nll_loss_shape(input, target, reduction),
        lambda: F.poisson_nll_loss(
            torch.zeros(input), torch.ones(target), full=full, reduction=reduction
        ),
    )


@settings(max_examples=EXAMPLES * 2, deadline=None)
@given(shapes, st.data(), reductions)
def test_gaussian_nll_loss_matches_torch(
    input: tuple[int, ...], data: st.DataObject, reduction: str
) -> None:
    target = data.draw(near(input))
    var = data.draw(st.none() | near(input))
    agree(
        lambda: gaussian_nll_loss_shape(input, target, var, reduction),
        lambda: F.gaussian_nll_loss(
            torch.zeros(input),
            torch.zeros(target),
            1.0 if var is None else torch.ones(var),
            reduction=reduction,
        ),
    )


@settings(max_examples=EXAMPLES * 2, deadline=None)
@given(
    st.lists(st.integers(1, 3), min_size=1, max_size=4).map(tuple),
    st.data(),
    reductions,
)
def test_ctc_loss_matches_torch(
    log_probs: tuple[int, ...], data: st.DataObject, reduction: str
) -> None:
    # Every target is empty (target_lengths of zeros) and every input as long as T: the
    # lengths' values are then valid, and the shapes alone decide.
    batch = log_probs[1] if len(log_probs) == 3 else 1
    lengths = st.sampled_from([(batch,), (batch,), (), (batch, 1), (batch + 1,)])
    input_lengths, target_lengths = data.draw(lengths), data.draw(lengths)
    targets = data.draw(st.sampled_from([(0,), (batch, 2), (batch + 1, 2), (batch, 0, 1)]))
    t = log_probs[0]
    agree(
        lambda: ctc_loss_shape(log_probs, targets, input_lengths, target_lengths, reduction),
        lambda: F.ctc_loss(
            torch.zeros(log_probs).log_softmax(-1),
            torch.ones(targets, dtype=torch.long),
            torch.full(input_lengths, t, dtype=torch.long),
            torch.zeros(target_lengths, dtype=torch.long),
            reduction=reduction,
        ),
    )


def test_ctc_loss_dtype_table() -> None:
    for name in DTYPE_NAMES:
        if name == "complex32":
            continue
        log_probs = torch.zeros(3, 1, 2, dtype=getattr(torch, name))
        one = torch.ones(1, dtype=torch.long)
        try:
            expected: str | None = str(F.ctc_loss(log_probs, one.view(1, 1), one * 3, one).dtype)
        except (RuntimeError, NotImplementedError):
            expected = None
        if expected is None:
            with pytest.raises(DTypeMismatch):
                ctc_loss_dtype(name)
        else:
            assert f"torch.{ctc_loss_dtype(name)}" == expected, name


def test_symbolic_and_messages() -> None:
    assert poisson_nll_loss_shape((N, C), (C,), "none") == (N, C)
    assert gaussian_nll_loss_shape((N, C), (N, C), (N,), "none") == (N, C)
    assert gaussian_nll_loss_shape((N, C), (N, C), (N, 1), "none") == (N, C)
    assert ctc_loss_shape((T, N, C), (N, S), (N,), (N,), "none") == (N,)
    assert ctc_loss_shape((T, C), (S,), (), (1,), "none") == ()
    with pytest.raises(
        ShapeMismatch,
        match=r'^Incompatible shapes for "gaussian_nll_loss": var \[N, 2\] must have the shape of '
        r"input \[N, 3\]",
    ):
        gaussian_nll_loss_shape((N, 3), (N, 3), (N, 2))
    with pytest.raises(UnprovenShape, match=r"input_lengths must have one entry per sample, N"):
        ctc_loss_shape((T, N, C), (N, S), (5,), (N,))
    with pytest.raises(
        ShapeMismatch,
        match=r'^"ctc_loss" expects log_probs \[T, N, C\] \(or \[T, C\] unbatched\), got \[T\]$',
    ):
        ctc_loss_shape((T,), (S,), (), ())
