"""Elementwise binary ops (`+`, `<`, `maximum`, `where`, ...): result dtype, device and shape rules.

Shapes broadcast (`broadcast_shapes`); these rules add what torch does with dtypes (type promotion
plus each op's own restrictions) and devices (all tensors on one device, except that a zero-dim
CPU tensor may join tensors on any device). Ops are named as in torch: `add`, `floor_divide`,
`bitwise_and`, `lt`, ...
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from ._broadcast import broadcast_shapes
from ._common import Shape
from ._dtypes import Operand, category, result_type
from ._errors import DeviceMismatch, DTypeMismatch, ShapeMismatch, UnprovenShape
from ._symbolic import Truth, dims_equal, format_shape

COMPARISONS: Final = frozenset({"eq", "ne", "lt", "le", "gt", "ge"})
_ORDERED: Final = frozenset(
    {"lt", "le", "gt", "ge", "maximum", "minimum", "clamp", "clamp_min", "clamp_max"}
)
_BITWISE: Final = frozenset({"bitwise_and", "bitwise_or", "bitwise_xor"})
# `div` with a rounding mode is named as written: `div(rounding_mode='floor')`.
_ROUNDING_DIVISIONS: Final = frozenset({"div(rounding_mode='floor')", "div(rounding_mode='trunc')"})
_NO_BOOL: Final = frozenset({"floor_divide", "remainder"}) | _ROUNDING_DIVISIONS
_NO_COMPLEX: Final = frozenset({"floor_divide", "remainder"}) | _ROUNDING_DIVISIONS

_SCALAR_NAMES: Final = {
    "pyint": "int",
    "pyfloat": "float",
    "pybool": "bool",
    "pycomplex": "complex",
}


def describe_operand(o: Operand) -> str:
    """`float32` for a tensor, `int` for a Python scalar (as messages show them)."""
    return _SCALAR_NAMES.get(o.dtype, o.dtype)


def binary_dtype(op: str, operands: Sequence[Operand]) -> str:
    """The result dtype of elementwise `op` on `operands` (written order: self, other).

    Args:
        op: torch's name of the op (`add`, `div`, `bitwise_and`, `lt`, ...).
        operands: tensors (with whether they are zero-dim) and Python scalars.

    Raises:
        DTypeMismatch: torch rejects the operands' dtypes for `op`.
    """
    promoted = result_type(operands)
    cat = category(promoted)
    shown = " and ".join(
        f"{label} is {describe_operand(o)}"
        for label, o in zip(("self", "other", "third"), operands, strict=False)
    )
    if op in _BITWISE and cat >= 2:
        raise DTypeMismatch(
            f'Incompatible dtypes for "{op}": {shown}; it needs integer or bool operands'
        )
    if op in _ORDERED and cat == 3:
        raise DTypeMismatch(
            f'Incompatible dtypes for "{op}": {shown}; complex values cannot be ordered'
        )
    if op in _NO_COMPLEX and cat == 3:
        raise DTypeMismatch(f'Incompatible dtypes for "{op}": {shown}; it does not support complex')
    if op in _NO_BOOL and cat == 0:
        raise DTypeMismatch(f'Incompatible dtypes for "{op}": {shown}; it does not support bool')
    # A bool tensor to a Python bool power is torch's special case for exponents 0 and 1.
    if op == "pow" and cat == 0 and not operands[-1].is_scalar:
        raise DTypeMismatch(f'Incompatible dtypes for "pow": {shown}; it does not support bool')
    if op == "sub" and any(category(o.dtype) == 0 for o in operands):
        raise DTypeMismatch(
            f'Incompatible dtypes for "sub": {shown}; subtracting bools is not supported '
            "(use ^ or logical_xor() instead)"
        )
    if op in COMPARISONS:
        return "bool"
    if op == "div" and cat <= 1:
        # True division of integers gives the default float dtype.
        return "float32"
    return promoted


def inplace_dtype(op: str, self_dtype: str, result: str) -> str:
    """An in-place op (`x += y`) writes `result` into `self`: torch needs a safe cast.

    Raises:
        DTypeMismatch: `result` cannot be cast to `self_dtype` (e.g. float into an int tensor).
    """
    if category(result) > category(self_dtype):
        raise DTypeMismatch(
            f'Incompatible dtypes for "{op}": result type {result} cannot be cast to self\'s '
            f"dtype {self_dtype}"
        )
    return self_dtype


def inplace_shape(self_shape: Shape, other: Shape, op: str) -> Shape:
    """An in-place op writes the broadcast into `self`: it must have `self`'s shape.

    Raises:
        ShapeMismatch / UnprovenShape: the shapes do not broadcast, or broadcast to another shape.
    """
    out = broadcast_shapes(self_shape, other, op=op)
    message = (
        f"Output with shape {format_shape(self_shape)} does not match the broadcast shape "
        f'{format_shape(out)} for "{op}"'
    )
    if len(out) != len(self_shape):
        raise ShapeMismatch(message)
    for a, b in zip(self_shape, out, strict=True):
        truth = dims_equal(a, b)
        if truth is Truth.FALSE:
            raise ShapeMismatch(message)
        if truth is Truth.UNKNOWN:
            raise UnprovenShape(message + " (cannot prove they are equal)")
    return self_shape


@dataclass(frozen=True)
class DeviceOperand:
    """A tensor operand's device: `name` None when unknown, `zero_dim` None when rank unknown."""

    name: str | None
    zero_dim: bool | None = False
    label: str = "self"

    @property
    def maybe_cpu_scalar(self) -> bool:
        # A zero-dim CPU tensor may join tensors on any device.
        return self.zero_dim is not False and self.name in ("cpu", None)


