"""Activation and clamp rules (`softplus`, ..., `glu`, `gumbel_softmax`, `clamp_min`/`clamp_max`)
against torch: same shape, an error exactly when torch raises, and the dtypes torch accepts."""

from __future__ import annotations

import os
import warnings
from collections.abc import Callable
from typing import Any

import pytest
import torch
import torch.nn as nn
import torch.nn.functional as F
from hypothesis import given, settings
from hypothesis import strategies as st

from typedtorch._shapes import (
    ACTIVATIONS,
    DTypeMismatch,
    RuleError,
    ShapeMismatch,
    UnprovenShape,
    activation_args,
    activation_dtype,
    clamp_shape,
    glu_shape,
    gumbel_softmax_shape,
    sym,
)
from typedtorch._shapes._dtypes import DTYPE_NAMES, Operand
from typedtorch._shapes._elementwise import binary_dtype

EXAMPLES = int(os.environ.get("TYPEDTORCH_HYPOTHESIS_EXAMPLES", "100"))
B, H = sym("B"), sym("H")

shapes = st.lists(st.integers(0, 4), max_size=4).map(tuple)
dims = st.integers(-5, 4)
DTYPES = [d for d in DTYPE_NAMES if d != "complex32"]

_OPS: dict[str, Callable[[torch.Tensor], torch.Tensor]] = {
    "softplus": F.softplus,
    "logsigmoid": F.logsigmoid,
    "relu6": F.relu6,
    "hardswish": F.hardswish,
    "hardsigmoid": F.hardsigmoid,
    "mish": F.mish,
    "softsign": F.softsign,
    "tanhshrink": F.tanhshrink,
    "softshrink": F.softshrink,
    "hardshrink": F.hardshrink,
    "celu": F.celu,
    "selu": F.selu,
    "threshold": lambda x: F.threshold(x, 0, 1),
    "hardtanh": F.hardtanh,
    "rrelu": F.rrelu,
    "glu": F.glu,
    "gumbel_softmax": F.gumbel_softmax,
}


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


def test_every_activation_is_tested() -> None:
    assert set(_OPS) == ACTIVATIONS


@pytest.mark.parametrize("op", sorted(_OPS))
def test_activation_dtype_table(op: str) -> None:
    for name in DTYPES:
        for training in (False, True) if op == "rrelu" else (False,):
            x = torch.ones(2, 4, dtype=getattr(torch, name))
            try:
                result = F.rrelu(x, training=True) if training else _OPS[op](x)
                expected: str | None = str(result.dtype)
            except (RuntimeError, NotImplementedError):
                expected = None
            if expected is None:
                with pytest.raises(DTypeMismatch, match=f'^Incompatible dtype for "{op}"'):
                    activation_dtype(op, name, training)
            else:
                assert f"torch.{activation_dtype(op, name, training)}" == expected, (op, name)


