"""The dim vocabulary: arithmetic operators users write in annotations (`Add[H, L[2]]`).

Known dims are `Literal[n]`, symbolic dims are `TypeVar("H", bound=int)`, unknown dims are `Any`.
For pyright and mypy without the plugin the operators are aliases of `Any`; the plugin computes
with them (see `_dims.pyi`). At runtime `typedtorch.typechecked` turns them into jaxtyping
expressions (`H+2`) checked against the bound dims.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from typing_extensions import TypeAliasType, TypeVarTuple

_X = TypeVar("_X", bound=int)
_Y = TypeVar("_Y", bound=int)
_Ts = TypeVarTuple("_Ts")

Add = TypeAliasType("Add", Any, type_params=(_X, _Y))  # type: ignore[misc]
Sub = TypeAliasType("Sub", Any, type_params=(_X, _Y))  # type: ignore[misc]
Mul = TypeAliasType("Mul", Any, type_params=(_X, _Y))  # type: ignore[misc]
FloorDiv = TypeAliasType("FloorDiv", Any, type_params=(_X, _Y))  # type: ignore[misc]
CeilDiv = TypeAliasType("CeilDiv", Any, type_params=(_X, _Y))  # type: ignore[misc]
Mod = TypeAliasType("Mod", Any, type_params=(_X, _Y))  # type: ignore[misc]


class Dim:
    """`Dim[E]`: an int whose value is the dim `E` (a `TypeVar` bound to int, or a `Literal`).

    In annotations of sizes held as values: `def __init__(self, n_embd: Dim[E])`, a config
    field `n_embd: Dim[E]`. To the checker `Dim[E]` is `E` itself; at runtime too.
    """

    def __class_getitem__(cls, dim: Any) -> Any:
        return dim


# Operator name -> Python spelling, for runtime expressions and readable messages.
OPERATORS: dict[str, str] = {
    "Add": "+",
    "Sub": "-",
    "Mul": "*",
    "FloorDiv": "//",
    "CeilDiv": "ceildiv",
    "Mod": "%",
}


class Sum(int, Generic[*_Ts]):
    """Canonical sum built by the plugin (static only; see `_dims.pyi`)."""


class Product(int, Generic[*_Ts]):
    """Canonical product built by the plugin (static only; see `_dims.pyi`)."""


class Quotient(int, Generic[_X, _Y]):
    """Canonical irreducible floor division built by the plugin (static only)."""


class Deferred(int, Generic[_X]):
    """Marker the plugin wraps around dims of a declared call result (static only)."""
