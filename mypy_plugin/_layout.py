"""Hooks for rearranging and copying elements: `flip`/`fliplr`/`flipud`, `roll`, `rot90`,
`tile`, `repeat_interleave`, `Tensor.unfold`, `view_as`/`reshape_as`/`expand_as`, the aliases
`swapaxes`/`swapdims`/`moveaxis`, and the functions `meshgrid`, `cartesian_prod`,
`combinations`.

The rules are in `typedtorch._shapes._layout`; every op keeps the input's device and dtype
(`meshgrid` and `cartesian_prod` take tensors of one dtype and device).
"""

from __future__ import annotations

from mypy.nodes import ListExpr, StarExpr, TupleExpr
from mypy.types import TupleType, Type, get_proper_type

from typedtorch._shapes import (
    UNKNOWN,
    Dim,
    Shape,
    cartesian_prod_shape,
    combinations_shape,
    expand_shape,
    flip_shape,
    meshgrid_shapes,
    repeat_interleave_shape,
    roll_shape,
    rot90_shape,
    tile_shape,
    unfold_shape,
    view_shape,
)

from ._args import bool_value, dim_value, given, int_value, str_value, tensor_at, unknown_dims
from ._calls import Call
from ._codec import TENSOR, Codec, TensorType
from ._function_forms import method_form
from ._kinds import check_same_device, check_same_dtype
from ._names import TORCH_FUNCTIONAL, VARIABLE_FUNCTIONS
from ._registry import OpHook, op
from ._reshape import (
    _movedim,
    _transpose,
    dim_seq,
    int_seq,
    is_sequence,
    receiver,
    sizes_arg,
)


def _kept(codec: Codec, x: TensorType, shape: Shape | None) -> Type:
    return codec.tensor_type(x.device, x.dtype, shape)


@op(f"{TENSOR}.flip")
def _flip(call: Call, codec: Codec) -> Type | None:
    x = receiver(call, codec)
    if x is None:
        return None
    dims = sizes_arg(call, codec, 0, "dims")
    if x.shape is not None and dims is not None and all(isinstance(d, int) for d in dims):
        flip_shape(x.shape, [d for d in dims if isinstance(d, int)])
    return codec.tensor_type_raw(x.device, x.dtype, x.raw_shape)


def _flip_one(dim: int) -> OpHook:
    def hook(call: Call, codec: Codec) -> Type | None:
        x = receiver(call, codec)
        if x is None:
            return None
        if x.shape is not None:
            flip_shape(x.shape, [dim])
        return codec.tensor_type_raw(x.device, x.dtype, x.raw_shape)

    return hook


op(f"{TENSOR}.fliplr")(_flip_one(1))
op(f"{TENSOR}.flipud")(_flip_one(0))


def _ints_or_one(call: Call, codec: Codec, index: int, name: str) -> list[Dim] | None:
    """An `int | Sequence[int]` argument as a list of dims; None when not readable."""
    typ = call.arg(index, name)
    if typ is None:
        return None
    if is_sequence(typ):
        return dim_seq(call, codec, typ, call.arg_expr(index, name))
    return [dim_value(call, codec, index, name, UNKNOWN)]


@op(f"{TENSOR}.roll")
def _roll(call: Call, codec: Codec) -> Type | None:
    x = receiver(call, codec)
    if x is None:
        return None
    shifts = _ints_or_one(call, codec, 0, "shifts")
    dims = _ints_or_one(call, codec, 1, "dims") if given(call, 1, "dims") else []
    if x.shape is not None and shifts is not None and dims is not None:
        if all(isinstance(d, int) for d in dims):
            roll_shape(x.shape, shifts, [d for d in dims if isinstance(d, int)] or None)
    return codec.tensor_type_raw(x.device, x.dtype, x.raw_shape)


