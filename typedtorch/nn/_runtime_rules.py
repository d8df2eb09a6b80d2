"""What `tnn.runtime_checks()` checks for each typed layer: its rule, fed at runtime.

Each `LayerRule` feeds a layer's runtime attributes and a call's tensor shapes to the shared rules
in `typedtorch._shapes`, exactly as the mypy plugin (`mypy_plugin/_nn*.py`) feeds them with the
layer's type arguments and the argument types; no shape formula is written here. A rule returns
what the forward must return: a shape, `Outputs` for a tuple, or None where it is not checked.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Union

import torch

from .._checking import TensorTypeError
from .._shapes import (
    EQUAL_DTYPE_LOSSES,
    RuleError,
    Shape,
    activation_args,
    activation_dtype,
    adaptive_pool_shape,
    batch_norm_shape,
    bilinear_shape,
    channel_dropout_shape,
    channel_shuffle_shape,
    class_target_kind,
    class_weight_shape,
    conv_shape,
    conv_transpose_shape,
    cosine_embedding_loss_shape,
    cosine_similarity_shape,
    cross_entropy_shape,
    ctc_loss_dtype,
    ctc_loss_shape,
    decoder_layer_shape,
    elementwise_loss_shape,
    embedding_bag_dtype,
    embedding_bag_shape,
    embedding_shape,
    encoder_layer_shape,
    flatten_shape,
    fold_shape,
    format_shape,
    gaussian_nll_loss_shape,
    glu_shape,
    group_norm_shape,
    hinge_embedding_loss_shape,
    instance_norm_layer_shape,
    interpolate_shape,
    kl_div_shape,
    layer_norm_shape,
    linear_shape,
    local_response_norm_shape,
    margin_ranking_loss_shape,
    mha_shapes,
    multi_margin_loss_shape,
    multilabel_margin_loss_shape,
    multilabel_soft_margin_loss_shape,
    nll_loss_shape,
    padding_layer_shape,
    pairwise_distance_shape,
    pixel_shuffle_shape,
    pixel_unshuffle_shape,
    poisson_nll_loss_shape,
    pool_shape,
    prelu_shape,
    require_in_channels,
    require_in_features,
    rms_norm_shape,
    rnn_cell_shapes,
    rnn_shapes,
    soft_margin_loss_shape,
    softmax_shape,
    transformer_shape,
    triplet_margin_loss_shape,
    unflatten_shape,
    unfold_functional_shape,
)
from .._shapes._activations import softmax2d_shape
from .._shapes._norms import norm_params_dtype

nn = torch.nn


@dataclass(frozen=True)
class Outputs:
    """A forward that returns a tuple: what each item must be."""

    items: tuple[Expected, ...]


# A shape, a tuple of expectations, or None (not checked: e.g. `need_weights=False`'s None).
Expected = Union[Shape, Outputs, None]  # noqa: UP007 (a runtime alias of a forward reference)

# A call's arguments by the forward's parameter names (only those the caller passed).
Arguments = Mapping[str, Any]


@dataclass(frozen=True)
class LayerRule:
    """How one layer class is checked.

    `compute(module, label, arguments)` returns the expected output or raises `RuleError`.
    `inputs` are the forward parameters that must hold tensors for the call to be checked (the
    first is the main input); `like_parameters` those whose dtype and device must be the layer's
    parameters' (a tuple of tensors, as LSTM's `hx`, counts item by item).
    """

    compute: Callable[[Any, str, Arguments], Expected]
    inputs: tuple[str, ...] = ("input",)
    like_parameters: tuple[str, ...] = ("input",)


def shape_of(arguments: Arguments, name: str) -> Shape | None:
    """The shape of the tensor passed as `name`, None when it was not passed (or is None)."""
    return _shape(arguments.get(name))


def _shape(value: Any) -> Shape | None:
    return tuple(value.shape) if isinstance(value, torch.Tensor) else None


def _input(arguments: Arguments) -> Shape:
    shape = shape_of(arguments, "input")
    assert shape is not None  # `inputs` made sure of it
    return shape


def dtype_name(dtype: torch.dtype) -> str:
    """`torch.float32` as messages (and the shared rules) name it: `float32`."""
    return str(dtype).removeprefix("torch.")


# -- linear, conv, pool ----------------------------------------------------------------------------


def _linear_rule(m: Any, label: str, a: Arguments) -> Expected:
    x = _input(a)
    # The layer-level wording, as the plugin reports it, before the functional rule's.
    require_in_features(label, x, m.in_features)
    bias = None if m.bias is None else tuple(m.bias.shape)
    return linear_shape(x, tuple(m.weight.shape), bias)


def _bilinear_rule(m: Any, label: str, a: Arguments) -> Expected:
    a1, a2 = shape_of(a, "input1"), shape_of(a, "input2")
    assert a1 is not None and a2 is not None
    return bilinear_shape(a1, a2, tuple(m.weight.shape), label)


def _conv_rule(spatial: int) -> Callable[[Any, str, Arguments], Expected]:
    def rule(m: Any, label: str, a: Arguments) -> Expected:
        x = _input(a)
        require_in_channels(label, x, m.in_channels, spatial)
        return conv_shape(
            x,
            tuple(m.weight.shape),
            None if m.bias is None else tuple(m.bias.shape),
            stride=m.stride,
            padding=m.padding,
            dilation=m.dilation,
            groups=m.groups,
            spatial=spatial,
        )

    return rule


def _conv_transpose_rule(spatial: int) -> Callable[[Any, str, Arguments], Expected]:
    def rule(m: Any, label: str, a: Arguments) -> Expected:
        x = _input(a)
        require_in_channels(label, x, m.in_channels, spatial)
        if a.get("output_size") is not None:
            # `output_size` picks the output padding; the plugin leaves such calls alone too.
            return None
        return conv_transpose_shape(
            x,
            tuple(m.weight.shape),
            None if m.bias is None else tuple(m.bias.shape),
            stride=m.stride,
            padding=m.padding,
            output_padding=m.output_padding,
            groups=m.groups,
            dilation=m.dilation,
            spatial=spatial,
        )

    return rule


def _pool_rule(kind: str, spatial: int) -> Callable[[Any, str, Arguments], Expected]:
    def rule(m: Any, label: str, a: Arguments) -> Expected:
        return pool_shape(
            _input(a),
            m.kernel_size,
            m.stride,
            m.padding,
            m.dilation if kind == "max" else 1,
            bool(m.ceil_mode),
            spatial=spatial,
            op=f"{kind}_pool{spatial}d",
        )

    return rule


def _adaptive_rule(kind: str, spatial: int) -> Callable[[Any, str, Arguments], Expected]:
    def rule(m: Any, label: str, a: Arguments) -> Expected:
        size = m.output_size
        output = tuple(size) if isinstance(size, (tuple, list)) else size
        return adaptive_pool_shape(
            _input(a), output, spatial=spatial, op=f"adaptive_{kind}_pool{spatial}d"
        )

    return rule


def _upsample_rule(m: Any, label: str, a: Arguments) -> Expected:
    size = tuple(m.size) if isinstance(m.size, (tuple, list)) else m.size
    scale = m.scale_factor
    scale = tuple(scale) if isinstance(scale, (tuple, list)) else scale
    return interpolate_shape(
        _input(a),
        size=size,
        scale_factor=scale,
        mode=m.mode,
        align_corners=m.align_corners,
        recompute_scale_factor=m.recompute_scale_factor,
    )


# -- norms, embedding, reshaping, activations ---------------------------------------------------


def _batch_norm_rule(spatial: int) -> Callable[[Any, str, Arguments], Expected]:
    ranks = (2, 3) if spatial == 1 else (spatial + 2,)

    def rule(m: Any, label: str, a: Arguments) -> Expected:
        _norm_kinds(m, label, a["input"])
        return batch_norm_shape(_input(a), m.num_features, ranks, label)

    return rule


def _layer_norm_rule(m: Any, label: str, a: Arguments) -> Expected:
    _norm_kinds(m, label, a["input"])
    return layer_norm_shape(_input(a), tuple(m.normalized_shape), label)


def _group_norm_rule(m: Any, label: str, a: Arguments) -> Expected:
    _norm_kinds(m, label, a["input"])
    return group_norm_shape(_input(a), m.num_groups, m.num_channels, label)


def _norm_kinds(m: Any, label: str, x: torch.Tensor) -> None:
    """A norm's input against its parameters: their device, and their dtype or (float32
    parameters) float16/bfloat16, as torch's mixed-precision kernels take."""
    _same_device(m, label, {"input": x})
    weight = getattr(m, "weight", None)
    if isinstance(weight, torch.Tensor) and weight.dtype != x.dtype and not _autocast_on(x):
        norm_params_dtype(dtype_name(weight.dtype), dtype_name(x.dtype), label)


