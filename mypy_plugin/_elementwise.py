"""Hooks for elementwise binary ops: arithmetic, bitwise and comparison operators, their named
forms, `maximum`/`minimum`, `masked_fill`, `lerp`, `tt.where`, and in-place `+=`-style operators.

Shapes broadcast, dtypes promote as `torch.result_type` does (with each op's own rules), devices
must agree (a zero-dim CPU tensor excepted). The rules are in `typedtorch._shapes._elementwise`.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from mypy.nodes import ComparisonExpr
from mypy.subtypes import is_same_type
from mypy.types import (
    Instance,
    LiteralType,
    NoneType,
    Type,
    TypeVarType,
    get_proper_type,
)

from typedtorch._shapes import RuleError, Shape, broadcast_shapes
from typedtorch._shapes._dtypes import Operand
from typedtorch._shapes._elementwise import (
    COMPARISONS,
    DeviceOperand,
    binary_dtype,
    common_device,
    inplace_dtype,
    inplace_shape,
    lerp_dtype,
    masked_fill_shape,
    require_bool_mask,
)
from typedtorch._shapes._kernels import kernel_unary_dtype
from typedtorch._shapes._scalar_values import integer_scalar_check

from ._calls import Call
from ._codec import TENSOR, Codec, TensorType
from ._kind_values import str_value
from ._kinds import device_name, device_type, dtype_name, dtype_type
from ._names import VARIABLE_FUNCTIONS as POINTWISE
from ._registry import OpHook, op

_DTYPES: Final = "typedtorch._dtypes."

_SCALARS: Final = {
    "builtins.bool": "pybool",
    "builtins.int": "pyint",
    "builtins.float": "pyfloat",
    "builtins.complex": "pycomplex",
}

# Binary ops by method name: torch's op name.
_BINARY: Final = {
    "add": "add",
    "sub": "sub",
    "mul": "mul",
    "truediv": "div",
    "floordiv": "floor_divide",
    "mod": "remainder",
    "pow": "pow",
    "and": "bitwise_and",
    "or": "bitwise_or",
    "xor": "bitwise_xor",
}
_NAMED: Final = {
    "add": "add",
    "sub": "sub",
    "mul": "mul",
    "div": "div",
    "maximum": "maximum",
    "minimum": "minimum",
}
_COMPARE_DUNDERS: Final = ("eq", "ne", "lt", "le", "gt", "ge")
_OPERATOR_NAMES: Final = {"==": "eq", "!=": "ne", "<": "lt", "<=": "le", ">": "gt", ">=": "ge"}
_INPLACE: Final = {"iadd": "add", "isub": "sub", "imul": "mul", "itruediv": "div"}
_LABELS: Final = ("self", "other", "third")


@dataclass
class Arg:
    """One operand: a typed tensor, or a Python scalar (`scalar` is `"pyint"`, ...)."""

    tensor: TensorType | None = None
    scalar: str | None = None


def operand(typ: Type | None, codec: Codec) -> Arg | None:
    """The operand `typ` is; None for anything the rules cannot reason about (untyped tensors)."""
    if typ is None:
        return None
    t = codec.tensor(typ)
    if t is not None:
        return Arg(tensor=t)
    p = get_proper_type(typ)
    if isinstance(p, LiteralType):
        p = p.fallback
    if isinstance(p, Instance) and p.type.fullname in _SCALARS:
        return Arg(scalar=_SCALARS[p.type.fullname])
    return None


def _zero_dim(t: TensorType) -> bool | None:
    return None if t.shape is None else len(t.shape) == 0


def _category(typ: Type) -> str | None:
    """`"floating"`, `"complex"`, `"integer"` or `"bool"` for a dtype kind, TypeVar or class."""
    p = get_proper_type(typ)
    if isinstance(p, TypeVarType):
        p = get_proper_type(p.upper_bound)
    if not isinstance(p, Instance):
        return None
    for base, cat in (
        ("Floating", "floating"),
        ("ComplexFloating", "complex"),
        ("Integer", "integer"),
        ("BoolDType", "bool"),
    ):
        if p.type.has_base(_DTYPES + base):
            return cat
    return None


# Python scalars that keep a tensor of each category at its dtype.
_KEEPS: Final = {
    "floating": {"pybool", "pyint", "pyfloat"},
    "complex": {"pybool", "pyint", "pyfloat", "pycomplex"},
    "integer": {"pybool", "pyint"},
    "bool": {"pybool"},
}


def _all_same(types: Sequence[Type]) -> bool:
    return all(is_same_type(types[0], t) for t in types[1:])


def result_dtype(op_name: str, args: Sequence[Arg], codec: Codec) -> Type:
    """The result dtype type of `op_name` on `args`; Any where it cannot be known."""
    tensors = [a.tensor for a in args if a.tensor is not None]
    names = [dtype_name(a.tensor.dtype) if a.tensor is not None else a.scalar for a in args]
    if all(n is not None for n in names):
        return dtype_type(codec, _promote_all_ranks(op_name, args, names))
    if op_name in COMPARISONS:
        return dtype_type(codec, "bool")
    # An abstract dtype (a TypeVar, `Floating`): the result keeps it when every tensor has it
    # and no operand can change it.
    dtypes = [t.dtype for t in tensors]
    if not dtypes or not _all_same(dtypes):
        return codec.any()
    cat = _category(dtypes[0])
    if cat is None or (op_name == "div" and cat not in ("floating", "complex")):
        return codec.any()
    if op_name.startswith("bitwise") and cat not in ("integer", "bool"):
        return codec.any()
    if any(a.scalar is not None and a.scalar not in _KEEPS[cat] for a in args):
        return codec.any()
    return dtypes[0]


def _promote_all_ranks(op_name: str, args: Sequence[Arg], names: Sequence[str | None]) -> str:
    """`binary_dtype` for every possible zero-dim-ness of unknown-rank tensors: the result when
    all agree; an error when all fail; unknown (`?`) otherwise."""
    choices: list[tuple[bool, ...]] = []
    for a in args:
        z = _zero_dim(a.tensor) if a.tensor is not None else False
        choices.append((False, True) if z is None else (z,))
    results: set[str] = set()
    errors: list[RuleError] = []
    for combo in itertools.product(*choices):
        operands = [
            Operand(n, zero_dim=z) for n, z in zip(names, combo, strict=True) if n is not None
        ]
        try:
            results.add(binary_dtype(op_name, operands))
        except RuleError as err:
            errors.append(err)
    if errors and not results:
        raise errors[0]
    if len(results) == 1 and not errors:
        return results.pop()
    return "?"


def result_device(
    op_name: str, args: Sequence[Arg], codec: Codec, labels: Sequence[str] = _LABELS
) -> Type:
    """The device type of the result; raises DeviceMismatch for tensors on different devices.

    `labels` name the operands in messages (`self`, `other`, ...)."""
    tensors = [(i, a.tensor) for i, a in enumerate(args) if a.tensor is not None]
    described = [DeviceOperand(device_name(t.device), _zero_dim(t), labels[i]) for i, t in tensors]
    name = common_device(op_name, described)
    if name is not None:
        return device_type(codec, name)
    strict = [t.device for (_, t), d in zip(tensors, described, strict=True) if not d.zero_dim]
    if strict and _all_same(strict):
        return strict[0]
    return codec.any()


@dataclass(frozen=True)
class RawShape:
    """Shape type arguments passed through as written (e.g. an unpacked TypeVarTuple)."""

    types: tuple[Type, ...]


def result_shape(op_name: str, tensors: Sequence[TensorType]) -> Shape | RawShape | None:
    """The broadcast shape, or the shape types every tensor shares, or None (unknown)."""
    shapes = [t.shape for t in tensors]
    if all(s is not None for s in shapes):
        return broadcast_shapes(*[s for s in shapes if s is not None], op=op_name)
    # Zero-dim tensors broadcast with anything; the others must share their shape types.
    raws = [t.raw_shape for t in tensors if t.shape != ()]
    if raws and all(
        len(r) == len(raws[0]) and all(is_same_type(x, y) for x, y in zip(r, raws[0], strict=True))
        for r in raws
    ):
        return RawShape(raws[0])
    return None


def build(codec: Codec, device: Type, dtype: Type, shape: Shape | RawShape | None) -> Type:
    if isinstance(shape, RawShape):
        return codec.tensor_type_raw(device, dtype, shape.types)
    return codec.tensor_type(device, dtype, shape)


def elementwise(op_name: str, args: Sequence[Arg], codec: Codec) -> Type:
    """The result of elementwise `op_name` on `args` (written order: self, other, ...)."""
    device = result_device(op_name, args, codec)
    dtype = result_dtype(op_name, args, codec)
    tensors = [a.tensor for a in args if a.tensor is not None]
    return build(codec, device, dtype, result_shape(op_name, tensors))


# Keywords that do not change a named op's result type.
_NEUTRAL_KEYWORDS: Final = {"add": {"other", "alpha"}, "sub": {"other", "alpha"}}


def _binary_hook(op_name: str, reflected: bool) -> OpHook:
    def hook(call: Call, codec: Codec) -> Type | None:
        this = operand(call.receiver, codec)
        other = operand(call.arg(0, "other"), codec)
        if this is None or other is None:
            return None
        if op_name in ("maximum", "minimum") and other.tensor is None:
            return None  # torch takes tensors only: leave the stub's error
        if op_name == "div" and "rounding_mode" in call.keywords:
            return _div_with_rounding(call, this, other, codec)
        if len(call.positional) > 1 or not set(call.keywords) <= _NEUTRAL_KEYWORDS.get(
            op_name, {"other"}
        ):
            return None
        result = elementwise(op_name, [other, this] if reflected else [this, other], codec)
        scalar = call.arg(0, "other") if other.scalar == "pyint" else None
        value = codec.int_value(scalar) if scalar is not None else None
        x = this.tensor
        kind = dtype_name(x.dtype) if x is not None and not reflected else None
        if x is not None and kind is not None and value is not None:
            integer_scalar_check(op_name, kind, value, x.shape)  # `x // 0`, `x ** -1`
        return result

    return hook


def _div_with_rounding(call: Call, this: Arg, other: Arg, codec: Codec) -> Type | None:
    """`x.div(y, rounding_mode=...)`: promotion without true division when a mode is given."""
    mode = call.keywords.get("rounding_mode")
    if len(call.positional) != 1 or set(call.keywords) != {"rounding_mode"} or mode is None:
        return None
    if isinstance(get_proper_type(mode), NoneType):
        return elementwise("div", [this, other], codec)
    text = str_value(mode, call.keyword_exprs.get("rounding_mode"))
    if text in ("floor", "trunc"):
        name = f"div(rounding_mode={text!r})"
        result = elementwise(name, [this, other], codec)
        scalar = call.arg(0, "other") if other.scalar == "pyint" else None
        value = codec.int_value(scalar) if scalar is not None else None
        kind = dtype_name(this.tensor.dtype) if this.tensor is not None else None
        if this.tensor is not None and kind is not None and value is not None:
            integer_scalar_check(name, kind, value, this.tensor.shape)  # `x.div(0, ...)`
        return result
    return elementwise("mul", [this, other], codec)  # a mode not known: promotion alone


def _comparison_hook(op_name: str) -> OpHook:
    def hook(call: Call, codec: Codec) -> Type | None:
        ctx = call.context
        if isinstance(ctx, ComparisonExpr):
            # `a < b` may be checked as `b.__gt__(a)`: read both operands as written, so that
            # both variants agree and the error (if any) names the operator the user wrote.
            if len(ctx.operands) != 2:
                return None
            left, right = (call.api.get_expression_type(e) for e in ctx.operands)
            args = [operand(left, codec), operand(right, codec)]
            name = _OPERATOR_NAMES.get(ctx.operators[0], op_name)
        else:
            args = [operand(call.receiver, codec), operand(call.arg(0, "other"), codec)]
            name = op_name
        this, other = args
        if this is None or other is None:
            return None
        return elementwise(name, [this, other], codec)

    return hook


def _inplace_hook(op_name: str) -> OpHook:
    def hook(call: Call, codec: Codec) -> Type | None:
        this = operand(call.receiver, codec)
        other = operand(call.arg(0), codec)
        if this is None or other is None or this.tensor is None:
            return None
        x = this.tensor
        shown = f"{op_name}_"
        names = [dtype_name(x.dtype), dtype_name(other.tensor.dtype) if other.tensor else None]
        if other.scalar is not None:
            names[1] = other.scalar
        if names[0] is not None and names[1] is not None:
            result = _promote_all_ranks(op_name, [this, other], names)
            if result != "?":
                inplace_dtype(shown, names[0], result)
        result_device(shown, [this, other], codec)
        if other.tensor is not None and x.shape is not None and other.tensor.shape is not None:
            inplace_shape(x.shape, other.tensor.shape, shown)
        return call.receiver

    return hook


for _dunder, _op in _BINARY.items():
    op(f"{TENSOR}.__{_dunder}__")(_binary_hook(_op, False))
    op(f"{TENSOR}.__r{_dunder}__")(_binary_hook(_op, True))
for _name, _op in _NAMED.items():
    op(f"{TENSOR}.{_name}")(_binary_hook(_op, False))
for _op in _COMPARE_DUNDERS:
    op(f"{TENSOR}.__{_op}__", f"{TENSOR}.{_op}")(_comparison_hook(_op))
for _dunder, _op in _INPLACE.items():
    op(f"{TENSOR}.__{_dunder}__")(_inplace_hook(_op))


def _function_operands(call: Call, names: Sequence[str], codec: Codec) -> list[Arg] | None:
    out: list[Arg] = []
    for i, name in enumerate(names):
        a = operand(call.arg(i, name), codec)
        if a is None:
            return None
        out.append(a)
    return out


def _extremum_function(op_name: str) -> OpHook:
    def hook(call: Call, codec: Codec) -> Type | None:
        args = _function_operands(call, ("input", "other"), codec)
        if args is None or any(a.tensor is None for a in args):
            return None
        return elementwise(op_name, args, codec)

    return hook


for _op in ("maximum", "minimum"):
    op(f"{POINTWISE}.{_op}")(_extremum_function(_op))


@op(f"{POINTWISE}.where")
def _where(call: Call, codec: Codec) -> Type | None:
    args = _function_operands(call, ("condition", "input", "other"), codec)
    if args is None or args[0].tensor is None:
        return None
    cond = dtype_name(args[0].tensor.dtype)
    if cond is not None:
        require_bool_mask("where", "condition", cond)
    device = result_device("where", args, codec, ("condition", "input", "other"))
    dtype = result_dtype("where", args[1:], codec)
    tensors = [a.tensor for a in args if a.tensor is not None]
    return build(codec, device, dtype, result_shape("where", tensors))


@op(f"{TENSOR}.masked_fill")
def _masked_fill(call: Call, codec: Codec) -> Type | None:
    x = codec.tensor(call.receiver) if call.receiver is not None else None
    mask_type = call.arg(0, "mask")
    mask = codec.tensor(mask_type) if mask_type is not None else None
    value = operand(call.arg(1, "value"), codec)
    if x is None or mask is None or value is None:
        return None
    mask_dtype = dtype_name(mask.dtype)
    if mask_dtype is not None:
        require_bool_mask("masked_fill", "mask", mask_dtype)
    if x.shape is None or mask.shape is None:
        shape = result_shape("masked_fill", [x, mask])
    else:
        value_shape = value.tensor.shape if value.tensor is not None else None
        shape = masked_fill_shape(x.shape, mask.shape, value_shape)
    return build(codec, x.device, x.dtype, shape)


@op(f"{TENSOR}.lerp")
def _lerp(call: Call, codec: Codec) -> Type | None:
    this = operand(call.receiver, codec)
    end = operand(call.arg(0, "end"), codec)
    weight = operand(call.arg(1, "weight"), codec)
    if this is None or end is None or weight is None or this.tensor is None or end.tensor is None:
        return None
    names = [dtype_name(this.tensor.dtype), dtype_name(end.tensor.dtype)]
    weight_name = dtype_name(weight.tensor.dtype) if weight.tensor is not None else None
    if names[0] is not None and names[1] is not None:
        if weight.tensor is None or weight_name is not None:
            lerp_dtype(names[0], names[1], weight_name)
    args = [this, end] + ([weight] if weight.tensor is not None else [])
    device = result_device("lerp", args, codec, ("self", "end", "weight"))
    tensors = [a.tensor for a in args if a.tensor is not None]
    return build(codec, device, this.tensor.dtype, result_shape("lerp", tensors))


# -- unary operators and functions that keep the dtype, where torch has a kernel -----------------

# Tensor method (or operator): the op's name in `KERNELS`, and the name messages give it.
_UNARY_KERNELS: Final = {
    "abs": ("abs", "abs"),
    "sign": ("sign", "sign"),
    "square": ("square", "square"),
    "floor": ("floor", "floor"),
    "ceil": ("ceil", "ceil"),
    "round": ("round", "round"),
    "trunc": ("trunc", "trunc"),
    "relu": ("relu", "relu"),
    "neg": ("neg", "neg"),
    "__neg__": ("neg", "-"),
    "__pos__": ("positive", "+"),
    "__invert__": ("bitwise_not", "~"),
}


def unary_kernel_dtype(
    op_name: str, dtype: Type, codec: Codec, shape: Shape | None, shown: str | None = None
) -> Type:
    """The result dtype of unary `op_name` (a `KERNELS` op) on `dtype` (`kernel_unary_dtype`);
    raises where torch has no kernel (the message names `shown`)."""
    name = dtype_name(dtype)
    if name is not None:
        out = kernel_unary_dtype(op_name, name, shape, shown)
        return dtype if out == name else dtype_type(codec, out)
    category = _category(dtype)
    if category in ("floating", "integer") or (category == "complex" and op_name != "abs"):
        return dtype
    if category == "bool" and op_name in ("sign", "bitwise_not"):
        return dtype
    return codec.any()


def unary_kernel_hook(op_name: str, shown: str) -> OpHook:
    """The hook of a unary op that keeps the shape and (but for `square`, `abs`) the dtype."""

    def hook(call: Call, codec: Codec) -> Type | None:
        x = codec.tensor(call.receiver) if call.receiver is not None else None
        if x is None:
            return None
        dtype = unary_kernel_dtype(op_name, x.dtype, codec, x.shape, shown)
        return codec.tensor_type_raw(x.device, dtype, x.raw_shape)

    return hook


for _method, (_op, _shown) in _UNARY_KERNELS.items():
    op(f"{TENSOR}.{_method}")(unary_kernel_hook(_op, _shown))
