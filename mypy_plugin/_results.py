"""Building hook results: typed tensors from rule outputs, and the unknown result after an error."""

from __future__ import annotations

from collections.abc import Sequence

from mypy.types import (
    Instance,
    ProperType,
    TupleType,
    Type,
    UnionType,
    get_proper_type,
)

from typedtorch._shapes import Dim

from ._codec import TENSOR, Codec, TensorType


def erase_shapes(typ: Type, codec: Codec, depth: int = 0) -> Type:
    """`typ` with every typed tensor's shape made unknown: the result of a call after an error,
    so that nothing downstream reports an error that follows from the first."""
    if depth > 8:
        return typ
    p = get_proper_type(typ)
    if isinstance(p, Instance):
        if p.type.fullname == TENSOR and len(p.args) >= 2:
            return codec.tensor_type(p.args[0], p.args[1], None)
        if p.args:
            return p.copy_modified(args=[erase_shapes(a, codec, depth + 1) for a in p.args])
        return p
    if isinstance(p, TupleType):
        return p.copy_modified(items=[erase_shapes(i, codec, depth + 1) for i in p.items])
    if isinstance(p, UnionType):
        return UnionType.make_union([erase_shapes(i, codec, depth + 1) for i in p.items])
    return typ


def tensor_like(codec: Codec, base: TensorType, shape: Sequence[Dim] | None) -> Instance:
    """A tensor on `base`'s device and dtype with `shape`."""
    return codec.tensor_type(base.device, base.dtype, shape)


def default_tensor(default: Type) -> ProperType:
    return get_proper_type(default)