def _autocast_on(x: torch.Tensor) -> bool:
    # Under autocast torch casts inputs and parameters itself: mixed dtypes are expected.
    try:
        return bool(torch.is_autocast_enabled(x.device.type))
    except RuntimeError:  # a device type autocast does not know (meta)
        return False


def _embedding_rule(m: Any, label: str, a: Arguments) -> Expected:
    x = a["input"]
    if x.dtype not in (torch.int64, torch.int32):
        raise TensorTypeError(
            f'"{label}" expects integer indices (int64 or int32), got a {dtype_name(x.dtype)} input'
        )
    return embedding_shape(_input(a), m.embedding_dim, m.num_embeddings)


def _flatten_rule(m: Any, label: str, a: Arguments) -> Expected:
    return flatten_shape(_input(a), m.start_dim, m.end_dim)


def _unflatten_rule(m: Any, label: str, a: Arguments) -> Expected:
    return unflatten_shape(_input(a), m.dim, tuple(m.unflattened_size))


def _prelu_rule(m: Any, label: str, a: Arguments) -> Expected:
    return prelu_shape(_input(a), m.num_parameters, label)


def _softmax_rule(m: Any, label: str, a: Arguments) -> Expected:
    return softmax_shape(_input(a), m.dim, label)


def _same_rule(m: Any, label: str, a: Arguments) -> Expected:
    return _input(a)