@op(f"{TENSOR}.rot90")
def _rot90(call: Call, codec: Codec) -> Type | None:
    x = receiver(call, codec)
    if x is None:
        return None
    k = int_value(call, codec, 0, "k", 1)
    dims_type = call.arg(1, "dims")
    dims = (
        [0, 1] if dims_type is None else int_seq(call, codec, dims_type, call.arg_expr(1, "dims"))
    )
    if x.shape is None:
        return _kept(codec, x, None)
    if dims is None:
        return _kept(codec, x, unknown_dims(x.shape))
    shape = rot90_shape(x.shape, k if k is not None else 0, dims)
    if k is None and shape is not None:
        # An odd k swaps the two dims: unknown unless they are the same size.
        swapped = rot90_shape(x.shape, 1, dims)
        shape = tuple(a if a == b else UNKNOWN for a, b in zip(shape, swapped, strict=True))
    return _kept(codec, x, shape)


@op(f"{TENSOR}.tile")
def _tile(call: Call, codec: Codec) -> Type | None:
    x = receiver(call, codec)
    if x is None:
        return None
    dims = sizes_arg(call, codec, 0, "dims")
    if x.shape is None or dims is None:
        return _kept(codec, x, None)
    return _kept(codec, x, tile_shape(x.shape, dims))


@op(f"{TENSOR}.repeat_interleave")
def _repeat_interleave(call: Call, codec: Codec) -> Type | None:
    x = receiver(call, codec)
    repeats_type = call.arg(0, "repeats")
    if x is None or repeats_type is None:
        return None
    output_size = (
        dim_value(call, codec, None, "output_size", UNKNOWN)
        if given(call, None, "output_size")
        else None
    )
    dim = int_value(call, codec, 1, "dim", None) if given(call, 1, "dim") else None
    if given(call, 1, "dim") and dim is None:
        return _kept(codec, x, None if x.shape is None else unknown_dims(x.shape))
    repeats_tensor = codec.tensor(repeats_type)
    if x.shape is None:
        return _kept(codec, x, None)
    if repeats_tensor is not None:
        if repeats_tensor.shape is None:
            return _kept(codec, x, unknown_dims(x.shape) if dim is not None else (UNKNOWN,))
        shape = repeat_interleave_shape(
            x.shape, repeats_tensor.shape, dim, output_size, tensor_repeats=True
        )
        return _kept(codec, x, shape)
    repeats = dim_value(call, codec, 0, "repeats", UNKNOWN)
    return _kept(codec, x, repeat_interleave_shape(x.shape, repeats, dim, output_size))


@op(f"{VARIABLE_FUNCTIONS}.repeat_interleave")
def _repeat_interleave_function(call: Call, codec: Codec) -> Type | None:
    """`torch.repeat_interleave(input, repeats, dim)`, or `torch.repeat_interleave(repeats)`:
    each index `i` repeated `repeats[i]` times (a 1-D int64 tensor of data-dependent length)."""
    if "out" in call.keywords:
        return None
    first = tensor_at(call, codec, 0, "input")
    if first is None:
        return None
    if len(call.positional) == 1 and not call.keywords:
        if first.shape is not None and len(first.shape) > 1:
            repeat_interleave_shape((UNKNOWN,), first.shape, None, None, tensor_repeats=True)
        return codec.tensor_type(first.device, first.dtype, (UNKNOWN,))
    return method_form("repeat_interleave")(call, codec)


@op(f"{TENSOR}.unfold")
def _unfold(call: Call, codec: Codec) -> Type | None:
    x = receiver(call, codec)
    if x is None:
        return None
    dimension = int_value(call, codec, 0, "dimension", None)
    size = dim_value(call, codec, 1, "size", UNKNOWN)
    step = dim_value(call, codec, 2, "step", UNKNOWN)
    if x.shape is None:
        return _kept(codec, x, None)
    if dimension is None:
        return _kept(codec, x, (*(UNKNOWN for _ in x.shape), size))
    return _kept(codec, x, unfold_shape(x.shape, dimension, size, step))


# -- functions of several tensors ------------------------------------------------------------


def _listed_tensors(call: Call, codec: Codec) -> list[TensorType] | None:
    """`f(a, b, c)` or `f([a, b, c])` / `f((a, b, c))`: the typed tensors; None if one is not."""
    if len(call.positional) == 1 and is_sequence(call.positional[0]):
        expr = call.positional_exprs[0]
        if isinstance(expr, ListExpr | TupleExpr):
            if any(isinstance(i, StarExpr) for i in expr.items):
                return None
            types = [call.api.get_expression_type(i) for i in expr.items]
        else:
            p = get_proper_type(call.positional[0])
            if not isinstance(p, TupleType):
                return None
            types = list(p.items)
    else:
        types = list(call.positional)
    tensors = [codec.tensor(t) for t in types]
    if any(t is None for t in tensors):
        return None
    return [t for t in tensors if t is not None]


