"""Dtype promotion exactly as torch's `torch.result_type` / `torch.promote_types`, on dtype names.

Names are torch's (`"float32"`, `"int64"`, `"bool"`, ...). Python scalars are `"pyint"`,
`"pyfloat"`, `"pycomplex"`, `"pybool"`. The default float dtype is float32, as in torch.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final, Literal

from ._errors import DTypeMismatch

Category = Literal[0, 1, 2, 3]  # bool < integer < floating < complex

_CATEGORY: Final[dict[str, int]] = {
    "bool": 0,
    "uint8": 1,
    "int8": 1,
    "int16": 1,
    "int32": 1,
    "int64": 1,
    "float16": 2,
    "bfloat16": 2,
    "float32": 2,
    "float64": 2,
    "complex32": 3,
    "complex64": 3,
    "complex128": 3,
    "pybool": 0,
    "pyint": 1,
    "pyfloat": 2,
    "pycomplex": 3,
}
DTYPE_NAMES: Final = tuple(n for n in _CATEGORY if not n.startswith("py"))

_INT_BITS: Final = {"int8": 8, "int16": 16, "int32": 32, "int64": 64}
_FLOAT_ORDER: Final = ("float16", "bfloat16", "float32", "float64")
_COMPLEX_FOR_FLOAT: Final = {
    "float16": "complex32",
    "bfloat16": "complex64",
    "float32": "complex64",
    "float64": "complex128",
}


def category(name: str) -> int:
    return _CATEGORY[name]


def is_floating(name: str) -> bool:
    return _CATEGORY.get(name) == 2 and not name.startswith("py")


def promote_types(a: str, b: str) -> str:
    """torch.promote_types on two tensor dtypes."""
    if a == b:
        return a
    ca, cb = _CATEGORY[a], _CATEGORY[b]
    if ca != cb:
        high, low = (a, b) if ca > cb else (b, a)
        if _CATEGORY[high] == 3 and _CATEGORY[low] == 2:
            return promote_types(high, _COMPLEX_FOR_FLOAT[low])
        return high
    if ca == 1:
        if "uint8" in (a, b):
            other = b if a == "uint8" else a
            return "int16" if other == "int8" else other
        return a if _INT_BITS[a] >= _INT_BITS[b] else b
    if ca == 2:
        if {a, b} == {"float16", "bfloat16"}:
            return "float32"
        return a if _FLOAT_ORDER.index(a) >= _FLOAT_ORDER.index(b) else b
    order = ("complex32", "complex64", "complex128")
    return a if order.index(a) >= order.index(b) else b


@dataclass(frozen=True)
class Operand:
    """One participant in promotion: a tensor dtype with its rank, or a Python scalar kind."""

    dtype: str
    zero_dim: bool = False

    @property
    def is_scalar(self) -> bool:
        return self.dtype.startswith("py")


def _default_for(cat: int) -> str:
    return {0: "bool", 1: "int64", 2: "float32", 3: "complex64"}[cat]


def result_type(operands: Sequence[Operand]) -> str:
    """torch.result_type over tensors (dimensioned or zero-dim) and Python scalars."""
    groups: list[list[Operand]] = [
        [o for o in operands if not o.is_scalar and not o.zero_dim],
        [o for o in operands if not o.is_scalar and o.zero_dim],
        [o for o in operands if o.is_scalar],
    ]
    result: str | None = None
    for priority, group in enumerate(groups):
        if not group:
            continue
        if priority < 2:
            candidate = group[0].dtype
            for o in group[1:]:
                candidate = promote_types(candidate, o.dtype)
        else:
            cat = max(_CATEGORY[o.dtype] for o in group)
            candidate = _default_for(cat)
        if result is None:
            result = candidate
        elif _CATEGORY[candidate] > _CATEGORY[result]:
            if _CATEGORY[candidate] == 3 and _CATEGORY[result] == 2:
                # Complex over float keeps the float's precision (float64 -> complex128).
                result = _COMPLEX_FOR_FLOAT[result]
            else:
                result = candidate
    if result is None:
        raise ValueError("result_type needs at least one operand")
    return result


def require_same_dtype(op: str, a: str, b: str, what: tuple[str, str] = ("self", "other")) -> str:
    """Ops like matmul, conv and linear need equal dtypes; torch raises otherwise."""
    if a != b:
        raise DTypeMismatch(
            f'Incompatible dtypes for "{op}": {what[0]} is {a} and {what[1]} is {b} '
            f"(convert one with .to(), e.g. .to(torch.{a}))"
        )
    return a
