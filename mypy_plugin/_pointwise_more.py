"""Hooks for elementwise ops beyond the operators: binary `atan2`, `copysign`, `fmod`, `fmin`,
`fmax`, `hypot`, `xlogy`, `logical_and`/`or`/`xor` and the named `pow`, `remainder`, `bitwise_*`;
unary `sgn`, `signbit`, `positive`, `bitwise_not`, `frac`.

Shapes broadcast and devices agree as for the operators (`_elementwise`); dtypes follow each op's
rule in `typedtorch._shapes._pointwise_more`. The function forms (`torch.atan2(x, y)`) are typed
as these methods (`_function_forms`).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from typing import Final

from mypy.subtypes import is_same_type
from mypy.types import Type

from typedtorch._shapes import RuleError
from typedtorch._shapes._dtypes import DTYPE_NAMES, Operand, category
from typedtorch._shapes._pointwise_more import (
    BINARY_OPS,
    LOGICAL,
    TENSOR_ONLY,
    UNARY_OPS,
    UNARY_TO_BOOL,
    pointwise_binary_dtype,
    unary_dtype,
)

from ._calls import Call
from ._codec import TENSOR, Codec, TensorType
from ._elementwise import _KEEPS, Arg, _category, build, operand, result_device, result_shape
from ._kinds import dtype_name, dtype_type
from ._registry import OpHook, op

_CATEGORY_INDEX: Final = {"bool": 0, "integer": 1, "floating": 2, "complex": 3}


def _members(cat: str) -> list[str]:
    """The dtypes of a dtype category (complex32 aside: CPU torch has almost no kernels for it)."""
    index = _CATEGORY_INDEX[cat]
    return [n for n in DTYPE_NAMES if category(n) == index and n != "complex32"]


def abstract_dtype(
    rule: Callable[[str], str], dtype: Type, codec: Codec, keeps: bool = True
) -> Type:
    """The result dtype of `rule` for an abstract dtype (a TypeVar, `Floating`): the rule run on
    every dtype of its category. The dtype itself where each gives its own dtype; a dtype all
    give; the error all raise; else unknown."""
    cat = _category(dtype)
    if cat is None:
        return codec.any()
    results: set[str] = set()
    same = True
    errors: list[RuleError] = []
    for name in _members(cat):
        try:
            result = rule(name)
        except RuleError as err:
            errors.append(err)
            continue
        results.add(result)
        same = same and result == name
    if errors and not results:
        raise errors[0]
    if errors:
        return codec.any()
    if same and keeps:
        return dtype
    if len(results) == 1:
        return dtype_type(codec, results.pop())
    return codec.any()


def _zero_dim(t: TensorType) -> bool | None:
    return None if t.shape is None else len(t.shape) == 0


def _concrete(op_name: str, args: Sequence[Arg], names: Sequence[str]) -> str:
    """The rule on known dtypes, for every zero-dim-ness unknown ranks leave open: the result all
    agree on, the error all raise, else `?`."""
    choices: list[tuple[bool, ...]] = []
    for a in args:
        z = _zero_dim(a.tensor) if a.tensor is not None else False
        choices.append((False, True) if z is None else (z,))
    results: set[str] = set()
    errors: list[RuleError] = []
    for combo in itertools.product(*choices):
        operands = [Operand(n, zero_dim=z) for n, z in zip(names, combo, strict=True)]
        try:
            results.add(pointwise_binary_dtype(op_name, operands))
        except RuleError as err:
            errors.append(err)
    if errors and not results:
        raise errors[0]
    if len(results) == 1 and not errors:
        return results.pop()
    return "?"


def binary_result_dtype(op_name: str, args: Sequence[Arg], codec: Codec) -> Type:
    names = [dtype_name(a.tensor.dtype) if a.tensor is not None else a.scalar for a in args]
    if all(n is not None for n in names):
        result = _concrete(op_name, args, [n for n in names if n is not None])
        return codec.any() if result == "?" else dtype_type(codec, result)
    if op_name in LOGICAL:
        return dtype_type(codec, "bool")
    # An abstract dtype: every tensor has the same one and no scalar changes it.
    dtypes = [a.tensor.dtype for a in args if a.tensor is not None]
    if not all(is_same_type(dtypes[0], t) for t in dtypes[1:]):
        return codec.any()
    cat = _category(dtypes[0])
    if cat is None or any(a.scalar is not None and a.scalar not in _KEEPS[cat] for a in args):
        return codec.any()

    def rule(name: str) -> str:
        return pointwise_binary_dtype(op_name, [Operand(name) for _ in args])

    return abstract_dtype(rule, dtypes[0], codec)


def _binary_hook(op_name: str) -> OpHook:
    def hook(call: Call, codec: Codec) -> Type | None:
        this = operand(call.receiver, codec)
        other = operand(call.arg(0, "exponent" if op_name == "pow" else "other"), codec)
        if this is None or other is None or this.tensor is None:
            return None
        if other.tensor is None and op_name in TENSOR_ONLY:
            return None  # torch takes tensors only: leave the stub's error
        if len(call.positional) + len(call.keywords) != 1:
            return None
        args = [this, other]
        device = result_device(op_name, args, codec)
        dtype = binary_result_dtype(op_name, args, codec)
        tensors = [a.tensor for a in args if a.tensor is not None]
        return build(codec, device, dtype, result_shape(op_name, tensors))

    return hook


def unary_result(op_name: str, x: TensorType, codec: Codec) -> Type:
    """`x` with the dtype unary `op_name` gives (same shape and device)."""
    name = dtype_name(x.dtype)
    if name is not None:
        dtype = dtype_type(codec, unary_dtype(op_name, name))
    elif _category(x.dtype) is not None:
        dtype = abstract_dtype(lambda n: unary_dtype(op_name, n), x.dtype, codec)
    else:
        # Any dtype at all: each op gives its input's dtype, or bool, where torch accepts it.
        dtype = dtype_type(codec, "bool") if op_name in UNARY_TO_BOOL else x.dtype
    return codec.tensor_type_raw(x.device, dtype, x.raw_shape)


def _unary_hook(op_name: str) -> OpHook:
    def hook(call: Call, codec: Codec) -> Type | None:
        x = codec.tensor(call.receiver) if call.receiver is not None else None
        if x is None or call.positional or call.keywords:
            return None
        return unary_result(op_name, x, codec)

    return hook


for _name in sorted(BINARY_OPS - {"add", "sub", "mul", "div", "maximum", "minimum"}):
    op(f"{TENSOR}.{_name}")(_binary_hook(_name))
op(f"{TENSOR}.arctan2")(_binary_hook("arctan2"))
for _name in sorted(UNARY_OPS):
    op(f"{TENSOR}.{_name}")(_unary_hook(_name))
