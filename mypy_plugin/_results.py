"""The result of a call after its error: the declared result with every tensor shape unknown."""

from __future__ import annotations

from mypy.types import (
    Instance,
    TupleType,
    Type,
    UnionType,
    get_proper_type,
)

from ._codec import TENSOR, Codec


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
