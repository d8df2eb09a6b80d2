"""Hooks for `view`/`reshape`, `flatten`/`unflatten`, `permute`/`transpose`/`t`/`movedim`,
`squeeze`/`unsqueeze`, `expand` and `repeat`, as methods and as `typedtorch` functions.

Also the helpers the shape families share: reading literal ints and int sequences from a call.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from mypy.nodes import Expression
from mypy.plugin import CheckerPluginInterface
from mypy.types import AnyType, Instance, TupleType, Type, get_proper_type

from typedtorch._shapes import (
    UNKNOWN,
    Dim,
    Shape,
    expand_shape,
    flatten_shape,
    movedim_shape,
    permute_shape,
    repeat_shape,
    squeeze_shape,
    t_shape,
    transpose_shape,
    unflatten_shape,
    unsqueeze_shape,
    view_shape,
)
from typedtorch._shapes._reshape import infer_size

from ._calls import Call
from ._codec import TENSOR, Codec, TensorType
from ._int_args import int_arg_dim, seq_arg_dims
from ._names import VARIABLE_FUNCTIONS as JOINS
from ._registry import OpHook, op
from ._retype import is_dtype_argument, view_as_dtype

# -- reading arguments ------------------------------------------------------------------------


def dim_of(api: CheckerPluginInterface, codec: Codec, typ: Type, expr: Expression | None) -> Dim:
    """The dim an int argument stands for: its literal value, a symbol, arithmetic over those
    (`c * h * w`), or UNKNOWN (see `_int_args.py`)."""
    return int_arg_dim(api, codec, typ, expr)


def arg_dim(call: Call, codec: Codec, index: int, name: str | None = None) -> Dim | None:
    """The dim of the argument at `index` (or keyword `name`); None when not passed."""
    typ = call.arg(index, name)
    if typ is None:
        return None
    return dim_of(call.api, codec, typ, call.arg_expr(index, name))


def int_arg(call: Call, codec: Codec, index: int, name: str, default: int | None) -> int | None:
    """A literal int argument (or its default when not passed); None when not a literal."""
    if call.arg(index, name) is None:
        return default
    d = arg_dim(call, codec, index, name)
    return d if isinstance(d, int) else None


def dim_seq(call: Call, codec: Codec, typ: Type, expr: Expression | None) -> list[Dim] | None:
    """The dims of a list/tuple argument (`view((B, -1))`, `permute([0, 2, 1])`), or None.

    A list literal's type has lost its items (`list[int]`), so the items are read from the
    expression; a `tuple[...]` type gives them too.
    """
    return seq_arg_dims(call.api, codec, typ, expr)


def int_seq(call: Call, codec: Codec, typ: Type, expr: Expression | None) -> list[int] | None:
    """Like `dim_seq`, when every item is a literal int."""
    dims = dim_seq(call, codec, typ, expr)
    if dims is None or not all(isinstance(d, int) for d in dims):
        return None
    return [d for d in dims if isinstance(d, int)]


def is_sequence(typ: Type) -> bool:
    p = get_proper_type(typ)
    if isinstance(p, TupleType):
        return True
    return isinstance(p, Instance) and p.type.fullname not in ("builtins.int", "builtins.bool")


def sizes_arg(call: Call, codec: Codec, start: int, name: str) -> list[Dim] | None:
    """`*size` written out (`view(B, -1)`) or as one sequence (`view((B, -1))`); None when not
    given at all (`x.view()`: torch raises, and the stub's signature is mypy's error) or given
    as one value of type `Any` (the sizes are unknown, their number too)."""
    rest = call.rest(start)
    if not rest and name not in call.keywords:
        return None
    if len(rest) == 1 and isinstance(get_proper_type(rest[0]), AnyType):
        return None  # `x.expand(shape)` with `shape: Any`: one size, or a whole tuple of them
    if len(rest) == 1 and is_sequence(rest[0]):
        return dim_seq(call, codec, rest[0], call.arg_expr(start))
    if not rest and name in call.keywords:
        if isinstance(get_proper_type(call.keywords[name]), AnyType):
            return None
        return dim_seq(call, codec, call.keywords[name], call.keyword_exprs.get(name))
    return [
        dim_of(call.api, codec, t, e)
        for t, e in zip(rest, call.positional_exprs[start:], strict=True)
    ]


def ints_or_one(call: Call, codec: Codec, index: int, name: str) -> int | list[int] | None:
    """An `int | Sequence[int]` argument: the int, the list, or None when not literal."""
    typ = call.arg(index, name)
    if typ is None:
        return None
    if is_sequence(typ):
        return int_seq(call, codec, typ, call.arg_expr(index, name))
    return int_arg(call, codec, index, name, None)


def as_method(call: Call, name: str) -> Call | None:
    """A function call `f(input, *args)` seen as the method call `input.f(*args)`."""
    if call.positional:
        receiver = call.positional[0]
        positional, exprs = call.positional[1:], call.positional_exprs[1:]
        keywords, keyword_exprs = dict(call.keywords), dict(call.keyword_exprs)
    elif name in call.keywords:
        receiver = call.keywords[name]
        positional, exprs = [], []
        keywords = {k: v for k, v in call.keywords.items() if k != name}
        keyword_exprs = {k: v for k, v in call.keyword_exprs.items() if k != name}
    else:
        return None
    return replace(
        call,
        receiver=get_proper_type(receiver),
        positional=positional,
        positional_exprs=exprs,
        keywords=keywords,
        keyword_exprs=keyword_exprs,
    )


def function_form(method_hook: OpHook, input_name: str) -> OpHook:
    """The hook of `typedtorch.f(input, ...)` from the hook of `Tensor.f(...)`."""

    def hook(call: Call, codec: Codec) -> Type | None:
        method_call = as_method(call, input_name)
        return method_hook(method_call, codec) if method_call is not None else None

    return hook


def receiver(call: Call, codec: Codec) -> TensorType | None:
    return codec.tensor(call.receiver) if call.receiver is not None else None


def shape_hook(rule: Callable[[Call, Codec, TensorType, Shape], Shape | None]) -> OpHook:
    """A hook for an op that keeps device and dtype and computes the shape from known rank."""

    def hook(call: Call, codec: Codec) -> Type | None:
        x = receiver(call, codec)
        if x is None:
            return None
        if x.shape is None:
            return codec.tensor_type(x.device, x.dtype, None)
        return codec.tensor_type(x.device, x.dtype, rule(call, codec, x, x.shape))

    return hook


# -- the ops ----------------------------------------------------------------------------------


def _view(op_name: str, param: str) -> OpHook:
    def hook(call: Call, codec: Codec) -> Type | None:
        x = receiver(call, codec)
        if x is None:
            return None
        if op_name == "view" and is_dtype_argument(call, codec):
            return view_as_dtype(call, codec, x)
        sizes = sizes_arg(call, codec, 0, param)
        if sizes is None:
            return codec.tensor_type(x.device, x.dtype, None)
        if x.shape is None:
            # The rank is the number of sizes even when the input's shape is unknown.
            shape = infer_size(UNKNOWN, sizes, op_name, "a tensor of unknown shape")
        else:
            shape = view_shape(x.shape, sizes, op_name)
        return codec.tensor_type(x.device, x.dtype, shape)

    return hook


_view_hook = _view("view", "size")
_reshape_hook = _view("reshape", "shape")
op(f"{TENSOR}.view")(_view_hook)
op(f"{TENSOR}.reshape")(_reshape_hook)
op(f"{JOINS}.reshape")(function_form(_reshape_hook, "input"))


@shape_hook
def _flatten(call: Call, codec: Codec, x: TensorType, shape: Shape) -> Shape | None:
    start = int_arg(call, codec, 0, "start_dim", 0)
    end = int_arg(call, codec, 1, "end_dim", -1)
    if start is None or end is None:
        return None
    return flatten_shape(shape, start, end)


op(f"{TENSOR}.flatten")(_flatten)
op(f"{JOINS}.flatten")(function_form(_flatten, "input"))


@shape_hook
def _unflatten(call: Call, codec: Codec, x: TensorType, shape: Shape) -> Shape | None:
    dim = int_arg(call, codec, 0, "dim", None)
    sizes_type = call.arg(1, "sizes")
    if dim is None or sizes_type is None:
        return None
    sizes = dim_seq(call, codec, sizes_type, call.arg_expr(1, "sizes"))
    return unflatten_shape(shape, dim, sizes) if sizes is not None else None


op(f"{TENSOR}.unflatten")(_unflatten)


def _permute(call: Call, codec: Codec) -> Type | None:
    x = receiver(call, codec)
    if x is None:
        return None
    dims = sizes_arg(call, codec, 0, "dims")
    if dims is None or not all(isinstance(d, int) for d in dims):
        return codec.tensor_type(x.device, x.dtype, None)
    order = [d for d in dims if isinstance(d, int)]
    if x.shape is None:
        return codec.tensor_type(x.device, x.dtype, [UNKNOWN] * len(order))
    return codec.tensor_type(x.device, x.dtype, permute_shape(x.shape, order))


op(f"{TENSOR}.permute")(_permute)
op(f"{JOINS}.permute")(function_form(_permute, "input"))


@shape_hook
def _transpose(call: Call, codec: Codec, x: TensorType, shape: Shape) -> Shape | None:
    d0 = int_arg(call, codec, 0, "dim0", None)
    d1 = int_arg(call, codec, 1, "dim1", None)
    if d0 is None or d1 is None:
        return None
    return transpose_shape(shape, d0, d1)


op(f"{TENSOR}.transpose")(_transpose)
op(f"{JOINS}.transpose")(function_form(_transpose, "input"))


@shape_hook
def _t(call: Call, codec: Codec, x: TensorType, shape: Shape) -> Shape | None:
    return t_shape(shape)


op(f"{TENSOR}.t")(_t)


@shape_hook
def _movedim(call: Call, codec: Codec, x: TensorType, shape: Shape) -> Shape | None:
    source = ints_or_one(call, codec, 0, "source")
    destination = ints_or_one(call, codec, 1, "destination")
    if source is None or destination is None:
        return None
    return movedim_shape(shape, source, destination)


op(f"{TENSOR}.movedim")(_movedim)
op(f"{JOINS}.movedim")(function_form(_movedim, "input"))


@shape_hook
def _squeeze(call: Call, codec: Codec, x: TensorType, shape: Shape) -> Shape | None:
    if call.arg(0, "dim") is None:
        return squeeze_shape(shape, None)
    if len(call.positional) > 1:  # `x.squeeze(0, 1)`
        dims = sizes_arg(call, codec, 0, "dim")
        if dims is None or not all(isinstance(d, int) for d in dims):
            return None
        return squeeze_shape(shape, [d for d in dims if isinstance(d, int)])
    dim = ints_or_one(call, codec, 0, "dim")
    if dim is None:
        return None
    return squeeze_shape(shape, dim)


op(f"{TENSOR}.squeeze")(_squeeze)
op(f"{JOINS}.squeeze")(function_form(_squeeze, "input"))


@shape_hook
def _unsqueeze(call: Call, codec: Codec, x: TensorType, shape: Shape) -> Shape | None:
    dim = int_arg(call, codec, 0, "dim", None)
    return unsqueeze_shape(shape, dim) if dim is not None else None


op(f"{TENSOR}.unsqueeze")(_unsqueeze)
op(f"{JOINS}.unsqueeze")(function_form(_unsqueeze, "input"))


@shape_hook
def _expand(call: Call, codec: Codec, x: TensorType, shape: Shape) -> Shape | None:
    sizes = sizes_arg(call, codec, 0, "size")
    return expand_shape(shape, sizes) if sizes is not None else None


op(f"{TENSOR}.expand")(_expand)


@shape_hook
def _repeat(call: Call, codec: Codec, x: TensorType, shape: Shape) -> Shape | None:
    repeats = sizes_arg(call, codec, 0, "repeats")
    return repeat_shape(shape, repeats) if repeats is not None else None


op(f"{TENSOR}.repeat")(_repeat)