def _same_kinds(op_name: str, tensors: list[TensorType]) -> tuple[Type, Type]:
    device, dtype = tensors[0].device, tensors[0].dtype
    for i, t in enumerate(tensors[1:], start=1):
        names = ("tensor 0", f"tensor {i}")
        device = check_same_device(op_name, device, t.device, names)
        dtype = check_same_dtype(op_name, dtype, t.dtype, names)
    return device, dtype


@op(f"{TORCH_FUNCTIONAL}.meshgrid")
def _meshgrid(call: Call, codec: Codec) -> Type | None:
    tensors = _listed_tensors(call, codec)
    if tensors is None or set(call.keywords) - {"indexing"}:
        return None
    if not tensors:
        meshgrid_shapes([])  # raises: torch needs at least one tensor
        return None
    indexing = str_value(call, None, "indexing", "ij")
    device, dtype = _same_kinds("meshgrid", tensors)
    if indexing is None or any(t.shape is None for t in tensors):
        common = codec.tensor_type(device, dtype, (UNKNOWN,) * len(tensors))
        return TupleType([common] * len(tensors), codec.make("builtins.tuple", [common]))
    shapes = meshgrid_shapes([t.shape for t in tensors if t.shape is not None], indexing)
    items: list[Type] = [codec.tensor_type(device, dtype, s) for s in shapes]
    return TupleType(items, codec.make("builtins.tuple", [items[0]]))


@op(f"{TORCH_FUNCTIONAL}.cartesian_prod")
def _cartesian_prod(call: Call, codec: Codec) -> Type | None:
    if call.keywords:
        return None
    if not call.positional:
        cartesian_prod_shape([])  # raises: torch needs at least one tensor
        return None
    tensors = [codec.tensor(t) for t in call.positional]
    if any(t is None for t in tensors):
        return None
    typed = [t for t in tensors if t is not None]
    device, dtype = _same_kinds("cartesian_prod", typed)
    if any(t.shape is None for t in typed):
        return codec.tensor_type(device, dtype, None)
    return codec.tensor_type(
        device, dtype, cartesian_prod_shape([t.shape for t in typed if t.shape is not None])
    )


@op(f"{VARIABLE_FUNCTIONS}.combinations")
def _combinations(call: Call, codec: Codec) -> Type | None:
    x = tensor_at(call, codec, 0, "input")
    if x is None:
        return None
    r = int_value(call, codec, 1, "r", 2)
    with_replacement = bool_value(call, 2, "with_replacement", False)
    if x.shape is None or r is None or with_replacement is None:
        return codec.tensor_type(x.device, x.dtype, None)
    return codec.tensor_type(x.device, x.dtype, combinations_shape(x.shape, r, with_replacement))


# -- shaped as another tensor ------------------------------------------------------------------


def _as_other(op_name: str) -> OpHook:
    """`x.view_as(other)` / `reshape_as` (same element count), `x.expand_as(other)` (size-1 dims
    stretched): `other`'s shape, `x`'s device and dtype."""

    def hook(call: Call, codec: Codec) -> Type | None:
        x = receiver(call, codec)
        other = tensor_at(call, codec, 0, "other")
        if x is None or other is None:
            return None
        if x.shape is not None and other.shape is not None:
            if op_name == "expand_as":
                expand_shape(x.shape, other.shape)
            else:
                view_shape(x.shape, other.shape, op_name)
        return codec.tensor_type_raw(x.device, x.dtype, other.raw_shape)

    return hook


for _name in ("view_as", "reshape_as", "expand_as"):
    op(f"{TENSOR}.{_name}")(_as_other(_name))


# torch's aliases: `swapaxes`/`swapdims` are `transpose`, `moveaxis` is `movedim`.
op(f"{TENSOR}.swapaxes", f"{TENSOR}.swapdims")(_transpose)
op(f"{TENSOR}.moveaxis")(_movedim)
