"""Product and distance rules (`addmm`, `addmv`, `addbmm`, `baddbmm`, `addr`, `outer`, `cross`,
`kron`, `tensordot`, `cdist`, `pdist`) against torch: same shape, and an error exactly when
torch raises."""

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
    RuleError,
    ShapeMismatch,
    UnprovenShape,
    addbmm_shape,
    addmm_shape,
    addmv_shape,
    addr_shape,
    baddbmm_shape,
    cdist_shape,
    cross_shape,
    format_shape,
    kron_shape,
    outer_shape,
    pdist_shape,
    sym,
    tensordot_shape,
)

EXAMPLES = int(os.environ.get("TYPEDTORCH_HYPOTHESIS_EXAMPLES", "100"))
B, N, M = sym("B"), sym("N"), sym("M")

small = st.integers(0, 3)
shapes = st.lists(small, max_size=4).map(tuple)


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
def near(draw: st.DrawFn, base: tuple[int, ...], rank_change: bool = True) -> tuple[int, ...]:
    """A shape like `base` with some dims changed (often to 1), sometimes of another rank."""
    out = [draw(st.sampled_from([d, d, 1, 2])) for d in base]
    if rank_change and draw(st.integers(0, 4)) == 0:
        return draw(shapes)
    if draw(st.booleans()):
        out = out[draw(st.integers(0, len(out))) :]
    return tuple(out)


_FUSED: dict[str, tuple[Callable[..., Any], Callable[..., Any]]] = {
    "addmm": (addmm_shape, torch.addmm),
    "addmv": (addmv_shape, torch.addmv),
    "addbmm": (addbmm_shape, torch.addbmm),
    "baddbmm": (baddbmm_shape, torch.baddbmm),
    "addr": (addr_shape, torch.addr),
}
_RANKS = {"addmm": (2, 2), "addmv": (2, 1), "addbmm": (3, 3), "baddbmm": (3, 3), "addr": (1, 1)}


@pytest.mark.parametrize("op", sorted(_FUSED))
@settings(max_examples=EXAMPLES, deadline=None)
@given(data=st.data())
def test_fused_products_match_torch(op: str, data: st.DataObject) -> None:
    rule, fn = _FUSED[op]
    ra, rb = _RANKS[op]
    a = tuple(data.draw(small) for _ in range(ra))
    # Mostly a compatible second operand, sometimes anything.
    if data.draw(st.integers(0, 3)) == 0:
        b = data.draw(shapes)
    elif op == "addmv":
        b = a[1:]
    elif op == "addr":
        b = (data.draw(small),)
    else:
        b = (*a[:-2], a[-1], data.draw(small))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            # A 0-dim input broadcasts to any product: this is the product's shape.
            product = tuple(fn(torch.zeros(()), torch.zeros(a), torch.zeros(b)).shape)
    except (RuntimeError, IndexError):
        product = a
    input = data.draw(near(product))
    agree(
        lambda: rule(input, a, b),
        lambda: fn(torch.zeros(input), torch.zeros(a), torch.zeros(b)),
    )


@settings(max_examples=EXAMPLES, deadline=None)
@given(shapes, shapes)
def test_outer_matches_torch(a: tuple[int, ...], b: tuple[int, ...]) -> None:
    agree(lambda: outer_shape(a, b), lambda: torch.outer(torch.zeros(a), torch.zeros(b)))
    agree(lambda: outer_shape(a, b, "ger"), lambda: torch.ger(torch.zeros(a), torch.zeros(b)))


@settings(max_examples=EXAMPLES * 2, deadline=None)
@given(
    st.lists(st.sampled_from([1, 2, 3, 3]), max_size=3).map(tuple),
    st.one_of(st.none(), st.integers(-3, 3)),
    st.booleans(),
    st.data(),
)
def test_cross_matches_torch(
    a: tuple[int, ...], dim: int | None, linalg: bool, data: st.DataObject
) -> None:
    b = data.draw(near(a))
    x, y = torch.zeros(a), torch.zeros(b)
    if linalg:
        d = -1 if dim is None else dim
        agree(lambda: cross_shape(a, b, d), lambda: torch.linalg.cross(x, y, dim=d))
    else:
        agree(lambda: cross_shape(a, b, dim, "cross"), lambda: torch.cross(x, y, dim=dim))