def _channel_dropout_rule(spatial: int) -> Callable[[Any, str, Arguments], Expected]:
    def rule(m: Any, label: str, a: Arguments) -> Expected:
        return channel_dropout_shape(_input(a), spatial, label)

    return rule


# -- recurrent ---------------------------------------------------------------------------------


def _states(a: Arguments, lstm: bool) -> tuple[Shape | None, Shape | None]:
    """`hx` as (h_0, c_0) shapes: a tensor for RNN/GRU, a pair for LSTM."""
    hx = a.get("hx")
    if lstm and isinstance(hx, (tuple, list)) and len(hx) == 2:
        return _shape(hx[0]), _shape(hx[1])
    return _shape(hx), None


def _rnn_rule(m: Any, label: str, a: Arguments) -> Expected:
    lstm = isinstance(m, torch.nn.LSTM)
    h_0, c_0 = _states(a, lstm)
    shapes = rnn_shapes(
        _input(a),
        h_0,
        c_0,
        input_size=m.input_size,
        hidden_size=m.hidden_size,
        num_layers=m.num_layers,
        bidirectional=m.bidirectional,
        batch_first=m.batch_first,
        proj_size=m.proj_size,
        lstm=lstm,
        layer=label,
    )
    if shapes.c_n is not None:
        return Outputs((shapes.output, Outputs((shapes.h_n, shapes.c_n))))
    return Outputs((shapes.output, shapes.h_n))


def _cell_rule(m: Any, label: str, a: Arguments) -> Expected:
    lstm = isinstance(m, torch.nn.LSTMCell)
    hx, cx = _states(a, lstm)
    shape = rnn_cell_shapes(
        _input(a),
        hx,
        cx,
        input_size=m.input_size,
        hidden_size=m.hidden_size,
        lstm=lstm,
        layer=label,
    )
    return Outputs((shape, shape)) if lstm else shape


# -- attention ---------------------------------------------------------------------------------


def _mha_rule(m: Any, label: str, a: Arguments) -> Expected:
    query, key, value = (shape_of(a, name) for name in ("query", "key", "value"))
    assert query is not None and key is not None and value is not None
    shapes = mha_shapes(
        query,
        key,
        value,
        shape_of(a, "key_padding_mask"),
        shape_of(a, "attn_mask"),
        embed_dim=m.embed_dim,
        num_heads=m.num_heads,
        kdim=m.kdim,
        vdim=m.vdim,
        batch_first=m.batch_first,
        add_bias_kv=m.bias_k is not None,
        add_zero_attn=m.add_zero_attn,
        average_attn_weights=a.get("average_attn_weights", True) is not False,
        layer=label,
    )
    weights = shapes.weights if a.get("need_weights", True) else None
    return Outputs((shapes.output, weights))


def _attention_of(m: Any) -> Any:
    """The self-attention that decides a Transformer layer's (or stack's) d_model and nhead."""
    layer = (
        m.layers[0]
        if isinstance(m, (torch.nn.TransformerEncoder, torch.nn.TransformerDecoder))
        else m
    )
    return layer.self_attn


