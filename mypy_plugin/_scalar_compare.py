"""`0 == x` and `3 != x`: a Python number compared with a tensor on its right.

mypy checks `a == b` as `a.__eq__(b)` first, and `int.__eq__` takes any `object` and returns
`bool`, so the tensor's own `__eq__` (what Python calls once `int.__eq__` returns
`NotImplemented`) is never tried: the result would be `bool`. torch gives a bool tensor of the
tensor's shape. These hooks, on the numbers' `__eq__`/`__ne__`, type the comparison as the
tensor's (the rule is the elementwise comparison's, operands in written order); with anything
but a typed tensor on the right they leave mypy's `bool`. (`3 < x` needs no hook: `int.__lt__`
takes only an int, so mypy goes on to `x.__gt__(3)`.)
"""

from __future__ import annotations

from typing import Final

from mypy.nodes import ComparisonExpr
from mypy.types import Type

from ._calls import Call
from ._codec import Codec
from ._elementwise import _comparison_hook
from ._registry import OpHook, op

_NUMBERS: Final = ("builtins.int", "builtins.float", "builtins.complex", "builtins.bool")


def _number_compared_with_tensor(op_name: str) -> OpHook:
    tensor_hook = _comparison_hook(op_name)

    def hook(call: Call, codec: Codec) -> Type | None:
        ctx = call.context
        if not isinstance(ctx, ComparisonExpr) or len(ctx.operands) != 2:
            return None
        if codec.tensor(call.api.get_expression_type(ctx.operands[1])) is None:
            return None
        return tensor_hook(call, codec)

    return hook


for _op in ("eq", "ne"):
    op(*(f"{number}.__{_op}__" for number in _NUMBERS))(_number_compared_with_tensor(_op))
