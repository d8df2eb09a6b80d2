"""Sorting and order-selection rules (`topk`, `sort`, `kthvalue`, `median`, `mode`, cumulative
ops, `searchsorted`, `bucketize`) against torch: same shape, an error exactly when torch raises,
and the dtypes torch gives."""

from __future__ import annotations

import os
import warnings
from collections.abc import Callable
from typing import Any

import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from typedtorch._shapes import (
    DTypeMismatch,
    RuleError,
    ShapeMismatch,
    UnprovenShape,
    bucketize_shape,
    cummax_shape,
    kthvalue_shape,
    searchsorted_dtype,
    searchsorted_shape,
    select_along_shape,
    sort_dtype,
    sym,
    topk_shape,
)
from typedtorch._shapes._dtypes import DTYPE_NAMES
from typedtorch._shapes._reduce import dim_op_shape, reduce_dtype

EXAMPLES = int(os.environ.get("TYPEDTORCH_HYPOTHESIS_EXAMPLES", "100"))
B, N = sym("B"), sym("N")

shapes = st.lists(st.integers(0, 3), max_size=4).map(tuple)
dims = st.integers(-4, 4)
# Real dtypes torch's CPU kernels know (complex32 has almost none).
DTYPES = [d for d in DTYPE_NAMES if d != "complex32"]


def agree(rule: Callable[[], object], op: Callable[[], Any]) -> None:
    """The rule raises exactly when torch does, and otherwise gives torch's shape."""
    try:
        result = op()
    except (RuntimeError, IndexError, ValueError) as err:
        with pytest.raises(ShapeMismatch):
            rule()
        assert str(err)
        return
    shapes_ = [tuple(t.shape) for t in result] if isinstance(result, tuple) else [result.shape]
    for got in shapes_:
        assert rule() == tuple(got)


@settings(max_examples=EXAMPLES, deadline=None)
@given(shapes, st.integers(-1, 4), dims)
def test_topk_matches_torch(shape: tuple[int, ...], k: int, dim: int) -> None:
    x = torch.zeros(shape)
    agree(lambda: topk_shape(shape, k, dim), lambda: x.topk(k, dim))


@settings(max_examples=EXAMPLES, deadline=None)
@given(shapes, st.integers(-1, 4), dims, st.booleans())
def test_kthvalue_matches_torch(shape: tuple[int, ...], k: int, dim: int, keepdim: bool) -> None:
    x = torch.zeros(shape)
    agree(lambda: kthvalue_shape(shape, k, dim, keepdim), lambda: x.kthvalue(k, dim, keepdim))


@pytest.mark.parametrize("op", ["median", "nanmedian", "mode"])
@settings(max_examples=EXAMPLES, deadline=None)
@given(shape=shapes, dim=dims, keepdim=st.booleans())
def test_select_along_matches_torch(
    op: str, shape: tuple[int, ...], dim: int, keepdim: bool
) -> None:
    x = torch.zeros(shape)
    agree(lambda: select_along_shape(shape, dim, keepdim, op), lambda: getattr(x, op)(dim, keepdim))


_DIM_OPS: dict[str, Callable[[torch.Tensor, int], Any]] = {
    "sort": lambda x, d: x.sort(d),
    "argsort": lambda x, d: x.argsort(d),
    "cummax": lambda x, d: x.cummax(d),
    "cummin": lambda x, d: x.cummin(d),
    "logcumsumexp": lambda x, d: x.logcumsumexp(d),
}


@pytest.mark.parametrize("op", sorted(_DIM_OPS))
@settings(max_examples=EXAMPLES, deadline=None)
@given(shape=shapes, dim=dims)
def test_dim_ops_match_torch(op: str, shape: tuple[int, ...], dim: int) -> None:
    x = torch.zeros(shape)
    rule = cummax_shape if op in ("cummax", "cummin") else dim_op_shape
    agree(lambda: rule(shape, dim, op), lambda: _DIM_OPS[op](x, dim))


@settings(max_examples=EXAMPLES, deadline=None)
@given(shapes)
def test_msort_is_a_sort_along_dim_0(shape: tuple[int, ...]) -> None:
    x = torch.zeros(shape)
    agree(lambda: dim_op_shape(shape, 0, "msort"), lambda: x.msort())


_DTYPE_OPS: dict[str, Callable[[torch.Tensor], Any]] = {
    "sort": lambda x: x.sort(0),
    "argsort": lambda x: x.argsort(0),
    "msort": lambda x: x.msort(),
    "topk": lambda x: x.topk(1, 0),
    "kthvalue": lambda x: x.kthvalue(1, 0),
    "median": lambda x: x.median(0),
    "nanmedian": lambda x: x.nanmedian(0),
    "mode": lambda x: x.mode(0),
}


def _torch_dtypes(fn: Callable[[torch.Tensor], Any], x: torch.Tensor) -> list[str] | None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            result = fn(x)
    except (RuntimeError, NotImplementedError):
        return None
    tensors = result if isinstance(result, tuple) else (result,)
    return [str(t.dtype).removeprefix("torch.") for t in tensors]