@settings(max_examples=EXAMPLES, deadline=None)
@given(shapes, shapes)
def test_kron_matches_torch(a: tuple[int, ...], b: tuple[int, ...]) -> None:
    agree(lambda: kron_shape(a, b), lambda: torch.kron(torch.zeros(a), torch.zeros(b)))


@settings(max_examples=EXAMPLES * 2, deadline=None)
@given(shapes, st.data())
def test_tensordot_matches_torch(a: tuple[int, ...], data: st.DataObject) -> None:
    b = data.draw(st.one_of(near(a[::-1]), near(a)))
    dims: Any
    if data.draw(st.booleans()):
        dims = data.draw(st.integers(-1, 4))
    else:
        n = data.draw(st.integers(0, 3))
        pick = st.lists(st.integers(-4, 3), min_size=n, max_size=n)
        dims = (data.draw(pick), data.draw(st.one_of(pick, st.lists(st.integers(-4, 3)))))
    agree(
        lambda: tensordot_shape(a, b, dims),
        lambda: torch.tensordot(torch.zeros(a), torch.zeros(b), dims),
    )


@settings(max_examples=EXAMPLES, deadline=None)
@given(shapes, st.data())
def test_cdist_matches_torch(a: tuple[int, ...], data: st.DataObject) -> None:
    b = data.draw(near(a))
    agree(lambda: cdist_shape(a, b), lambda: torch.cdist(torch.zeros(a), torch.zeros(b)))


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.lists(st.integers(0, 5), max_size=3).map(tuple))
def test_pdist_matches_torch(a: tuple[int, ...]) -> None:
    agree(lambda: pdist_shape(a), lambda: torch.pdist(torch.zeros(a)))


def test_symbolic_and_messages() -> None:
    assert addmm_shape((N,), (B, M), (M, N)) == (B, N)
    assert baddbmm_shape((1, B, N), (3, B, M), (3, M, N)) == (3, B, N)
    assert addbmm_shape((), (3, B, M), (3, M, N)) == (B, N)
    assert cross_shape((B, 3), (1, 3)) == (B, 3)
    assert cross_shape((B, N, 3), (B, N, 3), None, "cross") == (B, N, 3)
    assert kron_shape((B, 2), (3,)) == (B, 6)
    assert tensordot_shape((B, N, M), (M, N, 5), ([1, 2], [1, 0])) == (B, 5)
    assert cdist_shape((B, N, 8), (M, 8)) == (B, N, M)
    assert format_shape(pdist_shape((N, 4))) == "[-N + (N * N + N) // 2]"
    with pytest.raises(
        ShapeMismatch,
        match=r'^Incompatible shapes for "addmm": input \[3\] does not broadcast to the shape of '
        r"the product \[B, 4\] \(dims 3 and 4\)$",
    ):
        addmm_shape((3,), (B, 2), (2, 4))
    with pytest.raises(UnprovenShape, match=r'"addmv": input \[N\] does not broadcast'):
        addmv_shape((N,), (B, 2), (2,))
    with pytest.raises(
        ShapeMismatch, match=r'^"outer" expects 1-D arguments, got 2-D self \[B, 1\]$'
    ):
        outer_shape((B, 1), (3,))
    with pytest.raises(
        ShapeMismatch,
        match=r'^Incompatible shapes for "linalg.cross": other \[B, 4\] must have size 3 in '
        r"dimension 1, got 4$",
    ):
        cross_shape((B, 3), (B, 4))
    with pytest.raises(
        ShapeMismatch,
        match=r'^Incompatible shapes for "tensordot": contracted dimension 1 of \[B, 4\] has size '
        r"4 and dimension 0 of \[5, N\] has size 5$",
    ):
        tensordot_shape((B, 4), (5, N), 1)
    with pytest.raises(ShapeMismatch, match=r'^"pdist" expects a 2-D input \[N, M\], got 1-D'):
        pdist_shape((N,))
