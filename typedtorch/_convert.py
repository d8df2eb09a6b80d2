"""Untyped -> typed: give a plain `torch.Tensor` (or a loosely typed one) a precise type.

- `checked(x, Tensor[...])`: verify at runtime, then type `x` as requested.
- `unchecked(x, Tensor[...])`: type `x` as requested, no check (zero cost; a `cast`).
- `like(x, ref)`: type `x` like `ref`, checking shape, dtype and device are equal.
"""

from __future__ import annotations

import importlib
import typing
from typing import TypeVar

import torch

from . import _checking as c

_T = TypeVar("_T", bound=torch.Tensor)


def checked(x: torch.Tensor, annotation: type[_T]) -> _T:
    """`x`, typed as `annotation`, after checking its device, dtype and shape at runtime.

    Inside a `typechecked` function, symbolic dims are checked against (and bind into) the
    call's bindings: `checked(y, Tensor[CPU, Float32, B])` requires the call's `B`.

    Args:
        x: any tensor.
        annotation: the type to give it, e.g. `Tensor[CPU, Float32, B, L[3]]`.

    Returns:
        `x` itself (no copy).

    Raises:
        TensorTypeError: `x` does not match `annotation`; the message says why.

    Example:
        ```python
        x = tt.checked(torch.zeros(2, 3), Tensor[CPU, Float32, L[2], L[3]])
        ```
    """
    from ._runtime import checkable, spec_of

    spec = spec_of(annotation)
    if spec is None:
        if isinstance(annotation, type) and issubclass(type(x), annotation):
            return typing.cast(_T, x)
        raise TypeError(f"checked() expects a Tensor[...] annotation, got {annotation!r}")

    array_type = checkable(annotation)
    if typing.get_origin(array_type) is typing.Annotated:
        array_type = typing.get_args(array_type)[0]
    if (
        isinstance(x, torch.Tensor)
        and (spec.device_type is None or x.device.type == spec.device_type)
        and isinstance(x, array_type)  # jaxtyping: binds dims into the current call's memo
    ):
        return typing.cast(_T, x)
    bindings = _current_bindings()
    reason = c.mismatch(spec, x, bindings) or "dims do not match the bindings in force"
    raise c.TensorTypeError(c.describe_failure("checked()", spec, x, reason, bindings))


def _current_bindings() -> dict[str, c.Binding]:
    """The dim bindings of the innermost `typechecked` call in progress (jaxtyping's memo)."""
    try:
        storage = importlib.import_module("jaxtyping._storage")
        single, variadic, _, _ = storage.get_shape_memo()
    except Exception:  # jaxtyping's storage is private: degrade to no bindings
        return {}
    out: dict[str, c.Binding] = {}
    for memo in (single, variadic):
        for name, value in memo.items():
            if isinstance(value, tuple) and len(value) == 2 and isinstance(value[1], tuple):
                value = value[1]  # variadic memo entries are (broadcastable, shape)
            shown = name[2:] if name.startswith("tt_") else name
            out[shown] = value
    return out


def unchecked(x: torch.Tensor, annotation: type[_T]) -> _T:
    """`x`, typed as `annotation`, without any check: use where the shape is known to hold.

    Zero cost at runtime (returns `x`), like `typing.cast`.

    Args:
        x: any tensor.
        annotation: the type to give it, e.g. `Tensor[CPU, Float32, B, L[3]]`.

    Returns:
        `x` itself.
    """
    return typing.cast(_T, x)


def like(x: torch.Tensor, ref: _T) -> _T:
    """`x`, typed like `ref`, after checking they have the same shape, dtype and device.

    Args:
        x: any tensor.
        ref: a typed tensor whose type `x` takes.

    Returns:
        `x` itself.

    Raises:
        TensorTypeError: the shapes, dtypes or devices differ.
    """
    if not isinstance(x, torch.Tensor):
        raise c.TensorTypeError(f"like() expects a tensor, got {type(x).__name__}")
    if x.shape != ref.shape or x.dtype != ref.dtype or x.device.type != ref.device.type:
        raise c.TensorTypeError(f"like(): expected {c.show_tensor(ref)}, got {c.show_tensor(x)}")
    return typing.cast(_T, x)


__all__: list[str] = ["checked", "like", "unchecked"]
