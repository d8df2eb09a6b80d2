"""Tensor factories: `zeros(*size)`, `arange`, `linspace`, `eye`, `tensor(data)`.

Sizes are dims (ints, symbols or unknown). `arange`'s bounds may also be Python floats, as the
plugin reads float literals off the call; its length is then computed in double precision, as
torch does. `tensor_shape`/`tensor_dtype` take the nested data itself (lists/tuples of Python
scalars): the plugin rebuilds such data from a list literal, with one representative scalar per
element, so the same rule runs on the user's literal and, in the property tests, against torch.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Final

from ._common import Shape
from ._errors import DTypeMismatch, ShapeMismatch
from ._symbolic import UNKNOWN, Dim, ceildiv, format_shape, sub

Number = Dim | float

_INT64_MAX: Final = 2**63 - 1


def size_shape(op: str, size: Sequence[Dim]) -> Shape:
    """`zeros(*size)` and every other factory taking a size: the size is the shape.

    Raises ShapeMismatch on a negative size, as torch does.
    """
    for d in size:
        if isinstance(d, int) and d < 0:
            raise ShapeMismatch(
                f'Invalid size {format_shape(size)} for "{op}": dimension sizes must be '
                f"non-negative, got {d}"
            )
    return tuple(size)


def arange_shape(start: Number, end: Number, step: Number = 1) -> Shape:
    """`arange(start, end, step)`: `[ceil((end - start) / step)]`.

    Raises ShapeMismatch where torch raises: a zero step, or bounds on the wrong side of the step.
    """
    if isinstance(step, int | float) and step == 0:
        raise ShapeMismatch('Invalid step for "arange": step must be nonzero')
    values = (start, end, step)
    if any(v is UNKNOWN for v in values):
        return (UNKNOWN,)
    if (
        isinstance(start, int | float)
        and isinstance(end, int | float)
        and isinstance(step, int | float)
    ):
        if not ((step > 0 and end >= start) or (step < 0 and end <= start)):
            raise ShapeMismatch(
                f'Invalid range for "arange": start {_num(start)} and end {_num(end)} are '
                f"inconsistent with the sign of step {_num(step)}"
            )
        if isinstance(start, int) and isinstance(end, int) and isinstance(step, int):
            # torch computes int64 ranges exactly.
            length = -((start - end) // step)
        else:
            # Otherwise in double precision, as torch does.
            exact = (float(end) - float(start)) / float(step)
            if not math.isfinite(exact) or exact > _INT64_MAX:
                length = _INT64_MAX + 1
            else:
                length = math.ceil(exact)
        if length > _INT64_MAX:
            raise ShapeMismatch(
                f'Invalid range for "arange": {_num(start)} to {_num(end)} in steps of '
                f"{_num(step)} has more than 2**63 - 1 elements"
            )
        return (length,)
    if isinstance(start, float) or isinstance(end, float) or isinstance(step, float):
        return (UNKNOWN,)
    # Symbolic bounds: the same formula, which the algebra keeps exact.
    return (ceildiv(sub(end, start), step),)


def _num(v: Number) -> str:
    return repr(v) if isinstance(v, float) else str(v)


def linspace_shape(steps: Dim) -> Shape:
    """`linspace(start, end, steps)`: `[steps]`."""
    if isinstance(steps, int) and steps < 0:
        raise ShapeMismatch(
            f'Invalid steps for "linspace": number of steps must be non-negative, got {steps}'
        )
    return (steps,)


def eye_shape(n: Dim, m: Dim | None = None) -> Shape:
    """`eye(n, m=None)`: `[n, m]`, `[n, n]` without `m`."""
    for name, d in (("n", n), ("m", m)):
        if isinstance(d, int) and d < 0:
            raise ShapeMismatch(
                f'Invalid size for "eye": {name} must be greater or equal to 0, got {d}'
            )
    return (n, n if m is None else m)


def tensor_shape(data: object) -> Shape:
    """`tensor(data)` for nested lists/tuples of scalars: the lengths along the first elements.

    Raises ShapeMismatch for ragged data, with torch's message.
    """
    shape: list[int] = []
    x = data
    while isinstance(x, list | tuple):
        shape.append(len(x))
        if not x:
            break
        x = x[0]
    if 0 not in shape:
        # torch only walks the data to copy it: with no elements it checks nothing.
        _check_nested(data, shape, 0)
    return tuple(shape)


def _check_nested(x: object, shape: list[int], dim: int) -> None:
    # Depth first, like torch's own copy of the data: the first problem found is reported.
    if dim == len(shape):
        if isinstance(x, list | tuple):
            raise ShapeMismatch(
                f'Ragged nested sequence for "tensor": expected a scalar at dim {dim}, '
                "got a sequence"
            )
        return
    if not isinstance(x, list | tuple):
        raise ShapeMismatch(
            f'Ragged nested sequence for "tensor": expected a sequence at dim {dim}, got a scalar'
        )
    if len(x) != shape[dim]:
        raise ShapeMismatch(
            f'Ragged nested sequence for "tensor": expected sequence of length {shape[dim]} '
            f"at dim {dim} (got {len(x)})"
        )
    for item in x:
        _check_nested(item, shape, dim + 1)


_SCALAR_DTYPES: Final = (("complex", "complex64"), ("float", "float32"), ("int", "int64"))


def tensor_dtype(data: object) -> str:
    """The dtype torch infers for `tensor(data)`: the widest scalar category among the elements
    (bool < int64 < float32 < complex64, the defaults), an empty sequence counting as float32."""
    kinds = set()
    stack = [data]
    while stack:
        x = stack.pop()
        if isinstance(x, list | tuple):
            if not x:
                kinds.add("float")  # torch infers the default dtype for any empty sequence
            stack.extend(x)
        elif isinstance(x, bool):
            kinds.add("bool")
        elif isinstance(x, int):
            kinds.add("int")
        elif isinstance(x, float):
            kinds.add("float")
        elif isinstance(x, complex):
            kinds.add("complex")
        else:
            raise TypeError(f"tensor_dtype: not a Python scalar: {x!r}")
    for kind, dtype in _SCALAR_DTYPES:
        if kind in kinds:
            return dtype
    return "bool"


def scalar_dtype(value: object) -> str:
    """The dtype torch gives `full(size, value)` and a 0-d `tensor(value)`."""
    return tensor_dtype(value)


_FLOATING: Final = frozenset({"float16", "bfloat16", "float32", "float64"})
_COMPLEX: Final = frozenset({"complex64", "complex128"})


def check_requires_grad(op: str, dtype: str, requires_grad: bool) -> None:
    """torch only lets floating point and complex tensors require gradients."""
    if requires_grad and dtype not in _FLOATING | _COMPLEX:
        raise DTypeMismatch(
            f'"{op}" cannot make a tensor of dtype {dtype} that requires grad: only floating '
            "point and complex dtypes can require gradients"
        )


def check_random_dtype(op: str, dtype: str, empty: bool = False) -> None:
    """`rand`/`randn` (and their `_like` forms) sample floating point and complex values only
    (`randn` of no elements samples nothing and takes any dtype)."""
    if op in ("randn", "randn_like") and empty:
        return
    if dtype not in _FLOATING | _COMPLEX:
        raise DTypeMismatch(
            f'"{op}" does not support dtype {dtype}: expected a floating point or complex dtype'
        )


# The values each dtype holds exactly, as torch's `random_` checks `from` and `to - 1`.
_RANDOM_RANGE: Final = {
    "bool": (0, 1),
    "uint8": (0, 2**8 - 1),
    "int8": (-(2**7), 2**7 - 1),
    "int16": (-(2**15), 2**15 - 1),
    "int32": (-(2**31), 2**31 - 1),
    "int64": (-(2**63), 2**63 - 1),
    "float16": (-65504, 65504),
}


def randint_dtype(low: int | None, high: int | None, dtype: str) -> None:
    """`torch.randint(low, high, size, dtype=dtype)`: torch samples `[low, high)`, which the
    dtype must hold (`low` and `high - 1`); no complex dtype. None: a bound not known.

    Raises:
        DTypeMismatch: a complex dtype, or a bound the dtype cannot hold.
    """
    if dtype in _COMPLEX:
        raise DTypeMismatch(
            f'"randint" does not support dtype {dtype}: expected an integer, bool or floating '
            "point dtype"
        )
    if dtype not in _RANDOM_RANGE:
        return
    lo, hi = _RANDOM_RANGE[dtype]
    for what, value in (("low", low), ("high - 1", None if high is None else high - 1)):
        if value is not None and not lo <= value <= hi:
            raise DTypeMismatch(
                f'"randint" samples values up to high - 1 from low: {what} = {value} is out of '
                f"bounds for dtype {dtype} [{lo}, {hi}]"
            )