def _encoder_rule(mask_name: str) -> Callable[[Any, str, Arguments], Expected]:
    def rule(m: Any, label: str, a: Arguments) -> Expected:
        attention = _attention_of(m)
        src = shape_of(a, "src")
        assert src is not None
        return encoder_layer_shape(
            src,
            shape_of(a, mask_name),
            shape_of(a, "src_key_padding_mask"),
            d_model=attention.embed_dim,
            nhead=attention.num_heads,
            batch_first=attention.batch_first,
            layer=label,
            mask_name=mask_name,
        )

    return rule


def _decoder_rule(m: Any, label: str, a: Arguments) -> Expected:
    attention = _attention_of(m)
    tgt, memory = shape_of(a, "tgt"), shape_of(a, "memory")
    assert tgt is not None and memory is not None
    return decoder_layer_shape(
        tgt,
        memory,
        *(
            shape_of(a, name)
            for name in (
                "tgt_mask",
                "memory_mask",
                "tgt_key_padding_mask",
                "memory_key_padding_mask",
            )
        ),
        d_model=attention.embed_dim,
        nhead=attention.num_heads,
        batch_first=attention.batch_first,
        layer=label,
    )


def _transformer_rule(m: Any, label: str, a: Arguments) -> Expected:
    src, tgt = shape_of(a, "src"), shape_of(a, "tgt")
    assert src is not None and tgt is not None
    return transformer_shape(
        src,
        tgt,
        *(
            shape_of(a, name)
            for name in (
                "src_mask",
                "tgt_mask",
                "memory_mask",
                "src_key_padding_mask",
                "tgt_key_padding_mask",
                "memory_key_padding_mask",
            )
        ),
        d_model=m.d_model,
        nhead=m.nhead,
        batch_first=m.batch_first,
        layer=label,
    )


# -- losses: each module runs its functional loss's contract, as in the plugin ---------------------

_LOSS_FUNCTIONS: dict[type[torch.nn.Module], str] = {
    nn.CrossEntropyLoss: "cross_entropy",
    nn.NLLLoss: "nll_loss",
    nn.MSELoss: "mse_loss",
    nn.L1Loss: "l1_loss",
    nn.BCELoss: "binary_cross_entropy",
    nn.BCEWithLogitsLoss: "binary_cross_entropy_with_logits",
    nn.SmoothL1Loss: "smooth_l1_loss",
    nn.HuberLoss: "huber_loss",
}


def _loss_rule(name: str) -> Callable[[Any, str, Arguments], Expected]:
    def rule(m: Any, label: str, a: Arguments) -> Expected:
        x, t = a["input"], a["target"]
        if x.device != t.device:
            raise TensorTypeError(
                f'Expected all tensors to be on the same device for "{name}": input is on '
                f"{x.device} and target is on {t.device}"
            )
        xs, ts = tuple(x.shape), tuple(t.shape)
        weight = getattr(m, "weight", None)
        if name in ("cross_entropy", "nll_loss"):
            probabilities = class_target_kind(xs, ts, dtype_name(t.dtype), name)
            if isinstance(weight, torch.Tensor) and xs:
                class_weight_shape(xs, tuple(weight.shape), name, probabilities=probabilities)
            if name == "cross_entropy":
                return cross_entropy_shape(xs, ts, m.reduction, probabilities=probabilities)
            return nll_loss_shape(xs, ts, m.reduction)
        if name in EQUAL_DTYPE_LOSSES and x.dtype != t.dtype:
            raise TensorTypeError(
                f'Incompatible dtypes for "{name}": input is {dtype_name(x.dtype)} and target '
                f"is {dtype_name(t.dtype)}"
            )
        return elementwise_loss_shape(xs, ts, m.reduction, name)

    return rule


# -- more norms, embedding bags, activations, shuffles, padding, blocks, distances ---------------


def _same_device(m: Any, label: str, tensors: Arguments) -> None:
    """Inputs on the device of the layer's parameters and buffers (if it has any), as
    `_runtime_checks` checks it for layers whose dtype rule is their own."""
    held = next(m.parameters(), None)
    if held is None:
        held = next(m.buffers(), None)
    if held is None:
        return
    for name, x in tensors.items():
        if isinstance(x, torch.Tensor) and x.device != held.device:
            what = "an input" if name == "input" else name
            raise TensorTypeError(
                f'"{label}" expects {what} on {held.device} (the device of its parameters), '
                f"got {what} on {x.device}"
            )


