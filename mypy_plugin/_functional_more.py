"""Hooks for the rest of `torch.nn.functional`'s layers: `scaled_dot_product_attention`,
`rms_norm`, `instance_norm`, `local_response_norm`, `grid_sample`, `affine_grid`, `unfold`,
`fold`, `pixel_shuffle`/`pixel_unshuffle`/`channel_shuffle` (torch's own functions, which
`F` re-exports) and `embedding_bag`.

The rules are in `typedtorch._shapes` (`_attention_fn`, `_norms`, `_grid`, `_im2col`,
`_shuffle`, `_embedding_bag`). Hyper-parameters are read from literals; a non-literal one makes
the dims it affects unknown and raises no error.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence

from mypy.types import Type

from typedtorch._shapes import (
    UNKNOWN,
    Dim,
    RuleError,
    Shape,
    affine_grid_dtype,
    affine_grid_shape,
    channel_shuffle_shape,
    embedding_bag_dtype,
    embedding_bag_shape,
    fold_shape,
    grid_sample_dtype,
    grid_sample_shape,
    instance_norm_shape,
    local_response_norm_shape,
    pixel_shuffle_shape,
    pixel_unshuffle_shape,
    rms_norm_shape,
    scaled_dot_product_attention_dtype,
    scaled_dot_product_attention_shape,
    unfold_functional_shape,
)

from ._args import (
    bool_value,
    common_device,
    common_kinds,
    dim_value,
    given,
    number_at,
    str_value,
    tensor_at,
)
from ._calls import Call
from ._codec import Codec, TensorType
from ._conv import _as_param, _param_at
from ._functional_layers import _normalized_shape
from ._kinds import check_same_device, dtype_name, dtype_type
from ._names import NN_FUNCTIONAL, VARIABLE_FUNCTIONS
from ._registry import OpHook, op

# -- attention -----------------------------------------------------------------------------------


@op(f"{NN_FUNCTIONAL}.scaled_dot_product_attention")
def _sdpa(call: Call, codec: Codec) -> Type | None:
    q = tensor_at(call, codec, 0, "query")
    k = tensor_at(call, codec, 1, "key")
    v = tensor_at(call, codec, 2, "value")
    if q is None or k is None or v is None:
        return None
    mask = tensor_at(call, codec, 3, "attn_mask")
    if given(call, 3, "attn_mask") and mask is None:
        return None
    op_name = "scaled_dot_product_attention"
    device = common_device(op_name, ("query", q), [("key", k), ("value", v), ("attn_mask", mask)])
    names = [dtype_name(t.dtype) for t in (q, k, v)]
    mask_name = dtype_name(mask.dtype) if mask is not None else None
    dtype = q.dtype
    if all(n is not None for n in names) and (mask is None or mask_name is not None):
        a, b, c = (n for n in names if n is not None)
        dtype = dtype_type(codec, scaled_dot_product_attention_dtype(a, b, c, mask_name))
    dropout_p = number_at(call, 4, "dropout_p", 0.0)
    is_causal = bool_value(call, 5, "is_causal", False)
    enable_gqa = bool_value(call, 7, "enable_gqa", False)
    if q.shape is None or k.shape is None or v.shape is None:
        return codec.tensor_type(device, dtype, None)
    if mask is not None and mask.shape is None:
        return codec.tensor_type(device, dtype, None)
    qs, ks, vs = q.shape, k.shape, v.shape
    ms = mask.shape if mask is not None else None
    # A flag known only at run time (`dropout_p=self.dropout if self.training else 0.0`):
    # every value it may take is tried (see `agreed`).
    shape = agreed(
        [
            functools.partial(
                scaled_dot_product_attention_shape,
                qs,
                ks,
                vs,
                ms,
                is_causal=causal,
                enable_gqa=gqa,
                dropout_p=p,
            )
            for causal in ((False, True) if is_causal is None else (is_causal,))
            for gqa in ((False, True) if enable_gqa is None else (enable_gqa,))
            for p in ((0.0, 0.5) if dropout_p is None else (dropout_p,))
        ]
    )
    return codec.tensor_type(device, dtype, shape)


def agreed(computations: Sequence[Callable[[], Shape]]) -> Shape:
    """The shape every one of `computations` gives (the call's arguments that are not known,
    each value tried): their error when all fail; dims that differ, or fail in some, unknown."""
    results: list[Shape] = []
    errors: list[RuleError] = []
    for compute in computations:
        try:
            results.append(compute())
        except RuleError as err:
            errors.append(err)
    if not results:
        raise errors[0]
    first = results[0]
    if errors or any(len(r) != len(first) for r in results):
        return (UNKNOWN,) * len(first)
    return tuple(d if all(r[i] == d for r in results) else UNKNOWN for i, d in enumerate(first))


# -- normalization -------------------------------------------------------------------------------


@op(f"{NN_FUNCTIONAL}.rms_norm")
def _rms_norm(call: Call, codec: Codec) -> Type | None:
    x = tensor_at(call, codec, 0, "input")
    if x is None or call.arg(1, "normalized_shape") is None:
        return None
    w = tensor_at(call, codec, 2, "weight")
    device, dtype = common_kinds("rms_norm", ("input", x), [("weight", w)])
    normalized = _normalized_shape(call, codec)
    if x.shape is None or normalized is None or (w is not None and w.shape is None):
        return codec.tensor_type_raw(device, dtype, x.raw_shape)
    return codec.tensor_type(
        device, dtype, rms_norm_shape(x.shape, normalized, w.shape if w is not None else None)
    )


@op(f"{NN_FUNCTIONAL}.instance_norm")
def _instance_norm(call: Call, codec: Codec) -> Type | None:
    x = tensor_at(call, codec, 0, "input")
    if x is None:
        return None
    named = ("running_mean", "running_var", "weight", "bias")
    params = [(what, tensor_at(call, codec, i, what)) for i, what in enumerate(named, start=1)]
    if any(given(call, i, what) and t is None for i, (what, t) in enumerate(params, start=1)):
        return None  # a plain tensor: its shape is not known
    device, dtype = common_kinds("instance_norm", ("input", x), params)
    use_input_stats = bool_value(call, 5, "use_input_stats", True)
    shapes = [t.shape if t is not None else None for _, t in params]
    if (
        x.shape is None
        or use_input_stats is None
        or any(t is not None and t.shape is None for _, t in params)
    ):
        return codec.tensor_type_raw(device, dtype, x.raw_shape)
    mean, var, weight, bias = shapes
    shape = instance_norm_shape(x.shape, mean, var, weight, bias, use_input_stats)
    return codec.tensor_type(device, dtype, shape)


@op(f"{NN_FUNCTIONAL}.local_response_norm")
def _local_response_norm(call: Call, codec: Codec) -> Type | None:
    x = tensor_at(call, codec, 0, "input")
    if x is None or call.arg(1, "size") is None:
        return None
    size = dim_value(call, codec, 1, "size", UNKNOWN)
    if x.shape is None:
        return codec.tensor_type(x.device, x.dtype, None)
    return codec.tensor_type(x.device, x.dtype, local_response_norm_shape(x.shape, size))


# -- sampling at grid points ---------------------------------------------------------------------


@op(f"{NN_FUNCTIONAL}.grid_sample")
def _grid_sample(call: Call, codec: Codec) -> Type | None:
    x = tensor_at(call, codec, 0, "input")
    grid = tensor_at(call, codec, 1, "grid")
    if x is None or grid is None:
        return None
    device = check_same_device("grid_sample", x.device, grid.device, ("input", "grid"))
    names = dtype_name(x.dtype), dtype_name(grid.dtype)
    dtype = x.dtype
    if names[0] is not None and names[1] is not None:
        dtype = dtype_type(codec, grid_sample_dtype(names[0], names[1]))
    mode = str_value(call, 2, "mode", "bilinear")
    padding_mode = str_value(call, 3, "padding_mode", "zeros")
    if x.shape is None or grid.shape is None:
        return codec.tensor_type(device, dtype, None)
    if mode is None or padding_mode is None:
        shape = grid_sample_shape(x.shape, grid.shape)
        return codec.tensor_type(device, dtype, shape)
    return codec.tensor_type(
        device, dtype, grid_sample_shape(x.shape, grid.shape, mode, padding_mode)
    )


@op(f"{NN_FUNCTIONAL}.affine_grid")
def _affine_grid(call: Call, codec: Codec) -> Type | None:
    theta = tensor_at(call, codec, 0, "theta")
    if theta is None or call.arg(1, "size") is None:
        return None
    name = dtype_name(theta.dtype)
    dtype = dtype_type(codec, affine_grid_dtype(name)) if name is not None else theta.dtype
    size = _param_at(call, codec, 1, "size", UNKNOWN)
    align_corners = (
        bool_value(call, 2, "align_corners", False) if given(call, 2, "align_corners") else False
    )
    if theta.shape is None or not isinstance(size, tuple) or align_corners is None:
        return codec.tensor_type(theta.device, dtype, None)
    dims: list[Dim] = [UNKNOWN if d is None else d for d in size]
    return codec.tensor_type(
        theta.device, dtype, affine_grid_shape(theta.shape, dims, align_corners)
    )


# -- sliding blocks, pixel shuffles --------------------------------------------------------------


def _block_params(call: Call, codec: Codec, first: int) -> list[Dim | tuple[Dim, ...]]:
    """kernel_size (or output_size), then dilation, padding, stride from position `first`."""
    names = ("kernel_size", "dilation", "padding", "stride")
    defaults: tuple[object, ...] = (UNKNOWN, 1, 0, 1)
    return [
        _as_param(_param_at(call, codec, first + i, name, default))
        for i, (name, default) in enumerate(zip(names, defaults, strict=True))
    ]


@op(f"{NN_FUNCTIONAL}.unfold")
def _unfold(call: Call, codec: Codec) -> Type | None:
    x = tensor_at(call, codec, 0, "input")
    if x is None or call.arg(1, "kernel_size") is None:
        return None
    if x.shape is None:
        return codec.tensor_type(x.device, x.dtype, None)
    kernel, dilation, padding, stride = _block_params(call, codec, 1)
    shape = unfold_functional_shape(x.shape, kernel, dilation, padding, stride)
    return codec.tensor_type(x.device, x.dtype, shape)


@op(f"{NN_FUNCTIONAL}.fold")
def _fold(call: Call, codec: Codec) -> Type | None:
    x = tensor_at(call, codec, 0, "input")
    if x is None or call.arg(1, "output_size") is None or call.arg(2, "kernel_size") is None:
        return None
    if x.shape is None:
        return codec.tensor_type(x.device, x.dtype, None)
    output_size = _as_param(_param_at(call, codec, 1, "output_size", UNKNOWN))
    kernel, dilation, padding, stride = _block_params(call, codec, 2)
    shape = fold_shape(x.shape, output_size, kernel, dilation, padding, stride)
    return codec.tensor_type(x.device, x.dtype, shape)


def _shuffle_hook(name: str) -> OpHook:
    factor_name, rule = {
        "pixel_shuffle": ("upscale_factor", pixel_shuffle_shape),
        "pixel_unshuffle": ("downscale_factor", pixel_unshuffle_shape),
        "channel_shuffle": ("groups", channel_shuffle_shape),
    }[name]

    def hook(call: Call, codec: Codec) -> Type | None:
        x = tensor_at(call, codec, 0, "input")
        if x is None or call.arg(1, factor_name) is None:
            return None
        factor = dim_value(call, codec, 1, factor_name, UNKNOWN)
        if x.shape is None:
            return codec.tensor_type(x.device, x.dtype, None)
        return codec.tensor_type(x.device, x.dtype, rule(x.shape, factor))

    return hook


for _name in ("pixel_shuffle", "pixel_unshuffle", "channel_shuffle"):
    op(f"{VARIABLE_FUNCTIONS}.{_name}")(_shuffle_hook(_name))


# -- embedding_bag ---------------------------------------------------------------------------


@op(f"{NN_FUNCTIONAL}.embedding_bag")
def _embedding_bag(call: Call, codec: Codec) -> Type | None:
    x = tensor_at(call, codec, 0, "input")
    w = tensor_at(call, codec, 1, "weight")
    if x is None or w is None:
        return None
    offsets = tensor_at(call, codec, 2, "offsets")
    weights = tensor_at(call, codec, 8, "per_sample_weights")
    if (given(call, 2, "offsets") and offsets is None) or (
        given(call, 8, "per_sample_weights") and weights is None
    ):
        return None
    device = common_device(
        "embedding_bag",
        ("input", x),
        [("weight", w), ("offsets", offsets), ("per_sample_weights", weights)],
    )
    names = [dtype_name(t.dtype) if t is not None else None for t in (x, w, offsets, weights)]
    dtype = w.dtype
    if (
        names[0] is not None
        and names[1] is not None
        and all(
            n is not None
            for t, n in zip((offsets, weights), names[2:], strict=True)
            if t is not None
        )
    ):
        dtype = dtype_type(codec, embedding_bag_dtype(names[0], names[1], names[2], names[3]))
    mode = str_value(call, 6, "mode", "mean")
    include_last = bool_value(call, 9, "include_last_offset", False)
    padding_idx = call.arg(10, "padding_idx")
    padding = None
    if padding_idx is not None and given(call, 10, "padding_idx"):
        value = dim_value(call, codec, 10, "padding_idx", UNKNOWN)
        padding = value if isinstance(value, int) else None
    tensors: list[TensorType | None] = [x, w, offsets, weights]
    if (
        mode is None
        or include_last is None
        or any(t is not None and t.shape is None for t in tensors)
    ):
        return codec.tensor_type(device, dtype, _two_dims(w))
    assert x.shape is not None and w.shape is not None
    shape = embedding_bag_shape(
        x.shape,
        w.shape,
        offsets.shape if offsets is not None else None,
        mode,
        weights.shape if weights is not None else None,
        include_last,
        padding,
    )
    return codec.tensor_type(device, dtype, shape)


def _two_dims(w: TensorType) -> Shape:
    last: Dim = w.shape[-1] if w.shape else UNKNOWN
    return (UNKNOWN, last)
