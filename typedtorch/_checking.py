"""What a `Tensor[...]` annotation requires, and why a value does not satisfy it.

jaxtyping + beartype do the checking on the hot path (`_runtime.py`). This module is the slow
path: once a check has failed, it re-walks the arguments (and the return value) against the
parsed annotations to say which argument is wrong, expected vs actual, and the dim bindings
(`B=4`). It also checks single values for `tt.checked`. Pure Python over torch; no jaxtyping.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import torch

__all__ = ["TensorTypeError"]


class TensorTypeError(TypeError):
    """A tensor's shape, dtype or device does not match its `Tensor[...]` annotation.

    Raised by `typedtorch.typechecked` functions (for arguments and return values), by the import
    hook and pytest plugin, and by `typedtorch.checked`. The message names the argument, the
    expected and actual type, and the dim bindings in force, e.g. `B=4`.
    """


TensorTypeError.__module__ = "typedtorch"

# A dim binding: a single dim's size, or the sizes a `*Shape` variadic stands for.
Binding = int | tuple[int, ...]


# -- dims ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Fixed:
    size: int


@dataclass(frozen=True)
class Named:
    name: str


@dataclass(frozen=True)
class AnyDim:
    pass


@dataclass(frozen=True)
class Rest:
    """Any number of dims: `*tuple[Any, ...]` (name None) or a TypeVarTuple `*Shape`."""

    name: str | None


@dataclass(frozen=True)
class Expr:
    """Arithmetic on dims (`Add[H, L[2]]`): an operator name from `_dims.OPERATORS`."""

    op: str
    left: ExprDim
    right: ExprDim


ExprDim = Fixed | Named | AnyDim | Expr
Dim = Fixed | Named | AnyDim | Rest | Expr


def _ceildiv(a: int, b: int) -> int:
    return -(-a // b)


_EVAL: dict[str, Callable[[int, int], int]] = {
    "Add": operator.add,
    "Sub": operator.sub,
    "Mul": operator.mul,
    "FloorDiv": operator.floordiv,
    "CeilDiv": _ceildiv,
    "Mod": operator.mod,
}


def evaluate(dim: ExprDim, bindings: Mapping[str, Binding]) -> int | None:
    """The size `dim` stands for under `bindings`; None if it depends on an unbound dim."""
    if isinstance(dim, Fixed):
        return dim.size
    if isinstance(dim, Named):
        value = bindings.get(dim.name)
        return value if isinstance(value, int) else None
    if isinstance(dim, Expr):
        left = evaluate(dim.left, bindings)
        right = evaluate(dim.right, bindings)
        if left is None or right is None:
            return None
        try:
            return _EVAL[dim.op](left, right)
        except ZeroDivisionError:
            return None
    return None


def jaxtyping_dim(dim: Dim, name: Callable[[str], str]) -> str:
    """`dim` in jaxtyping's shape-string syntax; `name` maps a dim name to a jaxtyping name."""
    if isinstance(dim, Fixed):
        return str(dim.size)
    if isinstance(dim, Named):
        return name(dim.name)
    if isinstance(dim, AnyDim):
        return "_"
    if isinstance(dim, Rest):
        return "..." if dim.name is None else "*" + name(dim.name)
    # jaxtyping evaluates symbolic dims as Python expressions over the bound names; spaces
    # separate dims, so none may appear, and the outer parentheses keep a leading `_` or `-`
    # from being read as a modifier.
    left = jaxtyping_dim(dim.left, name)
    right = jaxtyping_dim(dim.right, name)
    if dim.op == "CeilDiv":
        return f"(-(-{left}//{right}))"
    return f"({left}{_SPELLING[dim.op]}{right})"


_SPELLING = {"Add": "+", "Sub": "-", "Mul": "*", "FloorDiv": "//", "Mod": "%"}


def show_dim(dim: Dim, *, top: bool = True) -> str:
    """`dim` as a user reads it: `3`, `B`, `Any`, `*Shape`, `H + 2`, `ceildiv(H, 2)`."""
    if isinstance(dim, Fixed):
        return str(dim.size)
    if isinstance(dim, Named):
        return dim.name
    if isinstance(dim, AnyDim):
        return "Any"
    if isinstance(dim, Rest):
        return "..." if dim.name is None else "*" + dim.name
    if dim.op == "CeilDiv":
        return f"ceildiv({show_dim(dim.left)}, {show_dim(dim.right)})"
    text = f"{show_dim(dim.left, top=False)} {_SPELLING[dim.op]} {show_dim(dim.right, top=False)}"
    return text if top else f"({text})"


# -- whole annotations ----------------------------------------------------------------------------


