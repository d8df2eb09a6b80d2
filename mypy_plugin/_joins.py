"""Hooks for `tt.cat`/`tt.concat`/`tt.stack` and `split`/`chunk`/`unbind` (methods and functions).

`cat([a, b])`'s list argument has type `list[Tensor[...]]`, the join of its items, which has lost
their shapes; the hook reads the items from the list (or tuple) expression, or from a
`tuple[...]` type.
"""

from __future__ import annotations

from collections.abc import Callable

from mypy.nodes import ListExpr, StarExpr, TupleExpr
from mypy.subtypes import is_same_type
from mypy.types import TupleType, Type, get_proper_type

from typedtorch._shapes import (
    Pieces,
    Shape,
    cat_shape,
    chunk_shapes,
    split_shapes,
    stack_shape,
    unbind_shapes,
)
from typedtorch._shapes._dtypes import promote_types

from ._calls import Call
from ._codec import TENSOR, Codec, TensorType
from ._kinds import check_same_device, dtype_name, dtype_type
from ._names import TORCH_FUNCTIONAL
from ._names import VARIABLE_FUNCTIONS as JOINS
from ._registry import OpHook, op
from ._reshape import dim_of, dim_seq, function_form, int_arg, is_sequence, receiver


def _tensors(call: Call, codec: Codec) -> list[TensorType] | None:
    typ = call.arg(0, "tensors")
    expr = call.arg_expr(0, "tensors")
    if typ is None:
        return None
    types: list[Type]
    if isinstance(expr, (ListExpr, TupleExpr)):
        if any(isinstance(i, StarExpr) for i in expr.items):
            return None
        types = [call.api.get_expression_type(i) for i in expr.items]
    else:
        p = get_proper_type(typ)
        if not isinstance(p, TupleType):
            return None
        types = list(p.items)
    tensors = [codec.tensor(t) for t in types]
    if any(t is None for t in tensors):
        return None
    return [t for t in tensors if t is not None]


def joined_dtype(codec: Codec, dtypes: list[Type]) -> Type:
    """torch promotes the tensors it joins (float32 with float64 is float64); abstract dtypes
    are kept when every tensor has the same one."""
    names = [dtype_name(d) for d in dtypes]
    if all(n is not None for n in names):
        out = names[0]
        for n in names[1:]:
            assert out is not None and n is not None
            out = promote_types(out, n)
        return dtypes[names.index(out)] if out in names else dtype_type(codec, str(out))
    if all(is_same_type(d, dtypes[0]) for d in dtypes[1:]):
        return dtypes[0]
    return codec.any()


def _join(op_name: str, rule: Callable[[list[Shape], int], Shape]) -> OpHook:
    def hook(call: Call, codec: Codec) -> Type | None:
        tensors = _tensors(call, codec)
        dim = int_arg(call, codec, 1, "dim", 0)
        if tensors is None:
            return None
        if not tensors:
            rule([], 0)
            return None
        device = tensors[0].device
        for i, t in enumerate(tensors[1:], start=1):
            names = ("tensor 0", f"tensor {i}")
            device = check_same_device(op_name, device, t.device, names)
        dtype = joined_dtype(codec, [t.dtype for t in tensors])
        shapes = [t.shape for t in tensors]
        if dim is None or any(s is None for s in shapes):
            return codec.tensor_type(device, dtype, None)
        return codec.tensor_type(device, dtype, rule([s for s in shapes if s is not None], dim))

    return hook


op(f"{JOINS}.cat")(_join("cat", lambda shapes, dim: cat_shape(shapes, dim)))
op(f"{JOINS}.concat")(_join("concat", lambda shapes, dim: cat_shape(shapes, dim, "concat")))
op(f"{JOINS}.stack")(_join("stack", stack_shape))


def _pieces_type(codec: Codec, x: TensorType, pieces: Pieces) -> Type:
    common = codec.tensor_type(x.device, x.dtype, pieces.common)
    if pieces.shapes is None:
        return codec.make("builtins.tuple", [common])
    items: list[Type] = [codec.tensor_type(x.device, x.dtype, s) for s in pieces.shapes]
    return TupleType(items, codec.make("builtins.tuple", [common]))


def _parts(rule: Callable[[Call, Codec, Shape], Pieces | None]) -> OpHook:
    def hook(call: Call, codec: Codec) -> Type | None:
        x = receiver(call, codec)
        if x is None or x.shape is None:
            return None
        pieces = rule(call, codec, x.shape)
        return _pieces_type(codec, x, pieces) if pieces is not None else None

    return hook


def _split_rule(size_name: str) -> Callable[[Call, Codec, Shape], Pieces | None]:
    def rule(call: Call, codec: Codec, shape: Shape) -> Pieces | None:
        typ = call.arg(0, size_name)
        dim = int_arg(call, codec, 1, "dim", 0)
        if typ is None or dim is None:
            return None
        if is_sequence(typ):
            sizes = dim_seq(call, codec, typ, call.arg_expr(0, size_name))
            return split_shapes(shape, sizes, dim) if sizes is not None else None
        return split_shapes(shape, dim_of(call.api, codec, typ, call.arg_expr(0, size_name)), dim)

    return rule


def _chunk_rule(call: Call, codec: Codec, shape: Shape) -> Pieces | None:
    typ = call.arg(0, "chunks")
    dim = int_arg(call, codec, 1, "dim", 0)
    if typ is None or dim is None:
        return None
    return chunk_shapes(shape, dim_of(call.api, codec, typ, call.arg_expr(0, "chunks")), dim)


def _unbind_rule(call: Call, codec: Codec, shape: Shape) -> Pieces | None:
    dim = int_arg(call, codec, 0, "dim", 0)
    return unbind_shapes(shape, dim) if dim is not None else None


op(f"{TENSOR}.split")(_parts(_split_rule("split_size")))
op(f"{TORCH_FUNCTIONAL}.split")(
    function_form(_parts(_split_rule("split_size_or_sections")), "tensor")
)
op(f"{TENSOR}.chunk")(_parts(_chunk_rule))
op(f"{JOINS}.chunk")(function_form(_parts(_chunk_rule), "input"))
op(f"{TENSOR}.unbind")(_parts(_unbind_rule))
op(f"{JOINS}.unbind")(function_form(_parts(_unbind_rule), "input"))
