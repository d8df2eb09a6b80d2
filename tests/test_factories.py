"""Tensor factories at runtime, and their shape/dtype rules against torch itself."""

from __future__ import annotations

import math
import os
from collections.abc import Callable
from typing import Any

import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

import typedtorch as tt
from typedtorch._shapes import (
    RuleError,
    ShapeMismatch,
    arange_shape,
    check_random_dtype,
    check_requires_grad,
    eye_shape,
    linspace_shape,
    scalar_dtype,
    size_shape,
    sym,
    tensor_dtype,
    tensor_shape,
)
from typedtorch._shapes._symbolic import Sym, substitute

EXAMPLES = int(os.environ.get("TYPEDTORCH_HYPOTHESIS_EXAMPLES", "100"))

FACTORIES = [
    "zeros",
    "ones",
    "empty",
    "full",
    "rand",
    "randn",
    "randint",
    "arange",
    "linspace",
    "eye",
    "tensor",
    "zeros_like",
    "ones_like",
    "empty_like",
    "full_like",
    "rand_like",
    "randn_like",
]


@pytest.mark.parametrize("name", FACTORIES)
def test_factories_are_torch_functions(name: str) -> None:
    # No wrapper: the factories cost nothing over torch's own and accept all its arguments.
    assert getattr(tt, name) is getattr(torch, name)


x = torch.zeros(2, 3)

# (call, torch call, the dtype kind the stub's default promises)
CASES: list[tuple[str, Callable[[], Any], Callable[[], torch.Tensor], str]] = [
    ("zeros varargs", lambda: tt.zeros(2, 3), lambda: torch.zeros(2, 3), "Float32"),
    ("zeros tuple", lambda: tt.zeros((2, 3)), lambda: torch.zeros((2, 3)), "Float32"),
    ("ones", lambda: tt.ones(4), lambda: torch.ones(4), "Float32"),
    ("empty", lambda: tt.empty([1, 2]), lambda: torch.empty([1, 2]), "Float32"),
    ("rand", lambda: tt.rand(3, 1), lambda: torch.rand(3, 1), "Float32"),
    ("randn", lambda: tt.randn(2), lambda: torch.randn(2), "Float32"),
    ("full float", lambda: tt.full((2,), 1.5), lambda: torch.full((2,), 1.5), "Float32"),
    ("full int", lambda: tt.full((2,), 7), lambda: torch.full((2,), 7), "Int64"),
    ("full bool", lambda: tt.full((2,), True), lambda: torch.full((2,), True), "Bool"),
    ("full complex", lambda: tt.full((2,), 1j), lambda: torch.full((2,), 1j), "Complex64"),
    ("randint high", lambda: tt.randint(5, (2, 2)), lambda: torch.randint(5, (2, 2)), "Int64"),
    ("randint low", lambda: tt.randint(1, 5, (3,)), lambda: torch.randint(1, 5, (3,)), "Int64"),
    ("arange int", lambda: tt.arange(10), lambda: torch.arange(10), "Int64"),
    ("arange range", lambda: tt.arange(2, 10, 2), lambda: torch.arange(2, 10, 2), "Int64"),
    ("arange float", lambda: tt.arange(0, 1, 0.25), lambda: torch.arange(0, 1, 0.25), "Float32"),
    ("linspace", lambda: tt.linspace(0, 1, 5), lambda: torch.linspace(0, 1, 5), "Float32"),
    ("eye", lambda: tt.eye(3), lambda: torch.eye(3), "Float32"),
    ("eye nm", lambda: tt.eye(2, 4), lambda: torch.eye(2, 4), "Float32"),
    (
        "tensor float",
        lambda: tt.tensor([[1.0, 2.0]]),
        lambda: torch.tensor([[1.0, 2.0]]),
        "Float32",
    ),
    ("tensor int", lambda: tt.tensor([1, 2]), lambda: torch.tensor([1, 2]), "Int64"),
    ("tensor bool", lambda: tt.tensor([True]), lambda: torch.tensor([True]), "Bool"),
    ("tensor empty", lambda: tt.tensor([]), lambda: torch.tensor([]), "Float32"),
    ("tensor mixed", lambda: tt.tensor([1, 2.5]), lambda: torch.tensor([1, 2.5]), "Float32"),
    ("zeros_like", lambda: tt.zeros_like(x), lambda: torch.zeros_like(x), "Float32"),
    (
        "ones_like dtype",
        lambda: tt.ones_like(x, dtype=tt.int64),
        lambda: torch.ones_like(x, dtype=torch.int64),
        "Int64",
    ),
    ("full_like", lambda: tt.full_like(x, 2), lambda: torch.full_like(x, 2), "Float32"),
    ("rand_like", lambda: tt.rand_like(x), lambda: torch.rand_like(x), "Float32"),
    ("randn_like", lambda: tt.randn_like(x), lambda: torch.randn_like(x), "Float32"),
    (
        "dtype",
        lambda: tt.zeros(2, dtype=tt.float64, device=tt.cpu),
        lambda: torch.zeros(2, dtype=torch.float64),
        "Float64",
    ),
    (
        "torch dtype and device string",
        lambda: tt.ones(2, dtype=torch.float16, device="cpu"),
        lambda: torch.ones(2, dtype=torch.float16),
        "Float16",
    ),
    (
        "requires_grad",
        lambda: tt.randn(2, requires_grad=True),
        lambda: torch.randn(2, requires_grad=True),
        "Float32",
    ),
]


