"""The symbolic dim algebra: normal forms agree with integer arithmetic, and print readably."""

from __future__ import annotations

import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from typedtorch._shapes._symbolic import (
    UNKNOWN,
    Dim,
    Expr,
    Truth,
    ceildiv,
    dims_equal,
    floordiv,
    format_dim,
    mod,
    substitute,
    sym,
    symbols,
)

EXAMPLES = int(os.environ.get("TYPEDTORCH_HYPOTHESIS_EXAMPLES", "200"))
H, W = sym("H"), sym("W")
SYMS = {"H": H, "W": W}


# An expression tree over H, W and small constants, evaluated both symbolically and on ints.
Tree = tuple[object, ...]

leaves = st.one_of(
    st.sampled_from(["H", "W"]).map(lambda n: ("sym", n)),
    st.integers(-6, 6).map(lambda v: ("int", v)),
)


def _extend(children: st.SearchStrategy[Tree]) -> st.SearchStrategy[Tree]:
    binary = st.tuples(st.sampled_from(["+", "-", "*"]), children, children)
    division = st.tuples(
        st.sampled_from(["//", "%", "ceil"]), children, st.integers(1, 5).map(lambda v: ("int", v))
    )
    return st.one_of(binary, division)


trees = st.recursive(leaves, _extend, max_leaves=8)


def build(tree: Tree) -> Dim:
    kind = tree[0]
    if kind == "sym":
        return SYMS[str(tree[1])]
    if kind == "int":
        value = tree[1]
        assert isinstance(value, int)
        return value
    a, b = build(tree[1]), build(tree[2])  # type: ignore[arg-type]
    if kind == "+":
        return a + b
    if kind == "-":
        return a - b
    if kind == "*":
        return a * b
    if kind == "//":
        return floordiv(a, b)
    if kind == "%":
        return mod(a, b)
    return ceildiv(a, b)


def evaluate(tree: Tree, env: dict[str, int]) -> int:
    kind = tree[0]
    if kind == "sym":
        return env[str(tree[1])]
    if kind == "int":
        value = tree[1]
        assert isinstance(value, int)
        return value
    a, b = evaluate(tree[1], env), evaluate(tree[2], env)  # type: ignore[arg-type]
    if kind == "+":
        return a + b
    if kind == "-":
        return a - b
    if kind == "*":
        return a * b
    if kind == "//":
        return a // b
    if kind == "%":
        return a % b
    return -(-a // b)


@settings(max_examples=EXAMPLES, deadline=None)
@given(trees, st.integers(0, 40), st.integers(0, 40))
def test_normal_form_agrees_with_integer_arithmetic(tree: Tree, h: int, w: int) -> None:
    symbolic = build(tree)
    values = {next(iter(symbols(H))): h, next(iter(symbols(W))): w}
    assert substitute(symbolic, values) == evaluate(tree, {"H": h, "W": w})


def test_equal_expressions_have_one_form() -> None:
    assert (H + 1) + (H - 1) == 2 * H
    assert (H - 1) // 2 + 1 == floordiv(H + 1, 2)
    assert ceildiv(H, 2) == floordiv(H + 1, 2)
    assert (2 * H + W + 3) // 2 == H + 1 + floordiv(W + 1, 2)
    assert floordiv(H * W, H) == W
    assert floordiv(floordiv(floordiv(H, 2), 2), 2) == floordiv(H, 8)  # pooled three times
    assert floordiv(48 * H * W, 12 * H * W) == 4
    assert 20 * 12 * 12 == 2880
    assert isinstance(H - H, int) and H - H == 0


def test_three_valued_equality() -> None:
    assert dims_equal(H + 1, 1 + H) is Truth.TRUE
    assert dims_equal(H + 1, H) is Truth.FALSE
    assert dims_equal(H, W) is Truth.UNKNOWN
    assert dims_equal(H, UNKNOWN) is Truth.TRUE
    assert dims_equal(3, 4) is Truth.FALSE
    with pytest.raises(TypeError, match="three-valued"):
        bool(dims_equal(H, W))


@pytest.mark.parametrize(
    ("dim", "text"),
    [
        ((H - 1) // 2 + 1, "(H + 1) // 2"),
        (2 * H * W, "2 * H * W"),
        (H - W + 3, "H - W + 3"),
        ((H - 4) // 2 + 1, "H // 2 - 1"),
        (floordiv(H, W), "H // W"),
        (UNKNOWN, "?"),
        (-H, "-H"),
    ],
)
def test_readable_printing(dim: Dim, text: str) -> None:
    assert format_dim(dim) == text


def test_unknown_absorbs() -> None:
    assert H + UNKNOWN is UNKNOWN
    assert floordiv(UNKNOWN, 2) is UNKNOWN
    assert isinstance(H + 0, Expr)
