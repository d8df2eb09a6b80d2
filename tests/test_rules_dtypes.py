"""Dtype promotion and the elementwise dtype/device rules, checked exhaustively against torch."""

from __future__ import annotations

import itertools
import warnings
from collections.abc import Callable
from typing import Any

import pytest
import torch

from typedtorch._shapes import DeviceMismatch, DTypeMismatch
from typedtorch._shapes._dtypes import DTYPE_NAMES, Operand, promote_types, result_type
from typedtorch._shapes._elementwise import (
    DeviceOperand,
    binary_dtype,
    common_device,
    inplace_dtype,
    lerp_dtype,
    require_bool_mask,
)

# complex32 has too few kernels on CPU to run ops on; it is promotion-tested only.
NAMES = [n for n in DTYPE_NAMES if n != "complex32"]
SCALARS: dict[str, Any] = {"pybool": True, "pyint": 2, "pyfloat": 2.0, "pycomplex": 2j}
OPERANDS = [Operand(n, zero_dim=z) for n in NAMES for z in (False, True)] + [
    Operand(s) for s in SCALARS
]


def _value(o: Operand) -> Any:
    if o.is_scalar:
        return SCALARS[o.dtype]
    # Ones, so that division and remainder do not divide by zero.
    return torch.ones(() if o.zero_dim else (2,), dtype=getattr(torch, o.dtype))


def test_promote_types_table() -> None:
    for a, b in itertools.product(DTYPE_NAMES, repeat=2):
        expected = str(torch.promote_types(getattr(torch, a), getattr(torch, b)))
        assert f"torch.{promote_types(a, b)}" == expected, (a, b)


def test_result_type_table() -> None:
    for a, b in itertools.product(OPERANDS, repeat=2):
        if a.is_scalar and b.is_scalar:
            continue
        expected = torch.result_type(_value(a), _value(b))
        assert f"torch.{result_type([a, b])}" == str(expected), (a, b)


_OPS: dict[str, Callable[[Any, Any], Any]] = {
    "add": lambda a, b: a + b,
    "sub": lambda a, b: a - b,
    "mul": lambda a, b: a * b,
    "div": lambda a, b: a / b,
    "floor_divide": lambda a, b: a // b,
    "div(rounding_mode='floor')": lambda a, b: torch.div(a, b, rounding_mode="floor"),
    "div(rounding_mode='trunc')": lambda a, b: torch.div(a, b, rounding_mode="trunc"),
    "remainder": lambda a, b: a % b,
    "pow": lambda a, b: a**b,
    "bitwise_and": lambda a, b: a & b,
    "bitwise_or": lambda a, b: a | b,
    "bitwise_xor": lambda a, b: a ^ b,
    "eq": lambda a, b: a == b,
    "ne": lambda a, b: a != b,
    "lt": lambda a, b: a < b,
    "le": lambda a, b: a <= b,
    "gt": lambda a, b: a > b,
    "ge": lambda a, b: a >= b,
    "maximum": torch.maximum,
    "minimum": torch.minimum,
}


@pytest.mark.parametrize("op", sorted(_OPS))
def test_binary_dtype_table(op: str) -> None:
    """The rule's dtype, or its error, for every pair of operands torch accepts as such."""
    fn = _OPS[op]
    for a, b in itertools.product(OPERANDS, repeat=2):
        if a.is_scalar and (b.is_scalar or op in ("maximum", "minimum")):
            continue
        if b.is_scalar and op in ("maximum", "minimum"):
            continue
        if result_type([a, b]) == "complex32":
            # float16 with complex: ComplexHalf, whose kernels CPU torch mostly lacks.
            continue
        try:
            expected: str | None = str(fn(_value(a), _value(b)).dtype)
        except (RuntimeError, NotImplementedError, TypeError):
            expected = None
        if expected is None:
            with pytest.raises(DTypeMismatch):
                binary_dtype(op, [a, b])
                pytest.fail(f"{op}({a}, {b}): torch raises, the rule does not")
        else:
            assert f"torch.{binary_dtype(op, [a, b])}" == expected, (op, a, b)


