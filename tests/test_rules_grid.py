"""`grid_sample` and `affine_grid` rules against torch: same shape, an error exactly when torch
raises, and the dtypes."""

from __future__ import annotations

import os
import warnings
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
    affine_grid_dtype,
    affine_grid_shape,
    grid_sample_dtype,
    grid_sample_shape,
    sym,
)
from typedtorch._shapes._dtypes import DTYPE_NAMES

EXAMPLES = int(os.environ.get("TYPEDTORCH_HYPOTHESIS_EXAMPLES", "100"))
N, C, H, W = sym("N"), sym("C"), sym("H"), sym("W")
DTYPES = [d for d in DTYPE_NAMES if d != "complex32"]


def agree(rule: Callable[[], object], op: Callable[[], torch.Tensor]) -> None:
    """The rule raises exactly when torch does, and otherwise gives torch's shape."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            expected = tuple(op().shape)
    except (RuntimeError, IndexError, ValueError, NotImplementedError) as err:
        with pytest.raises(RuleError):
            rule()
        assert str(err)
        return
    assert rule() == expected


@settings(max_examples=EXAMPLES * 2, deadline=None)
@given(
    st.integers(3, 6),
    st.sampled_from(["bilinear", "nearest", "bicubic", "area"]),
    st.sampled_from(["zeros", "border", "reflection", "constant"]),
    st.data(),
)
def test_grid_sample_matches_torch(
    rank: int, mode: str, padding_mode: str, data: st.DataObject
) -> None:
    input = tuple(data.draw(st.integers(0, 3)) for _ in range(rank))
    grid_rank = data.draw(st.sampled_from([rank, rank, rank - 1, rank + 1]))
    grid = [data.draw(st.integers(0, 3)) for _ in range(grid_rank)]
    if data.draw(st.integers(0, 3)):
        grid[0] = input[0]
    if grid and data.draw(st.integers(0, 3)):
        grid[-1] = rank - 2
    agree(
        lambda: grid_sample_shape(input, tuple(grid), mode, padding_mode),
        lambda: F.grid_sample(
            torch.zeros(input),
            torch.zeros(grid),
            mode=mode,
            padding_mode=padding_mode,
            align_corners=False,
        ),
    )


@settings(max_examples=EXAMPLES, deadline=None)
@given(
    st.lists(st.integers(-1, 3), min_size=3, max_size=6),
    st.lists(st.integers(0, 4), min_size=1, max_size=4),
    st.booleans(),
    st.data(),
)
def test_affine_grid_matches_torch(
    size: list[int], theta: list[int], align_corners: bool, data: st.DataObject
) -> None:
    if data.draw(st.integers(0, 3)) and len(size) in (4, 5):
        theta = [max(size[0], 0), len(size) - 2, len(size) - 1]
    agree(
        lambda: affine_grid_shape(tuple(theta), size, align_corners),
        lambda: F.affine_grid(torch.zeros(theta), size, align_corners=align_corners),
    )


def test_dtype_tables() -> None:
    for a in DTYPES:
        for b in DTYPES:
            try:
                expected: str | None = str(
                    F.grid_sample(
                        torch.ones(1, 1, 2, 2, dtype=getattr(torch, a)),
                        torch.zeros(1, 2, 2, 2, dtype=getattr(torch, b)),
                        align_corners=False,
                    ).dtype
                )
            except (RuntimeError, NotImplementedError):
                expected = None
            if expected is None:
                with pytest.raises(DTypeMismatch):
                    grid_sample_dtype(a, b)
            else:
                assert f"torch.{grid_sample_dtype(a, b)}" == expected, (a, b)
        try:
            theta_expected: str | None = str(
                F.affine_grid(
                    torch.zeros(1, 2, 3, dtype=getattr(torch, a)), [1, 1, 2, 2], False
                ).dtype
            )
        except (ValueError, RuntimeError, NotImplementedError):
            theta_expected = None
        if theta_expected is None:
            with pytest.raises(DTypeMismatch):
                affine_grid_dtype(a)
        else:
            assert f"torch.{affine_grid_dtype(a)}" == theta_expected, a


def test_symbolic_and_messages() -> None:
    assert grid_sample_shape((N, C, H, W), (N, 7, 9, 2)) == (N, C, 7, 9)
    assert grid_sample_shape((N, C, 4, H, W), (N, H, W, 2, 3)) == (N, C, H, W, 2)
    assert affine_grid_shape((N, 2, 3), (N, C, H, W)) == (N, H, W, 2)
    with pytest.raises(
        ShapeMismatch,
        match=r'^Incompatible shapes for "grid_sample": a 4-D input takes a grid with last dim 2, '
        r"got grid \[N, 7, 9, 3\]$",
    ):
        grid_sample_shape((N, C, H, W), (N, 7, 9, 3))
    with pytest.raises(ShapeMismatch, match=r"bicubic interpolation only supports a 4-D input"):
        grid_sample_shape((N, C, 2, H, W), (N, 1, 1, 1, 3), mode="bicubic")
    with pytest.raises(
        ShapeMismatch,
        match=r'^Incompatible shapes for "affine_grid": size \[N, C, 2, H, W\] takes theta '
        r"\[N, 3, 4\], got theta \[N, 2, 3\]$",
    ):
        affine_grid_shape((N, 2, 3), (N, C, 2, H, W))