def _rms_norm_rule(m: Any, label: str, a: Arguments) -> Expected:
    # torch names RMSNorm's input `x`.
    _same_device(m, label, {"input": a["x"]})
    x = shape_of(a, "x")
    assert x is not None
    weight = None if m.weight is None else tuple(m.weight.shape)
    return rms_norm_shape(x, tuple(m.normalized_shape), weight, op=label)


def _instance_norm_rule(spatial: int) -> Callable[[Any, str, Arguments], Expected]:
    def rule(m: Any, label: str, a: Arguments) -> Expected:
        x = a["input"]
        _norm_kinds(m, label, x)
        return instance_norm_layer_shape(
            _input(a),
            m.num_features,
            spatial,
            m.affine,
            m.track_running_stats,
            m.training,
            layer=label,
        )

    return rule


def _local_response_norm_rule(m: Any, label: str, a: Arguments) -> Expected:
    return local_response_norm_shape(_input(a), m.size)


def _embedding_bag_rule(m: Any, label: str, a: Arguments) -> Expected:
    x, offsets, weights = a["input"], a.get("offsets"), a.get("per_sample_weights")
    if x.dim() == 1 and "offsets" not in a:
        # Given by keyword, the offsets reach the check after the forward only (torch's
        # global pre-hooks see positional arguments): checked then.
        return None
    _same_device(m, label, {"input": x, "offsets": offsets, "per_sample_weights": weights})
    embedding_bag_dtype(
        dtype_name(x.dtype),
        dtype_name(m.weight.dtype),
        None if offsets is None else dtype_name(offsets.dtype),
        None if weights is None else dtype_name(weights.dtype),
    )
    return embedding_bag_shape(
        _input(a),
        tuple(m.weight.shape),
        shape_of(a, "offsets"),
        m.mode,
        shape_of(a, "per_sample_weights"),
        m.include_last_offset,
        m.padding_idx,
        op=label,
    )


# torch's op of each activation whose dtype (and arguments) follow a rule, and the module
# attributes that are the op's arguments.
_ACTIVATIONS: dict[type[torch.nn.Module], tuple[str, tuple[str, ...]]] = {
    nn.ReLU6: ("relu6", ()),
    nn.Hardtanh: ("hardtanh", ("min_val", "max_val")),
    nn.Threshold: ("threshold", ()),
    nn.Hardsigmoid: ("hardsigmoid", ()),
    nn.Hardswish: ("hardswish", ()),
    nn.Mish: ("mish", ()),
    nn.SELU: ("selu", ()),
    nn.CELU: ("celu", ("alpha",)),
    nn.RReLU: ("rrelu", ("lower", "upper")),
    nn.Softplus: ("softplus", ()),
    nn.Softshrink: ("softshrink", ("lambd",)),
    nn.Hardshrink: ("hardshrink", ()),
    nn.LogSigmoid: ("logsigmoid", ()),
    nn.Softsign: ("softsign", ()),
    nn.Tanhshrink: ("tanhshrink", ()),
    nn.GLU: ("glu", ()),
}


def _activation_rule(
    op: str, arguments: tuple[str, ...]
) -> Callable[[Any, str, Arguments], Expected]:
    def rule(m: Any, label: str, a: Arguments) -> Expected:
        activation_args(op, {name: getattr(m, name) for name in arguments})
        activation_dtype(op, dtype_name(a["input"].dtype), training=m.training)
        return glu_shape(_input(a), m.dim) if op == "glu" else _input(a)

    return rule


def _softmax2d_rule(m: Any, label: str, a: Arguments) -> Expected:
    return softmax2d_shape(_input(a))


def _pixel_shuffle_rule(m: Any, label: str, a: Arguments) -> Expected:
    return pixel_shuffle_shape(_input(a), m.upscale_factor, op=label)


def _pixel_unshuffle_rule(m: Any, label: str, a: Arguments) -> Expected:
    return pixel_unshuffle_shape(_input(a), m.downscale_factor, op=label)


def _channel_shuffle_rule(m: Any, label: str, a: Arguments) -> Expected:
    return channel_shuffle_shape(_input(a), m.groups, op=label)


def _padding_rule(kind: str, spatial: int) -> Callable[[Any, str, Arguments], Expected]:
    def rule(m: Any, label: str, a: Arguments) -> Expected:
        value = getattr(m, "value", None)
        return padding_layer_shape(_input(a), tuple(m.padding), spatial, kind, value, layer=label)

    return rule


