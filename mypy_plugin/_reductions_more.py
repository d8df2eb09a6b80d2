"""Hooks for `nansum`, `nanmean` and `count_nonzero` (methods; the function forms are typed as
these), and the function `torch.norm` (typed as the method `norm`).

Shapes are `reduce_shape`'s, dtypes `typedtorch._shapes._reduce_more`'s; `dim`/`keepdim`/`dtype`
are read as `_reductions` reads them.
"""

from __future__ import annotations

from mypy.types import Type

from typedtorch._shapes._reduce_more import reduce_more_dtype

from ._calls import Call
from ._codec import TENSOR, Codec, TensorType
from ._elementwise import _category
from ._function_forms import method_form
from ._kinds import device_name, dtype_name, dtype_type
from ._names import TORCH_FUNCTIONAL
from ._pointwise_more import abstract_dtype
from ._reductions import (
    UNKNOWN_ARG,
    DimArg,
    Params,
    _explicit_dtype,
    _reduced_shape,
    _Unknown,
    read_bool,
    read_dim,
)
from ._registry import OpHook, op
from ._reshape import dim_of


def _dtype(op_name: str, x: TensorType, explicit: Type | None, codec: Codec) -> Type:
    shown = dtype_name(explicit) if explicit is not None else None
    device = device_name(x.device)
    name = dtype_name(x.dtype)
    if name is not None:
        return dtype_type(codec, reduce_more_dtype(op_name, name, shown, device))
    if op_name == "count_nonzero":
        return dtype_type(codec, "int64")
    if _category(x.dtype) is None:
        return explicit if explicit is not None else codec.any()
    return abstract_dtype(lambda n: reduce_more_dtype(op_name, n, shown, device), x.dtype, codec)


def _nan_reduction(op_name: str) -> OpHook:
    params = Params(dtype_keyword=True)

    def hook(call: Call, codec: Codec) -> Type | None:
        x = codec.tensor(call.receiver) if call.receiver is not None else None
        if x is None or len(call.positional) > 2:
            return None
        dim = read_dim(call, codec, 0, "dim")
        keepdim = read_bool(call.arg(1, "keepdim"), False)
        explicit = _explicit_dtype(call, params)
        if isinstance(explicit, _Unknown):
            return codec.tensor_type(
                x.device, codec.any(), _reduced_shape(op_name, x, dim, keepdim)
            )
        dtype = _dtype(op_name, x, explicit, codec)
        return codec.tensor_type(x.device, dtype, _reduced_shape(op_name, x, dim, keepdim))

    return hook


@op(f"{TENSOR}.count_nonzero")
def _count_nonzero(call: Call, codec: Codec) -> Type | None:
    x = codec.tensor(call.receiver) if call.receiver is not None else None
    if x is None or set(call.keywords) - {"dim"}:
        return None
    dim: DimArg
    if len(call.positional) > 1:
        # `x.count_nonzero(0, 1)`: the dims as separate arguments.
        dims = [
            dim_of(call.api, codec, t, e)
            for t, e in zip(call.positional, call.positional_exprs, strict=False)
        ]
        dim = tuple(d for d in dims if isinstance(d, int))
        if len(dim) != len(dims):
            dim = UNKNOWN_ARG
    else:
        dim = read_dim(call, codec, 0, "dim")
    dtype = _dtype("count_nonzero", x, None, codec)
    return codec.tensor_type(x.device, dtype, _reduced_shape("count_nonzero", x, dim, False))


for _name in ("nansum", "nanmean"):
    op(f"{TENSOR}.{_name}")(_nan_reduction(_name))

# `torch.norm` is written in Python (torch/functional.py), with the method's parameters.
op(f"{TORCH_FUNCTIONAL}.norm")(method_form("norm"))