@pytest.mark.parametrize("op", sorted(_OPS))
@settings(max_examples=EXAMPLES // 4, deadline=None)
@given(shape=shapes)
def test_activations_keep_the_shape(op: str, shape: tuple[int, ...]) -> None:
    if op in ("glu", "gumbel_softmax"):
        return  # their own rules, below
    assert tuple(_OPS[op](torch.zeros(shape)).shape) == shape


_ARGS: list[tuple[str, dict[str, float]]] = [
    ("softshrink", {"lambd": -1.0}),
    ("softshrink", {"lambd": 0.0}),
    ("hardtanh", {"min_val": 2.0, "max_val": 1.0}),
    ("hardtanh", {"min_val": 1.0, "max_val": 1.0}),
    ("hardtanh", {"min_val": 2.0}),
    ("celu", {"alpha": 0.0}),
    ("celu", {"alpha": 2.0}),
    ("rrelu", {"lower": 0.5, "upper": 0.1}),
    ("rrelu", {"lower": 0.5}),
    ("rrelu", {"upper": 0.2}),
    ("hardshrink", {"lambd": -1.0}),
    ("threshold", {"threshold": 1.0, "value": 2.0}),
]


@pytest.mark.parametrize(("op", "args"), _ARGS)
def test_activation_args_match_torch(op: str, args: dict[str, float]) -> None:
    x = torch.ones(2, 3)
    fn: Any = getattr(F, op)
    agree(lambda: (activation_args(op, args), (2, 3))[1], lambda: fn(x, **args))


@settings(max_examples=EXAMPLES, deadline=None)
@given(shapes, dims)
def test_glu_matches_torch(shape: tuple[int, ...], dim: int) -> None:
    agree(lambda: glu_shape(shape, dim), lambda: F.glu(torch.zeros(shape), dim))
    agree(lambda: glu_shape(shape, dim), lambda: nn.GLU(dim)(torch.zeros(shape)))


@settings(max_examples=EXAMPLES, deadline=None)
@given(shapes, dims, st.booleans())
def test_gumbel_softmax_matches_torch(shape: tuple[int, ...], dim: int, hard: bool) -> None:
    agree(
        lambda: gumbel_softmax_shape(shape, dim, hard),
        lambda: F.gumbel_softmax(torch.zeros(shape), hard=hard, dim=dim),
    )


@settings(max_examples=EXAMPLES, deadline=None)
@given(shapes, st.none() | shapes, st.none() | shapes)
def test_clamp_matches_torch(
    shape: tuple[int, ...], lo: tuple[int, ...] | None, hi: tuple[int, ...] | None
) -> None:
    x = torch.zeros(shape)
    tlo = None if lo is None else torch.zeros(lo)
    thi = None if hi is None else torch.zeros(hi)
    agree(lambda: clamp_shape(shape, lo, hi), lambda: torch.clamp(x, tlo, thi))
    if lo is not None:
        agree(lambda: clamp_shape(shape, lo, None, "clamp_min"), lambda: torch.clamp_min(x, tlo))
    if hi is not None:
        agree(lambda: clamp_shape(shape, None, hi, "clamp_max"), lambda: torch.clamp_max(x, thi))


@pytest.mark.parametrize("op", ["clamp_min", "clamp_max"])
def test_clamp_dtype_is_binary_promotion(op: str) -> None:
    for name in DTYPES:
        x = torch.ones(2, dtype=getattr(torch, name))
        for bound, operand in [(0, "pyint"), (0.5, "pyfloat"), *((n, n) for n in DTYPES)]:
            b: Any = torch.ones(2, dtype=getattr(torch, bound)) if isinstance(bound, str) else bound
            try:
                expected: str | None = str(getattr(torch, op)(x, b).dtype)
            except (RuntimeError, NotImplementedError):
                expected = None
            operands = [Operand(name), Operand(operand)]
            if expected is None:
                with pytest.raises(DTypeMismatch):
                    binary_dtype(op, operands)
            else:
                assert f"torch.{binary_dtype(op, operands)}" == expected, (op, name, operand)


def test_symbolic_and_messages() -> None:
    assert glu_shape((B, 2 * H)) == (B, H)
    assert glu_shape((B, 2 * H + 4), 1) == (B, H + 2)
    assert gumbel_softmax_shape((B, H), 0, hard=True) == (B, H)
    assert clamp_shape((B, 1), (H,), None) == (B, H)
    with pytest.raises(
        ShapeMismatch,
        match=r'^"glu" halves dimension 1, which must have an even size, got 3 in input \[B, 3\]$',
    ):
        glu_shape((B, 3))
    with pytest.raises(UnprovenShape, match=r"got H in input \[B, H\] \(cannot prove it divides\)"):
        glu_shape((B, H))
    with pytest.raises(ShapeMismatch, match=r'^"clamp" expects at least one of min or max$'):
        clamp_shape((B,), None, None)
    with pytest.raises(
        DTypeMismatch,
        match=r'^Incompatible dtype for "mish": expected a floating point tensor, got int64 '
        r"\(convert it with .float\(\)\)$",
    ):
        activation_dtype("mish", "int64")
