"""Hooks for `@` / `matmul` / `mm` / `bmm` / `mv` / `dot`."""

from __future__ import annotations

from collections.abc import Callable

from mypy.types import Type

from typedtorch._shapes import Shape, bmm_shape, dot_shape, matmul_shape, mm_shape, mv_shape
from typedtorch._shapes._matmul import matmul_dtype

from ._calls import Call
from ._codec import TENSOR, Codec
from ._kinds import check_same_device, check_same_dtype, dtype_name, dtype_type
from ._registry import OpHook, op

_RULES: dict[str, tuple[str, Callable[[Shape, Shape], Shape]]] = {
    "__matmul__": ("matmul", matmul_shape),
    "__rmatmul__": ("matmul", matmul_shape),
    "matmul": ("matmul", matmul_shape),
    "mm": ("mm", mm_shape),
    "bmm": ("bmm", bmm_shape),
    "mv": ("mv", mv_shape),
    "dot": ("dot", dot_shape),
}


def _matmul_hook(op_name: str, rule: Callable[[Shape, Shape], Shape], reflected: bool) -> OpHook:
    def hook(call: Call, codec: Codec) -> Type | None:
        receiver = codec.tensor(call.receiver) if call.receiver is not None else None
        other_type = call.arg(0)
        other = codec.tensor(other_type) if other_type is not None else None
        if receiver is None or other is None:
            return None
        a, b = (other, receiver) if reflected else (receiver, other)
        device = check_same_device(op_name, a.device, b.device)
        na, nb = dtype_name(a.dtype), dtype_name(b.dtype)
        if na is not None and nb is not None:
            out = matmul_dtype(op_name, na, nb, a.shape, b.shape)
            dtype = a.dtype if out == na else dtype_type(codec, out)
        else:
            dtype = check_same_dtype(op_name, a.dtype, b.dtype)
        if a.shape is None or b.shape is None:
            return codec.tensor_type(device, dtype, None)
        return codec.tensor_type(device, dtype, rule(a.shape, b.shape))

    return hook


for _name, (_op, _rule) in _RULES.items():
    op(f"{TENSOR}.{_name}")(_matmul_hook(_op, _rule, _name == "__rmatmul__"))