def _fold_rule(m: Any, label: str, a: Arguments) -> Expected:
    return fold_shape(
        _input(a), m.output_size, m.kernel_size, m.dilation, m.padding, m.stride, op=label
    )


def _unfold_rule(m: Any, label: str, a: Arguments) -> Expected:
    return unfold_functional_shape(
        _input(a), m.kernel_size, m.dilation, m.padding, m.stride, op=label
    )


def _pair(a: Arguments) -> tuple[Shape, Shape]:
    x1, x2 = shape_of(a, "x1"), shape_of(a, "x2")
    assert x1 is not None and x2 is not None
    return x1, x2


def _cosine_similarity_rule(m: Any, label: str, a: Arguments) -> Expected:
    return cosine_similarity_shape(*_pair(a), m.dim)


def _pairwise_distance_rule(m: Any, label: str, a: Arguments) -> Expected:
    return pairwise_distance_shape(*_pair(a), m.keepdim)


# -- margin and likelihood losses --------------------------------------------------------------


def _on_one_device(name: str, a: Arguments, names: tuple[str, ...]) -> None:
    tensors = [(n, a[n]) for n in names if isinstance(a.get(n), torch.Tensor)]
    for what, t in tensors[1:]:
        if t.device != tensors[0][1].device:
            raise TensorTypeError(
                f'Expected all tensors to be on the same device for "{name}": {tensors[0][0]} is '
                f"on {tensors[0][1].device} and {what} is on {t.device}"
            )


def _shapes(a: Arguments, names: tuple[str, ...]) -> list[Shape]:
    shapes = [shape_of(a, n) for n in names]
    assert all(s is not None for s in shapes)
    return [s for s in shapes if s is not None]


def _margin_rule(
    name: str, names: tuple[str, ...], compute: Callable[..., Shape]
) -> Callable[[Any, str, Arguments], Expected]:
    def rule(m: Any, label: str, a: Arguments) -> Expected:
        _on_one_device(name, a, names)
        return compute(m, *_shapes(a, names), m.reduction)

    return rule


def _weight_shape(m: Any) -> Shape | None:
    weight = getattr(m, "weight", None)
    return tuple(weight.shape) if isinstance(weight, torch.Tensor) else None


def _gaussian_nll_rule(m: Any, label: str, a: Arguments) -> Expected:
    _on_one_device("gaussian_nll_loss", a, ("input", "target", "var"))
    x, t = _shapes(a, ("input", "target"))
    return gaussian_nll_loss_shape(x, t, shape_of(a, "var"), m.reduction)


def _lengths(value: Any) -> Shape | None:
    if isinstance(value, torch.Tensor):
        return tuple(value.shape)
    if isinstance(value, (tuple, list)):
        return (len(value),)
    return None


def _ctc_rule(m: Any, label: str, a: Arguments) -> Expected:
    ctc_loss_dtype(dtype_name(a["log_probs"].dtype))
    log_probs, targets = _shapes(a, ("log_probs", "targets"))
    lengths = _lengths(a.get("input_lengths")), _lengths(a.get("target_lengths"))
    if lengths[0] is None or lengths[1] is None:
        return None
    return ctc_loss_shape(log_probs, targets, lengths[0], lengths[1], m.reduction)


_MARGIN_LOSSES: dict[type[torch.nn.Module], tuple[str, tuple[str, ...], Callable[..., Shape]]] = {
    nn.KLDivLoss: (
        "kl_div",
        ("input", "target"),
        lambda m, x, t, r: kl_div_shape(x, t, r),
    ),
    nn.SoftMarginLoss: (
        "soft_margin_loss",
        ("input", "target"),
        lambda m, x, t, r: soft_margin_loss_shape(x, t, r),
    ),
    nn.MarginRankingLoss: (
        "margin_ranking_loss",
        ("input1", "input2", "target"),
        lambda m, x1, x2, t, r: margin_ranking_loss_shape(x1, x2, t, r),
    ),
    nn.HingeEmbeddingLoss: (
        "hinge_embedding_loss",
        ("input", "target"),
        lambda m, x, t, r: hinge_embedding_loss_shape(x, t, r),
    ),
    nn.CosineEmbeddingLoss: (
        "cosine_embedding_loss",
        ("input1", "input2", "target"),
        lambda m, x1, x2, t, r: cosine_embedding_loss_shape(x1, x2, t, r),
    ),
    nn.TripletMarginLoss: (
        "triplet_margin_loss",
        ("anchor", "positive", "negative"),
        lambda m, a, p, n, r: triplet_margin_loss_shape(a, p, n, m.margin, r),
    ),
    nn.PoissonNLLLoss: (
        "poisson_nll_loss",
        ("log_input", "target"),
        lambda m, x, t, r: poisson_nll_loss_shape(x, t, r),
    ),
    nn.MultiMarginLoss: (
        "multi_margin_loss",
        ("input", "target"),
        lambda m, x, t, r: multi_margin_loss_shape(x, t, _weight_shape(m), m.p, r),
    ),
    nn.MultiLabelMarginLoss: (
        "multilabel_margin_loss",
        ("input", "target"),
        lambda m, x, t, r: multilabel_margin_loss_shape(x, t, r),
    ),
    nn.MultiLabelSoftMarginLoss: (
        "multilabel_soft_margin_loss",
        ("input", "target"),
        lambda m, x, t, r: multilabel_soft_margin_loss_shape(x, t, _weight_shape(m), r),
    ),
}