@dataclass(frozen=True)
class TensorSpec:
    """A parsed `Tensor[Device, DType, *Shape]` annotation.

    Attributes:
        device: the device kind's name (`"CPU"`), or the TypeVar's / `"Device"` for any device.
        device_type: the torch device type required (`"cpu"`), or None for any device.
        dtype: the dtype kind's name (`"Float32"`, `"Floating"`), or the TypeVar's name.
        dtype_ok: whether a torch dtype is accepted.
        dims: the shape, one entry per dim (a `Rest` stands for any number of dims).
    """

    device: str
    device_type: str | None
    dtype: str
    dtype_ok: Callable[[torch.dtype], bool]
    dims: tuple[Dim, ...]

    def show(self) -> str:
        return "Tensor[" + ", ".join([self.device, self.dtype, *map(show_dim, self.dims)]) + "]"

    def show_shape(self) -> str:
        return "[" + ", ".join(map(show_dim, self.dims)) + "]"


def show_tensor(x: torch.Tensor) -> str:
    """An actual tensor in the same notation: `Tensor[CPU, Float64, 2, 3]`."""
    from ._devices import device_kind
    from ._dtypes import dtype_kind

    try:
        device = device_kind(x.device).__name__
    except ValueError:
        device = repr(x.device.type)
    try:
        dtype = dtype_kind(x.dtype).__name__
    except ValueError:
        dtype = str(x.dtype)
    return "Tensor[" + ", ".join([device, dtype, *map(str, x.shape)]) + "]"


def show_bindings(bindings: Mapping[str, Binding]) -> str:
    return ", ".join(f"{k}={v}" for k, v in bindings.items())


def mismatch(spec: TensorSpec, value: object, bindings: dict[str, Binding]) -> str | None:
    """Why `value` does not satisfy `spec` under `bindings`, or None if it does.

    Binds the dims `value` fixes into `bindings` (in place), as jaxtyping does across a call.
    """
    if not isinstance(value, torch.Tensor):
        return f"not a tensor ({type(value).__name__})"
    if spec.device_type is not None and value.device.type != spec.device_type:
        return f"device is {value.device}, expected {spec.device}"
    if not spec.dtype_ok(value.dtype):
        return f"dtype is {value.dtype}, expected {spec.dtype}"
    return _shape_mismatch(spec.dims, tuple(value.shape), bindings)


def _shape_mismatch(
    dims: tuple[Dim, ...], shape: tuple[int, ...], bindings: dict[str, Binding]
) -> str | None:
    rest = [i for i, d in enumerate(dims) if isinstance(d, Rest)]
    if not rest:
        if len(shape) != len(dims):
            return f"rank is {len(shape)}, expected {len(dims)}"
        pairs = list(enumerate(zip(dims, shape, strict=True)))
    else:
        at = rest[0]
        n_after = len(dims) - at - 1
        if len(shape) < len(dims) - 1:
            return f"rank is {len(shape)}, expected at least {len(dims) - 1}"
        middle = shape[at : len(shape) - n_after]
        rest_dim = dims[at]
        assert isinstance(rest_dim, Rest)
        if rest_dim.name is not None:
            bound = bindings.setdefault(rest_dim.name, middle)
            if bound != middle:
                return f"dims {list(middle)} stand for *{rest_dim.name}, bound to {list(bound) if isinstance(bound, tuple) else bound}"
        pairs = [(i, (dims[i], shape[i])) for i in range(at)] + [
            (len(shape) - n_after + j, (dims[at + 1 + j], shape[len(shape) - n_after + j]))
            for j in range(n_after)
        ]
    for index, (dim, size) in pairs:
        if isinstance(dim, Fixed):
            if size != dim.size:
                return f"dim {index} is {size}, expected {dim.size}"
        elif isinstance(dim, Named):
            bound = bindings.setdefault(dim.name, size)
            if bound != size:
                return f"dim {index} is {size}, expected {dim.name}={bound}"
        elif isinstance(dim, Expr):
            want = evaluate(dim, bindings)
            if want is not None and want != size:
                return f"dim {index} is {size}, expected {show_dim(dim)} = {want}"
    return None


def describe_failure(
    what: str, spec: TensorSpec, value: object, reason: str, bindings: Mapping[str, Binding]
) -> str:
    """The message of a `TensorTypeError`, one line per fact."""
    actual = show_tensor(value) if isinstance(value, torch.Tensor) else type(value).__name__
    lines = [
        f"{what}: expected {spec.show()}, got {actual}: {reason}",
    ]
    if bindings:
        lines.append(f"Dim bindings: {show_bindings(bindings)}")
    return "\n".join(lines)


def find_mismatch(
    checks: list[tuple[str, Any, object]], bindings: dict[str, Binding]
) -> tuple[str, TensorSpec, object, str] | None:
    """The first `(what, spec, value)` whose value breaks its spec, walking in order.

    `checks` holds one entry per annotated argument (and the return value last): `spec` is a
    `TensorSpec`, or something else (a non-tensor annotation), which is skipped.
    """
    for what, spec, value in checks:
        if not isinstance(spec, TensorSpec):
            continue
        reason = mismatch(spec, value, bindings)
        if reason is not None:
            return what, spec, value, reason
    return None