@pytest.mark.parametrize(
    ("call", "reference", "kind"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_factory_matches_torch(
    call: Callable[[], Any], reference: Callable[[], torch.Tensor], kind: str
) -> None:
    out, ref = call(), reference()
    assert type(out) is torch.Tensor
    assert out.shape == ref.shape
    assert out.dtype == ref.dtype
    assert out.device == ref.device
    assert out.requires_grad == ref.requires_grad
    # The dtype the static view promises for these arguments is the one torch gives.
    assert tt.dtype_kind(out.dtype).__name__ == kind


def test_manual_seed_reproduces_torch() -> None:
    g = tt.manual_seed(1234)
    assert isinstance(g, torch.Generator)
    ours = (tt.randn(4), tt.rand(2, 2), tt.randint(0, 100, (5,)), tt.randn_like(x))
    torch.manual_seed(1234)
    theirs = (torch.randn(4), torch.rand(2, 2), torch.randint(0, 100, (5,)), torch.randn_like(x))
    for a, b in zip(ours, theirs, strict=True):
        assert torch.equal(a, b)


def test_explicit_generator_is_threaded() -> None:
    assert tt.Generator is torch.Generator
    g1 = tt.Generator().manual_seed(7)
    g2 = torch.Generator().manual_seed(7)
    a = tt.randn(3, generator=g1)
    b = torch.randn(3, generator=g2)
    assert torch.equal(a, b)
    # Consuming the generator advances it: the next draw differs, the same way in both.
    c = tt.rand_like(x, generator=g1)
    d = torch.rand_like(x, generator=g2)
    assert torch.equal(c, d)
    assert not torch.equal(tt.randn(3, generator=g1), a)


# -- rules against torch ------------------------------------------------------------------------


def _torch_error(fn: Callable[[], object]) -> bool:
    try:
        fn()
    except (RuntimeError, ValueError, TypeError, NotImplementedError, IndexError, OverflowError):
        return True
    return False


def _same_outcome(rule: Callable[[], object], reference: Callable[[], torch.Tensor]) -> None:
    try:
        ref = reference()
    except (RuntimeError, ValueError, TypeError, NotImplementedError, IndexError, OverflowError):
        with pytest.raises(RuleError):
            rule()
        return
    assert rule() == tuple(ref.shape)


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.lists(st.integers(-2, 4), max_size=4))
def test_size_rule_matches_torch(size: list[int]) -> None:
    _same_outcome(lambda: size_shape("zeros", size), lambda: torch.zeros(size, device="meta"))


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.integers(-20, 20), st.integers(-20, 20), st.integers(-6, 6))
def test_arange_int_rule_matches_torch(start: int, end: int, step: int) -> None:
    _same_outcome(
        lambda: arange_shape(start, end, step),
        lambda: torch.arange(start, end, step, device="meta"),
    )


_finite = st.floats(-50, 50, allow_nan=False, allow_infinity=False, width=64)


@settings(max_examples=EXAMPLES, deadline=None)
@given(_finite, _finite, st.one_of(_finite, st.integers(-5, 5)))
def test_arange_float_rule_matches_torch(start: float, end: float, step: float | int) -> None:
    _same_outcome(
        lambda: arange_shape(start, end, step),
        lambda: torch.arange(start, end, step, device="meta"),
    )