# -- the table ---------------------------------------------------------------------------------

RULES: dict[type[torch.nn.Module], LayerRule] = {
    nn.Linear: LayerRule(_linear_rule),
    nn.Bilinear: LayerRule(_bilinear_rule, ("input1", "input2"), ("input1", "input2")),
    nn.Identity: LayerRule(_same_rule, like_parameters=()),
    nn.LayerNorm: LayerRule(_layer_norm_rule, like_parameters=()),
    nn.GroupNorm: LayerRule(_group_norm_rule, like_parameters=()),
    nn.Embedding: LayerRule(_embedding_rule, like_parameters=()),
    nn.Flatten: LayerRule(_flatten_rule),
    nn.Unflatten: LayerRule(_unflatten_rule),
    nn.Upsample: LayerRule(_upsample_rule),
    nn.PReLU: LayerRule(_prelu_rule),
    nn.Softmax: LayerRule(_softmax_rule),
    nn.LogSoftmax: LayerRule(_softmax_rule),
    nn.MultiheadAttention: LayerRule(
        _mha_rule, ("query", "key", "value"), ("query", "key", "value")
    ),
    nn.TransformerEncoderLayer: LayerRule(_encoder_rule("src_mask"), ("src",), ("src",)),
    nn.TransformerEncoder: LayerRule(_encoder_rule("mask"), ("src",), ("src",)),
    nn.TransformerDecoderLayer: LayerRule(_decoder_rule, ("tgt", "memory"), ("tgt", "memory")),
    nn.TransformerDecoder: LayerRule(_decoder_rule, ("tgt", "memory"), ("tgt", "memory")),
    nn.Transformer: LayerRule(_transformer_rule, ("src", "tgt"), ("src", "tgt")),
}
for _cls in (
    nn.ReLU,
    nn.GELU,
    nn.SiLU,
    nn.Tanh,
    nn.Sigmoid,
    nn.LeakyReLU,
    nn.ELU,
    nn.Dropout,
    nn.AlphaDropout,
):
    RULES[_cls] = LayerRule(_same_rule)
for _cls in (nn.RNN, nn.LSTM, nn.GRU):
    RULES[_cls] = LayerRule(_rnn_rule, like_parameters=("input", "hx"))
for _cls in (nn.RNNCell, nn.LSTMCell, nn.GRUCell):
    RULES[_cls] = LayerRule(_cell_rule, like_parameters=("input", "hx"))
for _cls, _name in _LOSS_FUNCTIONS.items():
    RULES[_cls] = LayerRule(_loss_rule(_name), ("input", "target"), ())
for _n in (1, 2, 3):
    RULES[getattr(nn, f"Conv{_n}d")] = LayerRule(_conv_rule(_n))
    RULES[getattr(nn, f"ConvTranspose{_n}d")] = LayerRule(_conv_transpose_rule(_n))
    RULES[getattr(nn, f"MaxPool{_n}d")] = LayerRule(_pool_rule("max", _n))
    RULES[getattr(nn, f"AvgPool{_n}d")] = LayerRule(_pool_rule("avg", _n))
    RULES[getattr(nn, f"AdaptiveMaxPool{_n}d")] = LayerRule(_adaptive_rule("max", _n))
    RULES[getattr(nn, f"AdaptiveAvgPool{_n}d")] = LayerRule(_adaptive_rule("avg", _n))
    RULES[getattr(nn, f"BatchNorm{_n}d")] = LayerRule(_batch_norm_rule(_n), like_parameters=())
    RULES[getattr(nn, f"Dropout{_n}d")] = LayerRule(_channel_dropout_rule(_n))
    RULES[getattr(nn, f"InstanceNorm{_n}d")] = LayerRule(
        _instance_norm_rule(_n), like_parameters=()
    )
    for _kind in ("ZeroPad", "ConstantPad", "ReflectionPad", "ReplicationPad", "CircularPad"):
        RULES[getattr(nn, f"{_kind}{_n}d")] = LayerRule(_padding_rule(_kind, _n))
