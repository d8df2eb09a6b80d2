"""Hooks for the activations of `torch.nn.functional` (and their `torch.*` forms): `relu6`,
`hardswish`, `hardsigmoid`, `mish`, `softplus`, `logsigmoid`, `softsign`, `tanhshrink`,
`softshrink`, `hardshrink`, `celu`, `selu`, `rrelu`, `threshold`, `hardtanh`, `glu`,
`gumbel_softmax`; `softmax`/`log_softmax`/`softmin` (their dim and `dtype=`); the clamps
(`clamp`, `clip`, `clamp_min`, `clamp_max`, tensor bounds broadcast); `normalize` (its dim).

Shapes are kept (`glu` halves a dim); dtypes are `activation_dtype`'s
(`typedtorch._shapes._activations`), which rejects what torch has no kernel for.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from mypy.types import NoneType, Type, get_proper_type

from typedtorch._shapes import (
    Shape,
    activation_args,
    activation_dtype,
    clamp_shape,
    glu_shape,
    gumbel_softmax_shape,
)
from typedtorch._shapes._kernels import check_kernel
from typedtorch._shapes._reduce import dim_op_shape, reduce_dtype

from ._args import bool_value, given, int_value, number_at, tensor_at, unknown_dims
from ._calls import Call
from ._codec import TENSOR, Codec, TensorType
from ._elementwise import Arg, _category, operand, result_device, result_dtype
from ._kind_values import dtype_value
from ._kinds import dtype_name, dtype_type
from ._names import NN_FUNCTIONAL, VARIABLE_FUNCTIONS
from ._registry import OpHook, op
from ._reshape import receiver
from ._retype import unary_dtype

# Each activation's numeric arguments after `input`, by position, as torch names them.
_ARGUMENTS: Final[dict[str, tuple[str, ...]]] = {
    "relu6": (),
    "hardswish": (),
    "hardsigmoid": (),
    "mish": (),
    "selu": (),
    "logsigmoid": (),
    "softsign": (),
    "tanhshrink": (),
    "softplus": ("beta", "threshold"),
    "softshrink": ("lambd",),
    "hardshrink": ("lambd",),
    "celu": ("alpha",),
    "rrelu": ("lower", "upper"),
    "threshold": ("threshold", "value"),
    "hardtanh": ("min_val", "max_val"),
}
# The activations torch also defines as `torch.<name>` (same parameters).
_TORCH_FORMS: Final = ("selu", "celu", "rrelu", "threshold")


def activation_result(op_name: str, x: TensorType, codec: Codec, training: bool = False) -> Type:
    """The dtype of activation `op_name` on `x`: the rule's for a concrete dtype; a floating
    one kept; integers promoted where torch computes in float; otherwise unknown."""
    name = dtype_name(x.dtype)
    if name is not None:
        out = activation_dtype(op_name, name, training, x.shape)
        return x.dtype if out == name else dtype_type(codec, out)
    category = _category(x.dtype)
    if category == "floating":
        return x.dtype
    if category == "integer" and op_name in ("softsign", "tanhshrink"):
        return dtype_type(codec, "float32")
    return codec.any()


def _activation_hook(op_name: str, arguments: Sequence[str], first: str = "input") -> OpHook:
    def hook(call: Call, codec: Codec) -> Type | None:
        x = tensor_at(call, codec, 0, first) if call.receiver is None else receiver(call, codec)
        if x is None:
            return None
        offset = 1 if call.receiver is None else 0
        known: dict[str, float] = {}
        for i, name in enumerate(arguments):
            if given(call, offset + i, name):
                value = number_at(call, offset + i, name, 0.0)
                if value is not None:
                    known[name] = value
        activation_args(op_name, known)
        training = bool_value(call, 3, "training", False) if op_name == "rrelu" else False
        dtype = activation_result(op_name, x, codec, bool(training))
        return codec.tensor_type_raw(x.device, dtype, x.raw_shape)

    return hook


for _name, _arguments in _ARGUMENTS.items():
    if _name == "hardshrink":
        # `F.hardshrink` is torch's function form of `Tensor.hardshrink`.
        op(f"{TENSOR}.hardshrink")(_activation_hook(_name, _arguments))
        continue
    op(f"{NN_FUNCTIONAL}.{_name}")(_activation_hook(_name, _arguments))
    if _name in _TORCH_FORMS:
        op(f"{VARIABLE_FUNCTIONS}.{_name}")(_activation_hook(_name, _arguments))


@op(f"{NN_FUNCTIONAL}.glu")
def _glu(call: Call, codec: Codec) -> Type | None:
    x = tensor_at(call, codec, 0, "input")
    if x is None:
        return None
    dim = int_value(call, codec, 1, "dim", -1)
    dtype = activation_result("glu", x, codec)
    if x.shape is None or dim is None:
        return codec.tensor_type(x.device, dtype, unknown_dims(x.shape))
    return codec.tensor_type(x.device, dtype, glu_shape(x.shape, dim))


@op(f"{NN_FUNCTIONAL}.gumbel_softmax")
def _gumbel_softmax(call: Call, codec: Codec) -> Type | None:
    x = tensor_at(call, codec, 0, "logits")
    if x is None:
        return None
    hard = bool_value(call, 2, "hard", False)
    dim = int_value(call, codec, 4, "dim", -1)
    dtype = activation_result("gumbel_softmax", x, codec)
    if x.shape is not None and dim is not None:
        gumbel_softmax_shape(x.shape, dim, bool(hard))
    return codec.tensor_type_raw(x.device, dtype, x.raw_shape)


# -- softmax, log_softmax, softmin -----------------------------------------------------------------


def _implicit_dim(rank: int) -> int:
    """torch's `_get_softmax_dim` (with a deprecation warning) when `dim` is None."""
    return 0 if rank in (0, 1, 3) else 1