def test_inplace_dtype_table() -> None:
    for a, b in itertools.product(NAMES, repeat=2):
        x = torch.ones(2, dtype=getattr(torch, a))
        try:
            x.add_(torch.ones(2, dtype=getattr(torch, b)))
        except RuntimeError:
            with pytest.raises(DTypeMismatch, match="cannot be cast"):
                inplace_dtype("add_", a, result_type([Operand(a), Operand(b)]))
        else:
            assert inplace_dtype("add_", a, result_type([Operand(a), Operand(b)])) == a


def test_lerp_dtype_table() -> None:
    for a, b in itertools.product(NAMES, repeat=2):
        x = torch.ones(2, dtype=getattr(torch, a))
        try:
            expected = str(x.lerp(torch.ones(2, dtype=getattr(torch, b)), 0.5).dtype)
        except (RuntimeError, NotImplementedError):
            with pytest.raises(DTypeMismatch):
                lerp_dtype(a, b, None)
        else:
            assert f"torch.{lerp_dtype(a, b, None)}" == expected


def _run_mask_op(op: str, mask: torch.Tensor) -> None:
    x = torch.zeros(2)
    if op == "masked_fill":
        x.masked_fill(mask, 1.0)
    else:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # uint8 conditions are deprecated, still accepted
            torch.where(mask, x, x)


@pytest.mark.parametrize("op", ["masked_fill", "where"])
def test_mask_dtypes(op: str) -> None:
    for name in NAMES:
        mask = torch.zeros(2, dtype=getattr(torch, name))
        try:
            _run_mask_op(op, mask)
        except RuntimeError:
            with pytest.raises(DTypeMismatch, match="must be a bool tensor"):
                require_bool_mask(op, "mask", name)
        else:
            require_bool_mask(op, "mask", name)


def test_dtype_messages() -> None:
    with pytest.raises(
        DTypeMismatch,
        match=r'^Incompatible dtypes for "bitwise_and": self is float32 and other is int; '
        r"it needs integer or bool operands$",
    ):
        binary_dtype("bitwise_and", [Operand("float32"), Operand("pyint")])
    assert binary_dtype("div", [Operand("int64"), Operand("pyint")]) == "float32"
    assert binary_dtype("lt", [Operand("int64"), Operand("float64", zero_dim=True)]) == "bool"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (("cpu", False), ("meta", False)),
        (("cpu", True), ("meta", False)),
        (("meta", False), ("cpu", True)),
        (("cpu", True), ("meta", True)),
        (("meta", True), ("cpu", False)),
        (("cpu", False), ("cpu", True)),
        (("meta", True), ("meta", False)),
    ],
)
def test_common_device_matches_torch(a: tuple[str, bool], b: tuple[str, bool]) -> None:
    """CPU and meta stand in for CPU and CUDA: torch excepts zero-dim CPU tensors the same way."""
    ta = torch.zeros(() if a[1] else (2,), device=a[0])
    tb = torch.zeros(() if b[1] else (2,), device=b[0])
    operands = [DeviceOperand(a[0], a[1], "self"), DeviceOperand(b[0], b[1], "other")]
    try:
        expected = (ta + tb).device.type
    except RuntimeError:
        with pytest.raises(DeviceMismatch, match="Expected all tensors to be on the same device"):
            common_device("add", operands)
    else:
        assert common_device("add", operands) == expected


def test_common_device_unknowns() -> None:
    with pytest.raises(
        DeviceMismatch,
        match=r'^Expected all tensors to be on the same device for "add": self is on cpu and '
        r'other is on cuda \(move one with .to\("cpu"\)\)$',
    ):
        common_device("add", [DeviceOperand("cpu", False), DeviceOperand("cuda", False, "other")])
    # Unknown rank: the CPU tensor may be zero-dim, so no error; if torch accepts it, it is.
    assert (
        common_device("add", [DeviceOperand("cpu", None), DeviceOperand("cuda", False)]) == "cuda"
    )
    assert common_device("add", [DeviceOperand(None, False), DeviceOperand("cuda", False)]) is None
    assert (
        common_device("add", [DeviceOperand("cpu", True), DeviceOperand("cuda", False)]) == "cuda"
    )
    assert common_device("add", [DeviceOperand("cpu", None), DeviceOperand("cpu", False)]) == "cpu"