RULES[nn.RMSNorm] = LayerRule(_rms_norm_rule, ("x",), ())
RULES[nn.LocalResponseNorm] = LayerRule(_local_response_norm_rule)
RULES[nn.EmbeddingBag] = LayerRule(_embedding_bag_rule, like_parameters=())
for _cls, (_op, _arguments) in _ACTIVATIONS.items():
    RULES[_cls] = LayerRule(_activation_rule(_op, _arguments))
RULES[nn.Softmin] = LayerRule(_softmax_rule)
RULES[nn.Softmax2d] = LayerRule(_softmax2d_rule)
RULES[nn.PixelShuffle] = LayerRule(_pixel_shuffle_rule)
RULES[nn.PixelUnshuffle] = LayerRule(_pixel_unshuffle_rule)
RULES[nn.ChannelShuffle] = LayerRule(_channel_shuffle_rule)
RULES[nn.Fold] = LayerRule(_fold_rule)
RULES[nn.Unfold] = LayerRule(_unfold_rule)
RULES[nn.CosineSimilarity] = LayerRule(_cosine_similarity_rule, ("x1", "x2"), ())
RULES[nn.PairwiseDistance] = LayerRule(_pairwise_distance_rule, ("x1", "x2"), ())
for _cls, (_name, _inputs, _compute) in _MARGIN_LOSSES.items():
    RULES[_cls] = LayerRule(_margin_rule(_name, _inputs, _compute), _inputs, ())
RULES[nn.GaussianNLLLoss] = LayerRule(_gaussian_nll_rule, ("input", "target"), ())
RULES[nn.CTCLoss] = LayerRule(_ctc_rule, ("log_probs", "targets"), ())


def rule_of(module: torch.nn.Module) -> LayerRule | None:
    """The rule of the most derived covered class: a user's subclass of a typed layer keeps it,
    unless the subclass writes its own `forward` (then it is a different layer)."""
    for cls in type(module).__mro__:
        rule = RULES.get(cls)
        if rule is not None:
            return rule
        if "forward" in vars(cls):
            return None
    return None


def label_of(module: torch.nn.Module) -> str:
    """The layer as its constructor call, as messages name it: `Linear(in_features=784, ...)`.

    Layers with children print over many lines; those get a one-line label of what decides
    their shapes.
    """
    if isinstance(module, torch.nn.MultiheadAttention):
        flags = ", batch_first=True" if module.batch_first else ""
        return f"MultiheadAttention({module.embed_dim}, {module.num_heads}{flags})"
    if isinstance(module, (torch.nn.TransformerEncoder, torch.nn.TransformerDecoder)):
        return f"{type(module).__name__}({label_of(module.layers[0])}, {module.num_layers})"
    if isinstance(module, (torch.nn.TransformerEncoderLayer, torch.nn.TransformerDecoderLayer)):
        attention = module.self_attn
        flags = ", batch_first=True" if attention.batch_first else ""
        return f"{type(module).__name__}({attention.embed_dim}, {attention.num_heads}{flags})"
    if isinstance(module, torch.nn.Transformer):
        flags = ", batch_first=True" if module.batch_first else ""
        return f"Transformer(d_model={module.d_model}, nhead={module.nhead}{flags})"
    return repr(module)


def expected_output(module: torch.nn.Module, rule: LayerRule, arguments: Arguments) -> Expected:
    """The rule's answer for this call; its error as a `TensorTypeError` naming the layer."""
    label = label_of(module)
    try:
        return rule.compute(module, label, arguments)
    except RuleError as err:
        message = err.message if label in err.message else f'"{label}": {err.message}'
        raise TensorTypeError(message) from None


def format_expected(expected: Expected) -> str:
    if isinstance(expected, Outputs):
        return "(" + ", ".join(format_expected(item) for item in expected.items) + ")"
    return "None" if expected is None else format_shape(expected)