def test_arange_rule_is_ceil_of_range_over_step() -> None:
    assert arange_shape(2, 10, 2) == (4,)
    assert arange_shape(0, 10) == (10,)
    assert arange_shape(2, 11, 3) == (math.ceil(9 / 3),)
    assert arange_shape(10, 0, -3) == (4,)
    with pytest.raises(ShapeMismatch, match='Invalid step for "arange": step must be nonzero'):
        arange_shape(0, 1, 0)
    with pytest.raises(ShapeMismatch, match="inconsistent with the sign of step 1"):
        arange_shape(3, 0)


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.integers(0, 30), st.integers(0, 30), st.integers(1, 4))
def test_arange_symbolic_rule_agrees_with_concrete(start: int, end: int, step: int) -> None:
    n = sym("N")
    (dim,) = arange_shape(start, n, step)
    atom = n.terms[0][0][0]
    assert isinstance(atom, Sym)
    if end >= start:
        assert substitute(dim, {atom: end}) == arange_shape(start, end, step)[0]


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.integers(-3, 20))
def test_linspace_rule_matches_torch(steps: int) -> None:
    _same_outcome(lambda: linspace_shape(steps), lambda: torch.linspace(0, 1, steps, device="meta"))


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.integers(-2, 5), st.one_of(st.none(), st.integers(-2, 5)))
def test_eye_rule_matches_torch(n: int, m: int | None) -> None:
    _same_outcome(
        lambda: eye_shape(n, m),
        lambda: torch.eye(n, device="meta") if m is None else torch.eye(n, m, device="meta"),
    )


_scalars = st.one_of(
    st.booleans(),
    st.integers(-3, 3),
    st.floats(-3, 3, allow_nan=False),
    st.complex_numbers(max_magnitude=3, allow_nan=False, allow_infinity=False),
)
# Nested lists, often regular, sometimes ragged or mixing scalars with lists.
_nested = st.recursive(_scalars, lambda inner: st.lists(inner, max_size=3), max_leaves=12)


def _regular(draw_shape: list[int], leaf: object) -> object:
    if not draw_shape:
        return leaf
    return [_regular(draw_shape[1:], leaf) for _ in range(draw_shape[0])]


@settings(max_examples=EXAMPLES, deadline=None)
@given(_nested)
def test_tensor_rules_match_torch_on_any_nesting(data: object) -> None:
    try:
        ref = torch.tensor(data)
    except (RuntimeError, ValueError, TypeError):
        with pytest.raises(ShapeMismatch, match='Ragged nested sequence for "tensor"'):
            tensor_shape(data)
        return
    assert tensor_shape(data) == tuple(ref.shape)
    assert tensor_dtype(data) == str(ref.dtype).removeprefix("torch.")


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.lists(st.integers(0, 3), max_size=3), _scalars)
def test_tensor_rules_match_torch_on_regular_data(shape: list[int], leaf: object) -> None:
    data = _regular(shape, leaf)
    ref = torch.tensor(data)
    assert tensor_shape(data) == tuple(ref.shape)
    assert tensor_dtype(data) == str(ref.dtype).removeprefix("torch.")


def test_ragged_message_is_torchs() -> None:
    with pytest.raises(ValueError, match=r"expected sequence of length 2 at dim 1 \(got 3\)"):
        torch.tensor([[1, 2], [3, 4, 5]])
    with pytest.raises(ShapeMismatch, match=r"expected sequence of length 2 at dim 1 \(got 3\)"):
        tensor_shape([[1, 2], [3, 4, 5]])


@pytest.mark.parametrize("value", [True, 3, 2.5, 1j])
def test_full_dtype_rule_matches_torch(value: object) -> None:
    assert scalar_dtype(value) == str(torch.full((1,), value).dtype).removeprefix("torch.")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "dtype", [torch.float32, torch.float64, torch.complex64, torch.int64, torch.int32, torch.bool]
)
def test_dtype_checks_match_torch(dtype: torch.dtype) -> None:
    name = str(dtype).removeprefix("torch.")
    grad_fails = _torch_error(lambda: torch.zeros(1, dtype=dtype, requires_grad=True))
    rand_fails = _torch_error(lambda: torch.randn(1, dtype=dtype))
    assert grad_fails == _torch_error(lambda: check_requires_grad("zeros", name, True))
    assert rand_fails == _torch_error(lambda: check_random_dtype("randn", name))
    if grad_fails:
        with pytest.raises(RuleError, match="only floating point and complex dtypes can require"):
            check_requires_grad("zeros", name, True)