@pytest.mark.parametrize("op", sorted(_DTYPE_OPS))
def test_sort_dtype_table(op: str) -> None:
    for name in DTYPES:
        x = torch.ones(3, dtype=getattr(torch, name))
        expected = _torch_dtypes(_DTYPE_OPS[op], x)
        if expected is None:
            with pytest.raises(DTypeMismatch, match=f'Incompatible dtype for "{op}"'):
                sort_dtype(op, name)
        else:
            assert sort_dtype(op, name) == expected[0], (op, name)
            assert expected[1:] in ([], ["int64"])


@pytest.mark.parametrize("op", ["cummax", "cummin", "logcumsumexp"])
def test_cumulative_dtype_table(op: str) -> None:
    for name in DTYPES:
        x = torch.ones(3, dtype=getattr(torch, name))
        expected = _torch_dtypes(lambda t: _DIM_OPS[op](t, 0), x)
        if expected is None:
            with pytest.raises(DTypeMismatch, match=f'Incompatible dtype for "{op}"'):
                reduce_dtype(op, name)
        else:
            assert reduce_dtype(op, name) == expected[0], (op, name)


@settings(max_examples=EXAMPLES, deadline=None)
@given(
    st.lists(st.integers(0, 3), max_size=3).map(tuple),
    st.lists(st.integers(0, 3), max_size=3).map(tuple),
    st.sampled_from([None, "same", "other"]),
)
def test_searchsorted_matches_torch(
    seq: tuple[int, ...], values: tuple[int, ...], sorter_kind: str | None
) -> None:
    sorter = None if sorter_kind is None else seq if sorter_kind == "same" else (*seq, 1)
    torch_sorter = None if sorter is None else torch.zeros(sorter, dtype=torch.long)
    agree(
        lambda: searchsorted_shape(seq, values, sorter),
        lambda: torch.searchsorted(torch.zeros(seq), torch.zeros(values), sorter=torch_sorter),
    )


@settings(max_examples=EXAMPLES, deadline=None)
@given(
    st.lists(st.integers(0, 3), max_size=3).map(tuple),
    st.lists(st.integers(0, 3), max_size=2).map(tuple),
)
def test_bucketize_matches_torch(input: tuple[int, ...], boundaries: tuple[int, ...]) -> None:
    agree(
        lambda: bucketize_shape(input, boundaries),
        lambda: torch.bucketize(torch.zeros(input), torch.zeros(boundaries)),
    )


@pytest.mark.parametrize("out_int32", [False, True])
def test_searchsorted_dtype_table(out_int32: bool) -> None:
    for seq in DTYPES:
        for values in [*DTYPES, "pyfloat", "pyint"]:
            v: Any = 1.5 if values == "pyfloat" else 1 if values == "pyint" else None
            if v is None:
                v = torch.ones(2, dtype=getattr(torch, values))
            s = torch.ones(3, dtype=getattr(torch, seq))
            try:
                expected: str | None = str(torch.searchsorted(s, v, out_int32=out_int32).dtype)
            except (RuntimeError, NotImplementedError):
                expected = None
            if expected is None:
                with pytest.raises(DTypeMismatch):
                    searchsorted_dtype(seq, values, out_int32)
            else:
                assert f"torch.{searchsorted_dtype(seq, values, out_int32)}" == expected


def test_symbolic_and_messages() -> None:
    assert topk_shape((B, N), 5) == (B, 5)
    assert topk_shape((B, N), N, 1) == (B, N)
    assert kthvalue_shape((B, N), 1, 1, keepdim=True) == (B, 1)
    assert select_along_shape((B, N), 0, False, "median") == (N,)
    assert cummax_shape((B, 0), 5) == (B, 0)
    with pytest.raises(ShapeMismatch, match=r'^Dimension out of range for "cummin"'):
        cummax_shape((B, N), 5, "cummin")
    assert searchsorted_shape((B, N), (B, 7)) == (B, 7)
    with pytest.raises(
        ShapeMismatch,
        match=r'^Selected index k out of range for "topk": k is N \+ 1 but dimension 1 of input '
        r"\[B, N\] has size N$",
    ):
        topk_shape((B, N), N + 1, 1)
    with pytest.raises(
        ShapeMismatch,
        match=r'^Selected number k out of range for "kthvalue": k is 0 but dimension -1 of input '
        r"\[B, 4\] has size 4$",
    ):
        kthvalue_shape((B, 4), 0)
    with pytest.raises(
        ShapeMismatch,
        match=r'^"mode" expects reduction dim 1 to have non-zero size, got input \[B, 0\]$',
    ):
        select_along_shape((B, 0), -1, False, "mode")
    with pytest.raises(UnprovenShape, match=r"takes values \[B, \*\], got values \[N, 3\]"):
        searchsorted_shape((B, 5), (N, 3))
    with pytest.raises(RuleError, match=r'^"bucketize" expects 1-D boundaries, got 2-D'):
        bucketize_shape((B,), (2, 3))
    with pytest.raises(
        DTypeMismatch, match=r'^Incompatible dtype for "topk": torch does not support bool'
    ):
        sort_dtype("topk", "bool")