def _softmax_hook(op_name: str) -> OpHook:
    rule_name = "softmax" if op_name == "softmin" else op_name

    def hook(call: Call, codec: Codec) -> Type | None:
        x = tensor_at(call, codec, 0, "input")
        if x is None:
            return None
        explicit = call.arg(3, "dtype")
        if explicit is not None and dtype_value(codec, explicit) is not None:
            dtype = dtype_value(codec, explicit)
            assert dtype is not None
        elif explicit is not None and not _is_none(explicit):
            return None
        else:
            name = dtype_name(x.dtype)
            out = None if name is None else reduce_dtype(rule_name, name, x.shape)
            dtype = x.dtype if out is None or out == name else dtype_type(codec, out)
        if x.shape is not None:
            dim = int_value(call, codec, 1, "dim", None) if given(call, 1, "dim") else None
            if not given(call, 1, "dim"):
                dim = _implicit_dim(len(x.shape))
            if dim is not None:
                dim_op_shape(x.shape, dim, op_name)
        return codec.tensor_type_raw(x.device, dtype, x.raw_shape)

    return hook


def _is_none(typ: Type) -> bool:
    return isinstance(get_proper_type(typ), NoneType)


for _name in ("softmax", "log_softmax", "softmin"):
    op(f"{NN_FUNCTIONAL}.{_name}")(_softmax_hook(_name))


@op(f"{NN_FUNCTIONAL}.normalize")
def _normalize(call: Call, codec: Codec) -> Type | None:
    x = tensor_at(call, codec, 0, "input")
    if x is None or given(call, 4, "out"):
        return None
    dim = int_value(call, codec, 2, "dim", 1)
    if x.shape is not None and dim is not None:
        dim_op_shape(x.shape, dim, "normalize")
    return codec.tensor_type_raw(x.device, x.dtype, x.raw_shape)


# -- clamps ------------------------------------------------------------------------------------


def _clamp_hook(op_name: str, bounds: tuple[str, ...]) -> OpHook:
    """`clamp(min, max)`, `clip`, `clamp_min(min)`, `clamp_max(max)`: Python number or tensor
    bounds; tensor bounds broadcast with the input (and may grow the result), and the dtype
    promotes as a binary op's does (an int tensor clamped by a float is float32)."""

    def hook(call: Call, codec: Codec) -> Type | None:
        x = receiver(call, codec)
        if x is None:
            return None
        args = [Arg(tensor=x)]
        shapes: dict[str, Shape | None] = {}
        known = x.shape is not None
        for i, name in enumerate(bounds):
            typ = call.arg(i, name)
            if typ is None or _is_none(typ):
                continue
            a = operand(typ, codec)
            if a is None:
                return None
            args.append(a)
            shapes[name] = a.tensor.shape if a.tensor is not None else ()
            known = known and shapes[name] is not None
        if len(args) == 1:
            clamp_shape(x.shape or (), None, None, op_name)  # raises: at least one bound
            return None
        device = result_device(op_name, args, codec, ("input", *shapes))
        dtype = result_dtype("clamp", args, codec)
        if all(a.tensor is None for a in args[1:]):
            return codec.tensor_type_raw(device, dtype, x.raw_shape)
        if not known or x.shape is None:
            return codec.tensor_type(device, dtype, None)
        shape = clamp_shape(x.shape, shapes.get("min"), shapes.get("max"), op_name)
        return codec.tensor_type(device, dtype, shape)

    return hook


for _name, _bounds in (
    ("clamp", ("min", "max")),
    ("clip", ("min", "max")),
    ("clamp_min", ("min",)),
    ("clamp_max", ("max",)),
):
    op(f"{TENSOR}.{_name}")(_clamp_hook(_name, _bounds))


# -- activations that keep the dtype where torch has a kernel, and the float-valued ones ---------

# Functional activation: its op in `KERNELS`, or `sigmoid`/`tanh` (bool/int inputs give float32).
KERNEL_ACTIVATIONS: Final = {
    "relu": "relu",
    "leaky_relu": "leaky_relu",
    "elu": "elu",
    "gelu": "gelu",
    "silu": "silu",
}
FLOAT_ACTIVATIONS: Final = frozenset({"sigmoid", "tanh"})


def kernel_activation_dtype(
    op_name: str, x: TensorType, codec: Codec, shown: str | None = None
) -> Type:
    """The dtype of activation `op_name` (in `KERNEL_ACTIVATIONS` or `FLOAT_ACTIVATIONS`) on
    `x`; raises where torch has no kernel (the message names `shown`, a layer's label)."""
    if op_name in FLOAT_ACTIVATIONS:
        return unary_dtype(op_name, x.dtype, codec)
    name = dtype_name(x.dtype)
    if name is not None:
        check_kernel(op_name, name, x.shape, shown)
        return x.dtype
    category = _category(x.dtype)
    if category == "floating" or (category == "integer" and op_name == "relu"):
        return x.dtype
    return codec.any() if category is None else x.dtype


def _kernel_activation_hook(op_name: str) -> OpHook:
    def hook(call: Call, codec: Codec) -> Type | None:
        x = tensor_at(call, codec, 0, "input")
        if x is None:
            return None
        dtype = kernel_activation_dtype(op_name, x, codec)
        return codec.tensor_type_raw(x.device, dtype, x.raw_shape)

    return hook


for _name in (*KERNEL_ACTIVATIONS, *sorted(FLOAT_ACTIVATIONS)):
    op(f"{NN_FUNCTIONAL}.{_name}")(_kernel_activation_hook(_name))
