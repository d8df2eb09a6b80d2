"""Integer tensors with a Python int the kernel cannot take: `x // 0`, `x % 0`, `x ** -1`."""

from __future__ import annotations

from typing import Final

from ._errors import DTypeMismatch
from ._symbolic import Dim, _Unknown

_INTEGERS: Final = frozenset({"bool", "uint8", "int8", "int16", "int32", "int64"})
# The ops whose integer kernels divide by the scalar.
_DIVIDING: Final = frozenset(
    {"floor_divide", "remainder", "div(rounding_mode='floor')", "div(rounding_mode='trunc')"}
)


def integer_scalar_check(
    op_name: str, dtype: str, value: int, shape: tuple[Dim, ...] | None
) -> None:
    """Raise where torch raises for `tensor <op> value` with `value` a Python int (or bool).

    torch divides an integer (or bool) tensor by an int with an integer kernel, which raises
    ZeroDivisionError for 0, unless the tensor is empty (no kernel runs; symbols count as >= 1,
    as everywhere in the rules); it refuses an integer tensor to a negative int power before
    looking at the elements.
    """
    if dtype not in _INTEGERS:
        return
    if op_name in _DIVIDING and value == 0 and shape is not None and _non_empty(shape):
        raise DTypeMismatch(
            f'Integer division by zero: "{op_name}" of {_a(dtype)} tensor by 0 raises '
            "ZeroDivisionError in torch"
        )
    if op_name == "pow" and value < 0:
        raise DTypeMismatch(
            f'Integers to negative integer powers are not allowed: "pow" of {_a(dtype)} tensor '
            f"to {value} (use a floating point tensor, e.g. .to(torch.float32))"
        )


def _non_empty(shape: tuple[Dim, ...]) -> bool:
    return all(not isinstance(d, _Unknown) and (not isinstance(d, int) or d > 0) for d in shape)


def _a(dtype: str) -> str:
    return f"an {dtype}" if dtype.startswith("int") else f"a {dtype}"
