"""Closeness and equality of whole tensors: `isclose`, `allclose`, `equal`.

`isclose` is elementwise: a bool tensor of the broadcast shape. `allclose` and `equal` return a
Python bool (shape `[]` here): `allclose` still needs shapes that broadcast; `equal` compares any
two shapes (different shapes are simply not equal).
"""

from __future__ import annotations

from ._broadcast import broadcast_shapes
from ._common import Shape
from ._errors import DTypeMismatch


def isclose_shape(input: Shape, other: Shape, op: str = "isclose") -> Shape:
    """`torch.isclose(input, other)`: the broadcast shape (`allclose`: `[]` after the same check)."""
    out = broadcast_shapes(input, other, op=op)
    return () if op == "allclose" else out


def equal_shape(input: Shape, other: Shape) -> Shape:
    """`torch.equal(input, other)`: a Python bool for any two shapes."""
    return ()


def isclose_dtype(input: str, other: str, op: str = "isclose") -> str:
    """`isclose`/`allclose` compare tensors of one dtype (no promotion): bool.

    Raises:
        DTypeMismatch: the dtypes differ.
    """
    if input != other:
        raise DTypeMismatch(
            f'Incompatible dtypes for "{op}": input is {input} and other is {other} '
            f"(convert one with .to(), e.g. .to(torch.{input}))"
        )
    return "bool"