def common_device(op: str, operands: Sequence[DeviceOperand]) -> str | None:
    """The device of an elementwise op's result: None when unknown.

    Raises:
        DeviceMismatch: two operands are on different known devices (a zero-dim CPU tensor
            excepted, as torch excepts it).
    """
    strict = [o for o in operands if not o.maybe_cpu_scalar]
    known = [o for o in strict if o.name is not None]
    for o in known[1:]:
        if o.name != known[0].name:
            first = known[0]
            raise DeviceMismatch(
                f'Expected all tensors to be on the same device for "{op}": {first.label} is on '
                f'{first.name} and {o.label} is on {o.name} (move one with .to("{first.name}"))'
            )
    if known and len(known) == len(strict):
        return known[0].name
    names = {o.name for o in operands}
    if len(names) == 1:
        # Only CPU scalars (or a single kind of device whose ranks are unknown).
        return names.pop()
    return None


def require_bool_mask(op: str, what: str, dtype: str) -> None:
    """`masked_fill`'s mask and `where`'s condition must be bool (uint8 for `where`, deprecated).

    Raises:
        DTypeMismatch: any other dtype.
    """
    allowed = ("bool", "uint8") if op == "where" else ("bool",)
    if dtype not in allowed:
        raise DTypeMismatch(
            f'Incompatible dtype for "{op}": {what} must be a bool tensor, got {dtype}'
        )


def masked_fill_shape(self_shape: Shape, mask: Shape, value: Shape | None) -> Shape:
    """`x.masked_fill(mask, value)`: the broadcast of `x` and `mask`; a tensor value is zero-dim.

    Raises:
        ShapeMismatch / UnprovenShape: `mask` does not broadcast with `x`, or `value` has dims.
    """
    if value is not None and len(value) != 0:
        raise ShapeMismatch(
            f'"masked_fill" only supports a 0-dimensional value tensor, got shape '
            f"{format_shape(value)}"
        )
    return broadcast_shapes(self_shape, mask, op="masked_fill")


def lerp_dtype(self_dtype: str, end: str, weight: str | None) -> str:
    """`x.lerp(end, weight)`: floating `x`; `end` (and a tensor `weight`) of `x`'s dtype.

    Raises:
        DTypeMismatch: any of these differ, or `x` is not floating point or complex.
    """
    if category(self_dtype) < 2:
        raise DTypeMismatch(
            f'Incompatible dtype for "lerp": expected a floating point or complex tensor, '
            f"got {self_dtype}"
        )
    for what, dtype in (("end", end), ("weight", weight)):
        if dtype is not None and dtype != self_dtype:
            raise DTypeMismatch(
                f'Incompatible dtypes for "lerp": self is {self_dtype} and {what} is {dtype} '
                f"(convert it with .to(torch.{self_dtype}))"
            )
    return self_dtype
