"""`F.embedding_bag` / `nn.EmbeddingBag` rules against torch: same shape, an error exactly when
torch raises, and the dtypes."""

from __future__ import annotations

import os
import warnings
from collections.abc import Callable

import pytest
import torch
import torch.nn as nn
import torch.nn.functional as F
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from typedtorch._shapes import (
    DTypeMismatch,
    RuleError,
    ShapeMismatch,
    UnprovenShape,
    embedding_bag_dtype,
    embedding_bag_shape,
    sym,
)
from typedtorch._shapes._dtypes import DTYPE_NAMES

EXAMPLES = int(os.environ.get("TYPEDTORCH_HYPOTHESIS_EXAMPLES", "100"))
B, N, V, D = sym("B"), sym("N"), sym("V"), sym("D")

small = st.lists(st.integers(0, 3), max_size=3).map(tuple)


def crashes_torch(
    input: tuple[int, ...], offsets: tuple[int, ...] | None, include_last_offset: bool
) -> bool:
    """torch 2.13's CPU kernel reads out of bounds (segfault or abort, depending on the mode and
    padding_idx) when a non-empty 1-D input is split into no bags (offsets [0], or [1] with
    include_last_offset): such calls cannot be compared."""
    return (
        len(input) == 1
        and input[0] > 0
        and offsets is not None
        and len(offsets) == 1
        and offsets[0] == (1 if include_last_offset else 0)
    )


def agree(rule: Callable[[], object], op: Callable[[], torch.Tensor]) -> None:
    """The rule raises exactly when torch does, and otherwise gives torch's shape."""
    try:
        expected = tuple(op().shape)
    except (RuntimeError, IndexError, ValueError, NotImplementedError, AssertionError) as err:
        with pytest.raises(RuleError):
            rule()
        assert str(err)
        return
    assert rule() == expected


@settings(max_examples=EXAMPLES * 3, deadline=None)
@given(
    input=small,
    # No empty embedding dim: torch's sum/mean kernel then fails depending on the offsets'
    # values ("Expected i < index_size"), which no shape rule can see.
    weight=st.sampled_from([(4, 3), (4, 3), (4,), (4, 3, 1), (1, 2)]),
    offsets=st.none() | small,
    mode=st.sampled_from(["sum", "mean", "max", "min"]),
    psw=st.sampled_from([None, "same", "other"]),
    include_last_offset=st.booleans(),
    padding_idx=st.none() | st.integers(-5, 4),
)
def test_embedding_bag_matches_torch(
    input: tuple[int, ...],
    weight: tuple[int, ...],
    offsets: tuple[int, ...] | None,
    mode: str,
    psw: str | None,
    include_last_offset: bool,
    padding_idx: int | None,
) -> None:
    assume(not crashes_torch(input, offsets, include_last_offset))
    per_sample = None if psw is None else input if psw == "same" else (*input, 1)
    agree(
        lambda: embedding_bag_shape(
            input, weight, offsets, mode, per_sample, include_last_offset, padding_idx
        ),
        lambda: F.embedding_bag(
            torch.zeros(input, dtype=torch.long),
            torch.zeros(weight),
            None if offsets is None else torch.zeros(offsets, dtype=torch.long),
            mode=mode,
            per_sample_weights=None if per_sample is None else torch.ones(per_sample),
            include_last_offset=include_last_offset,
            padding_idx=padding_idx,
        ),
    )


@settings(max_examples=EXAMPLES, deadline=None)
@given(small, st.none() | small, st.sampled_from(["sum", "mean", "max"]), st.booleans())
def test_embedding_bag_layer_matches_torch(
    input: tuple[int, ...], offsets: tuple[int, ...] | None, mode: str, include_last_offset: bool
) -> None:
    assume(not crashes_torch(input, offsets, include_last_offset))
    layer = nn.EmbeddingBag(4, 3, mode=mode, include_last_offset=include_last_offset)
    agree(
        lambda: embedding_bag_shape(
            input, (4, 3), offsets, mode, None, include_last_offset, op="EmbeddingBag(4, 3)"
        ),
        lambda: layer(
            torch.zeros(input, dtype=torch.long),
            None if offsets is None else torch.zeros(offsets, dtype=torch.long),
        ),
    )


def test_embedding_bag_dtype_table() -> None:
    names = [d for d in DTYPE_NAMES if d != "complex32"]
    for index in names:
        for weight in names:
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")  # the deprecated argument order
                    expected: str | None = str(
                        F.embedding_bag(
                            torch.zeros(2, 3, dtype=getattr(torch, index)),
                            torch.zeros(4, 3, dtype=getattr(torch, weight)),
                        ).dtype
                    )
            except (RuntimeError, NotImplementedError):
                expected = None
            if expected is None:
                with pytest.raises(DTypeMismatch):
                    embedding_bag_dtype(index, weight)
            else:
                assert f"torch.{embedding_bag_dtype(index, weight)}" == expected, (index, weight)
    for weight in ("float16", "float32", "float64"):
        for psw in ("float16", "float32", "float64"):
            try:
                F.embedding_bag(
                    torch.zeros(2, 3, dtype=torch.long),
                    torch.zeros(4, 3, dtype=getattr(torch, weight)),
                    per_sample_weights=torch.ones(2, 3, dtype=getattr(torch, psw)),
                    mode="sum",
                )
            except RuntimeError:
                with pytest.raises(DTypeMismatch):
                    embedding_bag_dtype("int64", weight, None, psw)
            else:
                assert embedding_bag_dtype("int64", weight, None, psw) == weight


def test_symbolic_and_messages() -> None:
    assert embedding_bag_shape((B, N), (V, D)) == (B, D)
    assert embedding_bag_shape((N,), (V, D), (B,)) == (B, D)
    assert embedding_bag_shape((N,), (V, D), (B,), include_last_offset=True) == (B - 1, D)
    assert embedding_bag_shape((B, N), (V, D), None, "sum", (B, N)) == (B, D)
    with pytest.raises(
        ShapeMismatch,
        match=r'^"embedding_bag": a 1-D input \[N\] needs 1-D offsets \(the start of each bag\), '
        r"got none$",
    ):
        embedding_bag_shape((N,), (V, D))
    with pytest.raises(UnprovenShape, match=r"per_sample_weights \[N\] must have the shape of"):
        embedding_bag_shape((B,), (V, D), (3,), "sum", (N,))
    with pytest.raises(ShapeMismatch, match=r'only supported with mode="sum", got mode=\'max\''):
        embedding_bag_shape((B, N), (V, D), None, "max", (B, N))
