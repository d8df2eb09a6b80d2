"""Hooks for `x[...]`, `x.size(dim)`, `narrow`, `index_select` and `gather`.

An index's type loses what the shape depends on (`x[1:3]` has type `slice`), so `x[...]` reads
the index *expression*: slices with literal bounds, ints, `None`, `...`, and typed tensors.
"""

from __future__ import annotations

from collections.abc import Sequence
from types import EllipsisType
from typing import Final

from mypy.errorcodes import INDEX
from mypy.nodes import EllipsisExpr, Expression, ListExpr, NameExpr, SliceExpr, TupleExpr
from mypy.types import Instance, LiteralType, TupleType, Type, get_proper_type

from typedtorch._shapes import (
    UNKNOWN,
    Dim,
    Slice,
    TensorIndex,
    gather_shape,
    index_select_shape,
    index_shape,
    narrow_shape,
    size_dim,
)
from typedtorch._shapes._index import IndexItem
from typedtorch._shapes._symbolic import _Unknown

from ._calls import Call
from ._codec import TENSOR, Codec
from ._errors import report, unknown_after_error
from ._kinds import dtype_name
from ._registry import op
from ._reshape import arg_dim, dim_of, int_arg, receiver, shape_hook

_INTEGER_DTYPES = frozenset({"int8", "int16", "int32", "int64", "uint8"})


class _Unreadable(Exception):
    """An index piece whose effect on the shape is not known (a list, a float, ...)."""


def _bound(call: Call, codec: Codec, expr: Expression | None) -> int | None | _Unknown:
    if expr is None:
        return None
    if isinstance(expr, NameExpr) and expr.fullname == "builtins.None":
        return None
    value = dim_of(call.api, codec, call.api.get_expression_type(expr), expr)
    return value if isinstance(value, int) else UNKNOWN


def _list_index(call: Call, expr: ListExpr) -> IndexItem:
    """`x[:, [-1], :]`: a list of ints indexes like an int64 tensor of its length (a list of
    bools, like a mask)."""
    kinds = set()
    for item in expr.items:
        typ = get_proper_type(call.api.get_expression_type(item))
        if not isinstance(typ, Instance) or typ.type.fullname not in (
            "builtins.int",
            "builtins.bool",
        ):
            raise _Unreadable
        kinds.add(typ.type.fullname)
    if len(kinds) != 1:
        raise _Unreadable
    return TensorIndex((len(expr.items),), boolean=kinds == {"builtins.bool"})


def _piece(call: Call, codec: Codec, expr: Expression) -> IndexItem:
    if isinstance(expr, SliceExpr):
        return Slice(
            _bound(call, codec, expr.begin_index),
            _bound(call, codec, expr.end_index),
            _bound(call, codec, expr.stride),
        )
    if isinstance(expr, EllipsisExpr):
        ellipsis: EllipsisType = Ellipsis
        return ellipsis
    if isinstance(expr, NameExpr) and expr.fullname == "builtins.None":
        return None
    if isinstance(expr, ListExpr):
        return _list_index(call, expr)
    typ = get_proper_type(call.api.get_expression_type(expr))
    if isinstance(typ, Instance) and typ.type.fullname == "builtins.bool":
        raise _Unreadable
    tensor = codec.tensor(typ)
    if tensor is not None:
        kind = dtype_name(tensor.dtype)
        if kind == "bool":
            return TensorIndex(tensor.shape, boolean=True)
        if kind in _INTEGER_DTYPES:
            return TensorIndex(tensor.shape, boolean=False)
        raise _Unreadable
    if isinstance(typ, Instance) and typ.type.fullname == "builtins.int":
        value = dim_of(call.api, codec, typ, expr)
        return value if isinstance(value, int) else UNKNOWN
    if isinstance(typ, Instance) and typ.type.fullname == "builtins.None":
        return None
    dim = codec.dim_or_unknown(typ)
    if isinstance(dim, int):
        return dim
    if dim is not UNKNOWN:
        # A symbolic int (a TypeVar dim, e.g. `x[n]` with `n: N`): an int index of unknown value.
        return UNKNOWN
    raise _Unreadable


# What torch's indexing rejects by type ("only integers, slices (`:`), ellipsis (`...`), None and
# long or byte Variables are valid indices"): reported with mypy's own `index` code.
_NOT_INDICES: Final = frozenset(
    {"builtins.float", "builtins.str", "builtins.complex", "builtins.bytes"}
)
_INDICES: Final = "int, slice, None, ..., an integer or bool tensor, or a list of those"


