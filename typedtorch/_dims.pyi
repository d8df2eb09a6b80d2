# Static view of the dim vocabulary.
#
# Users write arithmetic on dims with the public operators (`Add[H, L[2]]`). For pyright and mypy
# without the plugin they are aliases of `Any`: never a false error. The plugin's type-analyze
# hook turns them into the canonical forms below, which it keeps normalised (a sum of products
# over TypeVars, with irreducible floor divisions as atoms), so that mypy's own structural
# equality decides whether two dims are the same.
from typing import Any, Generic, TypeVar

from typing_extensions import TypeAliasType, TypeVarTuple

_X = TypeVar("_X", bound=int)
_Y = TypeVar("_Y", bound=int)
_Ts = TypeVarTuple("_Ts")

# `Dim[E]` is `E`: the spelling for an int whose value is the dim `E` (`n_embd: Dim[E]`).
Dim = TypeAliasType("Dim", _X, type_params=(_X,))
Add = TypeAliasType("Add", Any, type_params=(_X, _Y))
Sub = TypeAliasType("Sub", Any, type_params=(_X, _Y))
Mul = TypeAliasType("Mul", Any, type_params=(_X, _Y))
FloorDiv = TypeAliasType("FloorDiv", Any, type_params=(_X, _Y))
CeilDiv = TypeAliasType("CeilDiv", Any, type_params=(_X, _Y))
Mod = TypeAliasType("Mod", Any, type_params=(_X, _Y))

# Canonical forms, built only by the plugin. Subclasses of int, so a dim read off a shape
# (`x.shape[0]`) is accepted wherever an int is.
class Sum(int, Generic[*_Ts]):
    """`Sum[a, b, c]` is a + b + c (terms in canonical order; a constant term comes last)."""

class Product(int, Generic[*_Ts]):
    """`Product[L[2], H, W]` is 2 * H * W (coefficient first, then atoms in canonical order)."""

class Quotient(int, Generic[_X, _Y]):
    """`Quotient[N, M]` is N // M that does not simplify."""

class Deferred(int, Generic[_X]):
    """A dim in a call's declared result that the plugin folds after the call is inferred.

    Wrapping keeps mypy from unifying dim arithmetic structurally against the surrounding
    call's expectations (`Sum[X, 2]` vs `Sum[H, 4]` would wrongly give `X := H`)."""
