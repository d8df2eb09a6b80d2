"""Hooks that change a tensor's dtype without promotion: the float-valued unary functions
(`exp`, `sqrt`, `sigmoid`, `log`, `tanh`, ...: integer and bool inputs give float32),
`x.type(dtype)`, and `x.view(dtype)` (called from the `view` hook in `_reshape.py`).

The rules are in `typedtorch._shapes._retype`.
"""

from __future__ import annotations

from typing import Final

from mypy.types import Type

from typedtorch._shapes import UNKNOWN
from typedtorch._shapes._retype import FLOAT_UNARY, unary_float_dtype, view_dtype_shape

from ._calls import Call
from ._codec import TENSOR, Codec, TensorType
from ._elementwise import _category
from ._kind_values import dtype_value, str_value
from ._kinds import device_type, dtype_name, dtype_type
from ._registry import OpHook, op

# torch's legacy tensor type names (`x.type("torch.cuda.FloatTensor")`).
_LEGACY_TYPES: Final = {
    "FloatTensor": "float32",
    "DoubleTensor": "float64",
    "HalfTensor": "float16",
    "BFloat16Tensor": "bfloat16",
    "LongTensor": "int64",
    "IntTensor": "int32",
    "ShortTensor": "int16",
    "CharTensor": "int8",
    "ByteTensor": "uint8",
    "BoolTensor": "bool",
}


def _receiver(call: Call, codec: Codec) -> TensorType | None:
    return codec.tensor(call.receiver) if call.receiver is not None else None


def unary_dtype(op_name: str, dtype: Type, codec: Codec) -> Type:
    """The result dtype of float-valued `op_name` on `dtype` (a kind, a TypeVar, or Any)."""
    name = dtype_name(dtype)
    if name is not None:
        out = unary_float_dtype(op_name, name)
        return dtype if out == name else dtype_type(codec, out)
    category = _category(dtype)
    if category in ("integer", "bool"):
        return dtype_type(codec, "float32")
    if category == "floating" or (category == "complex" and op_name != "angle"):
        return dtype
    return codec.any()


def _unary_hook(op_name: str) -> OpHook:
    def hook(call: Call, codec: Codec) -> Type | None:
        x = _receiver(call, codec)
        if x is None:
            return None
        return codec.tensor_type_raw(x.device, unary_dtype(op_name, x.dtype, codec), x.raw_shape)

    return hook


for _name in sorted(FLOAT_UNARY):
    op(f"{TENSOR}.{_name}")(_unary_hook(_name))


@op(f"{TENSOR}.type")
def _type(call: Call, codec: Codec) -> Type | None:
    """`x.type(dtype)`: the tensor in that dtype; `x.type("torch.cuda.FloatTensor")`: torch's
    legacy names fix the device too. `x.type()` is a string (the stub's)."""
    x = _receiver(call, codec)
    typ = call.arg(0, "dtype")
    if x is None or typ is None:
        return None
    text = str_value(typ, call.arg_expr(0, "dtype"))
    if text is not None:
        module, _, name = text.rpartition(".")
        if name not in _LEGACY_TYPES or module not in ("torch", "torch.cuda"):
            return codec.tensor_type_raw(x.device, codec.any(), x.raw_shape)
        device = device_type(codec, "cuda" if module == "torch.cuda" else "cpu")
        return codec.tensor_type_raw(device, dtype_type(codec, _LEGACY_TYPES[name]), x.raw_shape)
    kind = dtype_value(codec, typ)
    if kind is None:
        return None
    return codec.tensor_type_raw(x.device, kind, x.raw_shape)


def is_dtype_argument(call: Call, codec: Codec) -> bool:
    """`x.view(torch.int32)` / `x.view(dtype=...)`: a dtype, not sizes."""
    typ = call.keywords.get("dtype")
    if typ is None and len(call.positional) == 1:
        typ = call.positional[0]
    return typ is not None and dtype_value(codec, typ) is not None


def view_as_dtype(call: Call, codec: Codec, x: TensorType) -> Type:
    """`x.view(dtype)`: the same bytes as another dtype (the last dim rescaled)."""
    typ = call.keywords.get("dtype") or call.positional[0]
    kind = dtype_value(codec, typ)
    assert kind is not None
    have, want = dtype_name(x.dtype), dtype_name(kind)
    if x.shape is None:
        return codec.tensor_type(x.device, kind, None)
    if have is None or want is None:
        # The element sizes are not known: so is the last dim.
        return codec.tensor_type(x.device, kind, (*x.shape[:-1], UNKNOWN) if x.shape else ())
    return codec.tensor_type(x.device, kind, view_dtype_shape(x.shape, have, want))
