"""Elementwise ops beyond the arithmetic operators: `atan2`, `copysign`, `fmod`, `fmin`, `hypot`,
`logical_and`, `xlogy`, ... (binary) and `sgn`, `signbit`, `frac` (unary; `positive` and
`bitwise_not` are `_kernels.KERNELS`'): their result dtypes and the dtypes torch has no kernel for.

Binary ops promote as `torch.result_type` does, then apply the op's own rule: some compute in
floating point (integer and bool operands give the default float, float32), some give bool, some
reject bool, integer or complex operands. Shapes broadcast (`broadcast_shapes`), devices as in
`_elementwise`. The arithmetic and bitwise ops are `_elementwise.binary_dtype`'s.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from ._dtypes import Operand, category, result_type
from ._elementwise import binary_dtype, describe_operand
from ._errors import DTypeMismatch
from ._kernels import check_kernel

# Ops `binary_dtype` owns (named as in torch).
_ARITHMETIC: Final = frozenset(
    {
        "add",
        "sub",
        "mul",
        "div",
        "floor_divide",
        "remainder",
        "pow",
        "bitwise_and",
        "bitwise_or",
        "bitwise_xor",
        "maximum",
        "minimum",
    }
)
# Integer and bool operands give the default float dtype.
_TO_FLOAT: Final = frozenset({"atan2", "copysign", "xlogy"})
LOGICAL: Final = frozenset({"logical_and", "logical_or", "logical_xor"})
_NO_COMPLEX: Final = frozenset({"atan2", "copysign", "xlogy", "hypot", "fmod", "fmin", "fmax"})
_FLOAT_ONLY: Final = frozenset({"hypot"})
_NO_BOOL: Final = frozenset({"fmod"})

BINARY_OPS: Final = _ARITHMETIC | _TO_FLOAT | LOGICAL | _NO_COMPLEX
# Binary ops whose `other` must be a tensor (torch rejects a Python number).
TENSOR_ONLY: Final = (
    frozenset({"atan2", "arctan2", "hypot", "fmin", "fmax", "maximum", "minimum"}) | LOGICAL
)

_ALIASES: Final = {"arctan2": "atan2"}


def pointwise_binary_dtype(op: str, operands: Sequence[Operand]) -> str:
    """The result dtype of elementwise binary `op` on `operands` (written order: self, other).

    Args:
        op: torch's name of the op (`atan2`, `fmod`, `logical_or`, `pow`, ...).
        operands: tensors (with whether they are zero-dim) and Python scalars.

    Raises:
        DTypeMismatch: torch has no kernel for the operands' promoted dtype.
    """
    op = _ALIASES.get(op, op)
    if op in _ARITHMETIC:
        return binary_dtype(op, operands)
    promoted = result_type(operands)
    cat = category(promoted)
    shown = " and ".join(
        f"{label} is {describe_operand(o)}"
        for label, o in zip(("self", "other"), operands, strict=False)
    )
    if op in LOGICAL:
        if promoted == "complex32":
            # float16 with a complex operand computes in complex32, which has no kernel here.
            raise DTypeMismatch(
                f'Incompatible dtypes for "{op}": {shown}; torch has no kernel for their '
                "promoted dtype complex32 (convert the float16 operand with .float())"
            )
        return "bool"
    if op in _NO_COMPLEX and cat == 3:
        raise DTypeMismatch(f'Incompatible dtypes for "{op}": {shown}; it does not support complex')
    if op in _FLOAT_ONLY and cat < 2:
        raise DTypeMismatch(
            f'Incompatible dtypes for "{op}": {shown}; it needs floating point operands '
            "(convert them with .float())"
        )
    if op in _NO_BOOL and cat == 0:
        raise DTypeMismatch(f'Incompatible dtypes for "{op}": {shown}; it does not support bool')
    if op in _TO_FLOAT and cat < 2:
        return "float32"
    return promoted


# Unary ops torch's kernel table (`_kernels.KERNELS`) holds.
_IN_KERNELS: Final = frozenset({"positive", "bitwise_not"})
# The others: the dtype categories torch has kernels for (0 bool, 1 integer, 2 floating,
# 3 complex).
_UNARY_ACCEPTS: Final[dict[str, frozenset[int]]] = {
    "sgn": frozenset({0, 1, 2, 3}),
    "signbit": frozenset({0, 1, 2}),
    "frac": frozenset({2}),
}
UNARY_TO_BOOL: Final = frozenset({"signbit"})
UNARY_OPS: Final = frozenset(_UNARY_ACCEPTS) | _IN_KERNELS

_KINDS: Final = {
    frozenset({2}): "a floating point tensor",
    frozenset({0, 1, 2}): "a real (not complex) tensor",
}


def unary_dtype(op: str, dtype: str) -> str:
    """The result dtype of elementwise unary `op` (`sgn`, `signbit`, `frac`, ...) on `dtype`.

    Raises:
        DTypeMismatch: torch has no kernel for `dtype` (`frac` of an integer tensor, `signbit`
            of a complex tensor, `bitwise_not` of a float tensor).
    """
    if op in _IN_KERNELS:
        check_kernel(op, dtype)
        return dtype
    accepts = _UNARY_ACCEPTS[op]
    if category(dtype) not in accepts:
        hint = " (convert it with .float())" if accepts == {2} and category(dtype) < 2 else ""
        raise DTypeMismatch(
            f'Incompatible dtype for "{op}": expected {_KINDS[accepts]}, got {dtype}{hint}'
        )
    return "bool" if op in UNARY_TO_BOOL else dtype
