"""Hooks for products beyond `matmul`: the fused `addmm`/`addmv`/`addbmm`/`baddbmm`/`addr`,
`outer`/`ger`, `cross`, `kron`, and the functions `tensordot`, `cdist`, `pdist`.

The rules are in `typedtorch._shapes._linalg`. dtypes as torch gives them: the fused matrix
products, `cross`, `tensordot` and `cdist` take one dtype (an error otherwise); `outer`, `ger`,
`kron` and `addr` promote, as a product of their operands does.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from mypy.nodes import Expression, ListExpr, TupleExpr
from mypy.types import Type

from typedtorch._shapes import (
    Shape,
    addbmm_shape,
    addmm_shape,
    addmv_shape,
    addr_shape,
    baddbmm_shape,
    cdist_shape,
    cross_shape,
    kron_shape,
    outer_shape,
    pdist_shape,
    tensordot_shape,
)
from typedtorch._shapes._linalg import kron_dtype

from ._args import common_device, common_kinds, given, int_value, tensor_at
from ._calls import Call
from ._codec import TENSOR, Codec, TensorType
from ._elementwise import Arg, result_dtype
from ._int_args import int_arg_dim
from ._kinds import dtype_name, dtype_type
from ._names import TORCH_FUNCTIONAL, VARIABLE_FUNCTIONS
from ._registry import OpHook, op
from ._reshape import receiver

_Rule3 = Callable[[Shape, Shape, Shape], Shape]

# The fused products: the two operands' names and the rule.
_FUSED: dict[str, tuple[str, str, _Rule3]] = {
    "addmm": ("mat1", "mat2", addmm_shape),
    "addmv": ("mat", "vec", addmv_shape),
    "addbmm": ("batch1", "batch2", addbmm_shape),
    "baddbmm": ("batch1", "batch2", baddbmm_shape),
    "addr": ("vec1", "vec2", addr_shape),
}


def _promoted(codec: Codec, tensors: Sequence[TensorType]) -> Type:
    """The dtype of a product of `tensors` (promotion as `mul`)."""
    return result_dtype("mul", [Arg(tensor=t) for t in tensors], codec)


def _fused_hook(op_name: str, inplace: bool) -> OpHook:
    first, second, rule = _FUSED[op_name]
    shown = f"{op_name}_" if inplace else op_name

    def hook(call: Call, codec: Codec) -> Type | None:
        x = receiver(call, codec)
        a = tensor_at(call, codec, 0, first)
        b = tensor_at(call, codec, 1, second)
        if x is None or a is None or b is None:
            return None
        if op_name == "addr":
            common_device(shown, ("self", x), [(first, a), (second, b)])
            dtype = _promoted(codec, [x, a, b])
        else:
            _, dtype = common_kinds(shown, ("self", x), [(first, a), (second, b)])
        if x.shape is None or a.shape is None or b.shape is None:
            shape = None
        else:
            shape = rule(x.shape, a.shape, b.shape)
        if inplace:
            return call.receiver
        return codec.tensor_type(x.device, dtype, shape)

    return hook


for _name in _FUSED:
    op(f"{TENSOR}.{_name}")(_fused_hook(_name, inplace=False))
    op(f"{TENSOR}.{_name}_")(_fused_hook(_name, inplace=True))


def _outer(op_name: str) -> OpHook:
    def hook(call: Call, codec: Codec) -> Type | None:
        x = receiver(call, codec)
        v = tensor_at(call, codec, 0, "vec2")
        if x is None or v is None:
            return None
        device = common_device(op_name, ("self", x), [("vec2", v)])
        dtype = _promoted(codec, [x, v])
        shape = (
            None if x.shape is None or v.shape is None else outer_shape(x.shape, v.shape, op_name)
        )
        return codec.tensor_type(device, dtype, shape)

    return hook


op(f"{TENSOR}.outer")(_outer("outer"))
op(f"{TENSOR}.ger")(_outer("ger"))


@op(f"{TENSOR}.kron")
def _kron(call: Call, codec: Codec) -> Type | None:
    x = receiver(call, codec)
    other = tensor_at(call, codec, 0, "other")
    if x is None or other is None:
        return None
    device = common_device("kron", ("self", x), [("other", other)])
    names = (dtype_name(x.dtype), dtype_name(other.dtype))
    if names[0] is not None and names[1] is not None:
        dtype = dtype_type(codec, kron_dtype(names[0], names[1]))
    else:
        dtype = _promoted(codec, [x, other])
    shape = None if x.shape is None or other.shape is None else kron_shape(x.shape, other.shape)
    return codec.tensor_type(device, dtype, shape)


@op(f"{TENSOR}.cross")
def _cross(call: Call, codec: Codec) -> Type | None:
    x = receiver(call, codec)
    other = tensor_at(call, codec, 0, "other")
    if x is None or other is None:
        return None
    device, dtype = common_kinds("cross", ("input", x), [("other", other)])
    dim = int_value(call, codec, 1, "dim", None) if given(call, 1, "dim") else None
    if x.shape is None or other.shape is None or (given(call, 1, "dim") and dim is None):
        return codec.tensor_type(device, dtype, None)
    return codec.tensor_type(device, dtype, cross_shape(x.shape, other.shape, dim, "cross"))


# -- functions -----------------------------------------------------------------------------------


def _int_items(call: Call, codec: Codec, expr: Expression) -> list[int] | None:
    if not isinstance(expr, ListExpr | TupleExpr):
        return None
    out: list[int] = []
    for item in expr.items:
        d = int_arg_dim(call.api, codec, call.api.get_expression_type(item), item)
        if not isinstance(d, int):
            return None
        out.append(d)
    return out


def _tensordot_dims(call: Call, codec: Codec) -> int | tuple[list[int], list[int]] | None:
    """`dims`: an int (2 when absent), or two lists of dims written out."""
    if call.arg(2, "dims") is None:
        return 2
    expr = call.arg_expr(2, "dims")
    if isinstance(expr, ListExpr | TupleExpr) and len(expr.items) == 2:
        a, b = (_int_items(call, codec, e) for e in expr.items)
        return (a, b) if a is not None and b is not None else None
    return int_value(call, codec, 2, "dims", None)


@op(f"{TORCH_FUNCTIONAL}.tensordot")
def _tensordot(call: Call, codec: Codec) -> Type | None:
    a = tensor_at(call, codec, 0, "a")
    b = tensor_at(call, codec, 1, "b")
    if a is None or b is None or call.arg(3, "out") is not None:
        return None
    device, dtype = common_kinds("tensordot", ("a", a), [("b", b)])
    dims = _tensordot_dims(call, codec)
    if a.shape is None or b.shape is None or dims is None:
        return codec.tensor_type(device, dtype, None)
    return codec.tensor_type(device, dtype, tensordot_shape(a.shape, b.shape, dims))


@op(f"{TORCH_FUNCTIONAL}.cdist")
def _cdist(call: Call, codec: Codec) -> Type | None:
    x1 = tensor_at(call, codec, 0, "x1")
    x2 = tensor_at(call, codec, 1, "x2")
    if x1 is None or x2 is None:
        return None
    device, dtype = common_kinds("cdist", ("x1", x1), [("x2", x2)])
    if x1.shape is None or x2.shape is None:
        return codec.tensor_type(device, dtype, None)
    return codec.tensor_type(device, dtype, cdist_shape(x1.shape, x2.shape))


@op(f"{VARIABLE_FUNCTIONS}.pdist")
def _pdist(call: Call, codec: Codec) -> Type | None:
    x = tensor_at(call, codec, 0, "input")
    if x is None:
        return None
    shape = None if x.shape is None else pdist_shape(x.shape)
    return codec.tensor_type(x.device, x.dtype, shape)
