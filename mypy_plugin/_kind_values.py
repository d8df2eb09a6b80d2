"""Device and dtype values as user code writes them, read as kinds.

torch's spellings all count: a kind value (`tt.cuda`, `torch.float64`: typed `Float64` by the
stubs), a string (`"cuda"`, `"cuda:1"`, `"cpu"`), `torch.device("cuda", 0)` (also typed `CUDA`
by the constructor hook below), a bare index (a CUDA device, as torch reads it). A value known
only at run time (a `torch.device` variable, a `str`) is `Any`: only the device or dtype is
unknown then, never the shape.
"""

from __future__ import annotations

from mypy.nodes import CallExpr, Expression, RefExpr, StrExpr
from mypy.plugin import FunctionContext
from mypy.types import AnyType, Instance, LiteralType, NoneType, Type, get_proper_type

from typedtorch._shapes import RuleError, device_string_type

from ._calls import Call
from ._codec import Codec
from ._errors import report_rule_error
from ._kinds import DEVICE_CLASSES, device_name, device_type, dtype_name

_DEVICE_PREFIX = "typedtorch._devices."
_DTYPE_PREFIX = "typedtorch._dtypes."
TORCH_DEVICE = "torch._C.device"
TORCH_DTYPE = "torch._C.dtype"
# Arguments of `.to()` that say nothing about where the tensor goes.
_TO_FLAGS = frozenset({"non_blocking", "copy", "memory_format"})


def device_from_str(codec: Codec, text: str) -> Type:
    """`"cuda:1"` -> CUDA; a device type with no kind (`"xla"`) -> Any. A string torch cannot
    parse (`"bogus"`, `"cuda:x"`) raises the rule's `device` error."""
    kind = device_string_type(text)
    return device_type(codec, kind) if kind in DEVICE_CLASSES else codec.any()


def str_value(typ: Type | None, expr: Expression | None) -> str | None:
    """The literal text of a string argument, if it is written or known as one."""
    if isinstance(expr, StrExpr):
        return expr.value
    p = get_proper_type(typ) if typ is not None else None
    if isinstance(p, Instance) and p.last_known_value is not None:
        p = p.last_known_value
    if isinstance(p, LiteralType) and isinstance(p.value, str):
        return p.value
    return None


def device_value(codec: Codec, typ: Type | None, expr: Expression | None = None) -> Type | None:
    """The device kind a device argument names: a kind type, or Any when it is only known at
    run time; None when the argument is not a device (absent, None, a bool, a dtype...)."""
    if typ is None:
        return None
    p = get_proper_type(typ)
    if isinstance(p, Instance) and p.type.fullname.startswith(_DEVICE_PREFIX):
        return p if device_name(p) is not None else codec.any()
    text = str_value(typ, expr)
    if text is not None:
        return device_from_str(codec, text)
    if isinstance(expr, CallExpr) and _callee_name(expr) in (TORCH_DEVICE, "torch.device"):
        first = expr.args[0] if expr.args else None
        if isinstance(first, StrExpr):
            return device_from_str(codec, first.value)
        return codec.any()
    if isinstance(p, Instance) and (
        p.type.has_base(TORCH_DEVICE) or p.type.fullname == "builtins.str"
    ):
        return codec.any()
    if isinstance(p, Instance) and p.type.fullname == "builtins.int":
        return device_type(codec, "cuda")  # torch reads a bare index as a CUDA device
    if isinstance(p, LiteralType) and isinstance(p.value, int) and not isinstance(p.value, bool):
        return device_type(codec, "cuda")
    return None


def dtype_value(codec: Codec, typ: Type | None) -> Type | None:
    """The dtype kind a dtype argument names (Any for a `torch.dtype` known only at run time);
    None when the argument is not a dtype."""
    if typ is None:
        return None
    p = get_proper_type(typ)
    if isinstance(p, Instance) and p.type.fullname.startswith(_DTYPE_PREFIX):
        return p if dtype_name(p) is not None else codec.any()
    if isinstance(p, Instance) and p.type.has_base(TORCH_DTYPE):
        return codec.any()
    return None


def to_target(codec: Codec, call: Call) -> tuple[Type | None, Type | None]:
    """Where `.to(...)` sends a tensor or module: (device, dtype), None for "unchanged".

    `to(other)` takes another tensor's kinds; `to(device, dtype)`, `to(dtype)`, keywords.
    """
    device: Type | None = None
    dtype: Type | None = None
    arguments = [(t, call.arg_expr(i)) for i, t in enumerate(call.positional)]
    arguments += [
        (t, call.keyword_exprs.get(k)) for k, t in call.keywords.items() if k not in _TO_FLAGS
    ]
    for typ, expr in arguments:
        p = get_proper_type(typ)
        if isinstance(p, NoneType) or (
            isinstance(p, Instance) and p.type.fullname == "builtins.bool"
        ):
            continue
        tensor = codec.tensor(p)
        if tensor is not None:
            return tensor.device, tensor.dtype
        kind = dtype_value(codec, typ)
        if kind is not None:
            dtype = kind
            continue
        kind = device_value(codec, typ, expr)
        if kind is not None:
            device = kind
        elif isinstance(p, AnyType):
            # Unknown argument: it may be either; say neither is known.
            return codec.any(), codec.any()
    return device, dtype


def device_constructor(ctx: FunctionContext, codec: Codec) -> Type:
    """`torch.device("cuda")` / `torch.device("cuda", 1)` is a `CUDA` (a `torch.device`)."""
    first = ctx.args[0][0] if ctx.args and ctx.args[0] else None
    typ = ctx.arg_types[0][0] if ctx.arg_types and ctx.arg_types[0] else None
    text = str_value(typ, first)
    if text is None:
        return ctx.default_return_type
    try:
        kind = device_from_str(codec, text)
    except RuleError as err:
        report_rule_error(ctx.api, err, ctx.context)
        return ctx.default_return_type
    return ctx.default_return_type if isinstance(get_proper_type(kind), AnyType) else kind


def _callee_name(expr: CallExpr) -> str | None:
    callee = expr.callee
    return callee.fullname if isinstance(callee, RefExpr) and callee.fullname else None