def _bad_index(call: Call, codec: Codec, expr: Expression) -> str | None:
    """Why `expr` (one piece of an index) cannot index a tensor, or None."""
    if isinstance(expr, SliceExpr):
        for bound in (expr.begin_index, expr.end_index, expr.stride):
            if bound is not None and _type_name(call, bound) in _NOT_INDICES:
                shown = _type_name(call, bound).removeprefix("builtins.")
                return f'Slice indices must be integers or None, got "{shown}"'
        return None
    if isinstance(expr, (EllipsisExpr, ListExpr)):
        return None
    name = _type_name(call, expr)
    if name in _NOT_INDICES:
        return f'Invalid index type "{name.removeprefix("builtins.")}" for "Tensor"; expected {_INDICES}'
    tensor = codec.tensor(call.api.get_expression_type(expr))
    kind = dtype_name(tensor.dtype) if tensor is not None else None
    if kind is not None and kind != "bool" and kind not in _INTEGER_DTYPES:
        return f"Tensors used as indices must be integer or bool tensors, got {kind}"
    return None


def _type_name(call: Call, expr: Expression) -> str:
    typ = get_proper_type(call.api.get_expression_type(expr))
    if isinstance(typ, LiteralType):
        typ = typ.fallback
    return typ.type.fullname if isinstance(typ, Instance) else ""


@op(f"{TENSOR}.__getitem__")
def _getitem(call: Call, codec: Codec) -> Type | None:
    x = receiver(call, codec)
    expr = call.arg_expr(0)
    if x is None or expr is None:
        return None
    items = expr.items if isinstance(expr, TupleExpr) else [expr]
    for item in items:
        why = _bad_index(call, codec, item)
        if why is not None:
            report(call.api, why, call.context, INDEX)
            return unknown_after_error()
    if x.shape is None:
        return None
    try:
        index = tuple(_piece(call, codec, e) for e in items)
    except _Unreadable:
        return None
    shape = index_shape(x.shape, index)
    return codec.tensor_type(x.device, x.dtype, shape)


@op(f"{TENSOR}.size")
def _size(call: Call, codec: Codec) -> Type | None:
    x = receiver(call, codec)
    if x is None or x.shape is None:
        return None
    if call.arg(0, "dim") is None:
        return size_tuple(codec, x.shape)
    dim = int_arg(call, codec, 0, "dim", None)
    if dim is None:
        return None
    # Checks the dim (an out-of-range one is an error); the value is read where it is used.
    return size_int(codec, size_dim(x.shape, dim))


def size_int(codec: Codec, d: Dim) -> Instance:
    """A size to the type system: `int` (remembering a literal value, as mypy does for `3`), so
    that a variable holding it can be given any other int. What dim it is, is read from the
    code where it is used (`_int_args.py`)."""
    plain = codec.make("builtins.int", [])
    if isinstance(d, int):
        return plain.copy_modified(last_known_value=LiteralType(d, plain))
    return plain


def size_tuple(codec: Codec, shape: Sequence[Dim]) -> TupleType:
    """`x.shape` / `x.size()`: a tuple of sizes of the tensor's rank (see `size_int`)."""
    items: list[Type] = [size_int(codec, d) for d in shape]
    return TupleType(items, fallback=codec.make("builtins.tuple", [codec.make("builtins.int", [])]))


@shape_hook
def _narrow(call: Call, codec: Codec, x: object, shape: tuple[Dim, ...]) -> tuple[Dim, ...] | None:
    dim = int_arg(call, codec, 0, "dim", None)
    start, length = arg_dim(call, codec, 1, "start"), arg_dim(call, codec, 2, "length")
    if dim is None or start is None or length is None:
        return None
    return narrow_shape(shape, dim, start, length)


op(f"{TENSOR}.narrow")(_narrow)


def _index_tensor_shape(call: Call, codec: Codec) -> tuple[Dim, ...] | None:
    typ = call.arg(1, "index")
    tensor = codec.tensor(typ) if typ is not None else None
    return tensor.shape if tensor is not None else None


@shape_hook
def _index_select(
    call: Call, codec: Codec, x: object, shape: tuple[Dim, ...]
) -> tuple[Dim, ...] | None:
    dim = int_arg(call, codec, 0, "dim", None)
    index = _index_tensor_shape(call, codec)
    if dim is None or index is None:
        return None
    return index_select_shape(shape, dim, index)


op(f"{TENSOR}.index_select")(_index_select)


@shape_hook
def _gather(call: Call, codec: Codec, x: object, shape: tuple[Dim, ...]) -> tuple[Dim, ...] | None:
    dim = int_arg(call, codec, 0, "dim", None)
    index = _index_tensor_shape(call, codec)
    if dim is None or index is None:
        return None
    return gather_shape(shape, dim, index)


op(f"{TENSOR}.gather")(_gather)
