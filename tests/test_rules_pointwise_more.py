"""The dtype rules of `atan2`, `fmod`, `logical_and`, `sgn`, `frac`, ... checked exhaustively
against torch: every pair of operand dtypes (tensors of each rank kind, Python scalars)."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

import pytest
import torch

from typedtorch._shapes import DTypeMismatch
from typedtorch._shapes._dtypes import DTYPE_NAMES, Operand, result_type
from typedtorch._shapes._pointwise_more import (
    BINARY_OPS,
    LOGICAL,
    TENSOR_ONLY,
    UNARY_OPS,
    pointwise_binary_dtype,
    unary_dtype,
)

# complex32 has too few kernels on CPU to run ops on.
NAMES = [n for n in DTYPE_NAMES if n != "complex32"]
SCALARS: dict[str, Any] = {"pybool": True, "pyint": 2, "pyfloat": 2.0, "pycomplex": 2j}
TENSORS = [Operand(n, zero_dim=z) for n in NAMES for z in (False, True)]
OPERANDS = TENSORS + [Operand(s) for s in SCALARS]


def _value(o: Operand) -> Any:
    if o.is_scalar:
        return SCALARS[o.dtype]
    return torch.ones(() if o.zero_dim else (2,), dtype=getattr(torch, o.dtype))


def _torch_dtype(fn: Callable[..., torch.Tensor], *args: Any) -> str | None:
    try:
        return str(fn(*args).dtype).removeprefix("torch.")
    except (RuntimeError, NotImplementedError):
        return None


@pytest.mark.filterwarnings("ignore:ComplexHalf support is experimental")
@pytest.mark.parametrize("op", sorted(BINARY_OPS | {"arctan2"}))
def test_binary_dtype_table(op: str) -> None:
    """The rule's dtype, or its error, for the method and the function form alike."""
    for a, b in itertools.product(TENSORS, OPERANDS):
        if b.is_scalar and op in TENSOR_ONLY:
            continue
        if result_type([a, b]) == "complex32" and op not in LOGICAL:
            # ComplexHalf: CPU torch mostly lacks kernels for it (the logical ops are checked).
            continue
        x, y = _value(a), _value(b)
        method = _torch_dtype(getattr(x, op), y)
        function = _torch_dtype(getattr(torch, op), x, y)
        assert method == function, (op, a, b)
        if method is None:
            with pytest.raises(DTypeMismatch):
                pointwise_binary_dtype(op, [a, b])
                pytest.fail(f"{op}({a}, {b}): torch raises, the rule does not")
        else:
            assert pointwise_binary_dtype(op, [a, b]) == method, (op, a, b)


@pytest.mark.parametrize("op", sorted(TENSOR_ONLY))
def test_tensor_only_ops_reject_scalars(op: str) -> None:
    """The ops the hooks leave to the stubs when `other` is a number: torch rejects it."""
    with pytest.raises(TypeError):
        getattr(torch.ones(2), op)(2.0)
    with pytest.raises(TypeError):
        getattr(torch, op)(torch.ones(2), 2.0)


@pytest.mark.parametrize("op", sorted(UNARY_OPS))
def test_unary_dtype_table(op: str) -> None:
    """Method and function form, on non-empty and empty tensors (torch checks both)."""
    for name, shape in itertools.product(NAMES, [(2, 2), (0, 2), ()]):
        x = torch.ones(shape, dtype=getattr(torch, name))
        expected = _torch_dtype(getattr(x, op))
        assert expected == _torch_dtype(getattr(torch, op), x), (op, name)
        if expected is None:
            with pytest.raises(DTypeMismatch, match=f'"{op}": expected'):
                unary_dtype(op, name)
        else:
            assert unary_dtype(op, name) == expected, (op, name)


def test_messages() -> None:
    with pytest.raises(
        DTypeMismatch,
        match=r'^Incompatible dtypes for "fmod": self is bool and other is bool; '
        r"it does not support bool$",
    ):
        pointwise_binary_dtype("fmod", [Operand("bool"), Operand("bool")])
    with pytest.raises(
        DTypeMismatch,
        match=r'^Incompatible dtypes for "hypot": self is int64 and other is bool; it needs '
        r"floating point operands \(convert them with .float\(\)\)$",
    ):
        pointwise_binary_dtype("hypot", [Operand("int64"), Operand("bool", zero_dim=True)])
    with pytest.raises(
        DTypeMismatch,
        match=r'^Incompatible dtype for "frac": expected a floating point tensor, got int64 '
        r"\(convert it with .float\(\)\)$",
    ):
        unary_dtype("frac", "int64")
    assert pointwise_binary_dtype("atan2", [Operand("int64"), Operand("int64")]) == "float32"
    assert pointwise_binary_dtype("pow", [Operand("int64"), Operand("pyfloat")]) == "float32"
