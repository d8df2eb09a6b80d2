"""Hooks for `MultiheadAttention` and the Transformer layers.

Constructors record the configuration that decides shapes and check `embed_dim % num_heads`
(`d_model % nhead`); calls check query/key/value (src/tgt/memory) and masks with the rules in
`typedtorch._shapes._attention`. `Transformer.generate_square_subsequent_mask(sz)` is typed
`Tensor[CPU, Float32, sz, sz]`.
"""

from __future__ import annotations

from typing import Final

from mypy.types import Instance, NoneType, Type, UnionType, get_proper_type

from typedtorch._shapes import (
    DTypeMismatch,
    Shape,
    decoder_layer_shape,
    encoder_layer_shape,
    mha_config,
    mha_shapes,
    square_mask_shape,
    transformer_shape,
)

from ._calls import Call
from ._codec import DEFAULT_DEVICE, DEFAULT_DTYPE, Codec, TensorType
from ._kinds import dtype_name
from ._names import TYPEDTORCH_NN
from ._nn import _REQUIRED, Spec, _dim, _expr_value, _kind_type
from ._nn_rnn import (
    LayerConfig,
    ReadLayer,
    combine,
    constructor_hook,
    is_absent,
    read_config,
    tensor_arg,
    tuple_type,
)
from ._registry import op

MHA: Final = "torch.nn.modules.activation.MultiheadAttention"
TRANSFORMER: Final = "torch.nn.modules.transformer"
ENCODER_LAYER: Final = f"{TRANSFORMER}.TransformerEncoderLayer"
DECODER_LAYER: Final = f"{TRANSFORMER}.TransformerDecoderLayer"
ENCODER: Final = f"{TRANSFORMER}.TransformerEncoder"
DECODER: Final = f"{TRANSFORMER}.TransformerDecoder"
FULL: Final = f"{TRANSFORMER}.Transformer"

_MASK_DTYPES: Final = frozenset({"bool", "float16", "bfloat16", "float32", "float64"})


def _check_mha(values: dict[str, object], label: str) -> None:
    mha_config(_dim(values["embed_dim"]), _dim(values["num_heads"]), label)


def _check_transformer(values: dict[str, object], label: str) -> None:
    mha_config(_dim(values["d_model"]), _dim(values["nhead"]), label, ("d_model", "nhead"))


_R = _REQUIRED
CONFIGS: Final[dict[str, LayerConfig]] = {
    MHA: LayerConfig(
        Spec(
            MHA,
            (
                ("embed_dim", 0, _R),
                ("num_heads", 1, _R),
                ("add_bias_kv", 4, False),
                ("add_zero_attn", 5, False),
                ("kdim", 6, None),
                ("vdim", 7, None),
                ("batch_first", 8, False),
            ),
            9,
        ),
        _check_mha,
    ),
    FULL: LayerConfig(
        Spec(FULL, (("d_model", 0, 512), ("nhead", 1, 8), ("batch_first", 10, False)), 13),
        _check_transformer,
    ),
}
for _fullname in (ENCODER_LAYER, DECODER_LAYER):
    CONFIGS[_fullname] = LayerConfig(
        Spec(_fullname, (("d_model", 0, _R), ("nhead", 1, _R), ("batch_first", 6, False)), 9),
        _check_transformer,
    )


def _mask(layer: ReadLayer, call: Call, codec: Codec, index: int, name: str) -> Shape | None:
    """A mask argument's shape (None when absent or of unknown rank); checks its dtype."""
    typ = call.arg(index, name)
    if is_absent(typ):
        return None
    mask = tensor_arg(codec, typ)
    if mask is None:
        return None
    kind = dtype_name(mask.dtype)
    if kind is not None and kind not in _MASK_DTYPES:
        raise DTypeMismatch(f'"{layer.label}" expects {name} of dtype bool or floating, got {kind}')
    return mask.shape


def _flag(call: Call, codec: Codec, index: int, name: str, default: bool) -> bool | None:
    expr = call.arg_expr(index, name)
    if expr is None:
        return default
    value = _expr_value(call, codec, expr)
    return value if isinstance(value, bool) else None


def _inputs(
    layer: ReadLayer, call: Call, codec: Codec, names: tuple[tuple[int, str], ...]
) -> tuple[list[TensorType], Type, Type] | None:
    """The tensor arguments at `names`, checked against the layer's device and dtype."""
    tensors: list[TensorType] = []
    for index, name in names:
        t = tensor_arg(codec, call.arg(index, name))
        if t is None:
            return None
        tensors.append(t)
    device, dtype = combine(layer, tensors[0], names[0][1])
    for t, (_, name) in zip(tensors[1:], names[1:], strict=True):
        combine(layer, t, name)
    return tensors, device, dtype


@op(f"{MHA}.__call__", f"{MHA}.forward")
def mha_call(call: Call, codec: Codec) -> Type | None:
    layer = read_config(codec, CONFIGS, call.receiver) if call.receiver is not None else None
    if layer is None:
        return None
    read = _inputs(layer, call, codec, ((0, "query"), (1, "key"), (2, "value")))
    if read is None:
        return None
    (query, key, value), device, dtype = read
    key_padding_mask = _mask(layer, call, codec, 3, "key_padding_mask")
    attn_mask = _mask(layer, call, codec, 5, "attn_mask")
    need_weights = _flag(call, codec, 4, "need_weights", True)
    average = _flag(call, codec, 6, "average_attn_weights", True)
    flags = [layer.flag(n) for n in ("batch_first", "add_bias_kv", "add_zero_attn")]
    output_shape: Shape | None = None
    weights_shape: Shape | None = None
    # The layout (batch_first) and the key length (add_bias_kv, add_zero_attn) decide every
    # check: with any of them unknown (e.g. after a constructor error) nothing can be checked.
    known_flags = None not in flags
    if (
        known_flags
        and query.shape is not None
        and key.shape is not None
        and value.shape is not None
    ):
        kdim, vdim = layer.values.get("kdim"), layer.values.get("vdim")
        shapes = mha_shapes(
            query.shape,
            key.shape,
            value.shape,
            key_padding_mask,
            attn_mask,
            embed_dim=layer.dim("embed_dim"),
            num_heads=layer.dim("num_heads"),
            kdim=None if kdim is None else _dim(kdim),
            vdim=None if vdim is None else _dim(vdim),
            batch_first=flags[0] is True,
            add_bias_kv=flags[1] is True,
            add_zero_attn=flags[2] is True,
            average_attn_weights=average is not False,
            layer=layer.label,
        )
        # Where the layout or the weights' size depends on an unknown flag, only what the flags
        # do not change is kept.
        if None not in flags[:1]:
            output_shape = shapes.output
        if None not in flags and average is not None:
            weights_shape = shapes.weights
    output = codec.tensor_type(device, dtype, output_shape)
    weights: Type = codec.tensor_type(device, dtype, weights_shape)
    if need_weights is False:
        weights = NoneType()
    elif need_weights is None:
        weights = UnionType.make_union([weights, NoneType()])
    return tuple_type(codec, [output, weights])


def _same_as(x: TensorType, device: Type, dtype: Type, codec: Codec) -> Type:
    return codec.tensor_type_raw(device, dtype, x.raw_shape)


def _layer_of_container(codec: Codec, typ: Type) -> ReadLayer | None:
    """`TransformerEncoder[<layer type>]` -> the layer read from its type argument."""
    p = get_proper_type(typ)
    if not isinstance(p, Instance) or not p.args:
        return None
    return read_config(codec, CONFIGS, p.args[0])


@op(f"{ENCODER_LAYER}.__call__", f"{ENCODER_LAYER}.forward")
def encoder_layer_call(call: Call, codec: Codec) -> Type | None:
    layer = read_config(codec, CONFIGS, call.receiver) if call.receiver is not None else None
    return (
        None if layer is None else _encode(layer, call, codec, ("src_mask", "src_key_padding_mask"))
    )


@op(f"{ENCODER}.__call__", f"{ENCODER}.forward")
def encoder_call(call: Call, codec: Codec) -> Type | None:
    layer = _layer_of_container(codec, call.receiver) if call.receiver is not None else None
    return None if layer is None else _encode(layer, call, codec, ("mask", "src_key_padding_mask"))


def _encode(layer: ReadLayer, call: Call, codec: Codec, masks: tuple[str, str]) -> Type | None:
    read = _inputs(layer, call, codec, ((0, "src"),))
    if read is None:
        return None
    (src,), device, dtype = read
    src_mask = _mask(layer, call, codec, 1, masks[0])
    key_padding_mask = _mask(layer, call, codec, 2, masks[1])
    batch_first = layer.flag("batch_first")
    if src.shape is not None and batch_first is not None:
        encoder_layer_shape(
            src.shape,
            src_mask,
            key_padding_mask,
            d_model=layer.dim("d_model"),
            nhead=layer.dim("nhead"),
            batch_first=batch_first,
            layer=layer.label,
            mask_name=masks[0],
        )
    return _same_as(src, device, dtype, codec)


@op(f"{DECODER_LAYER}.__call__", f"{DECODER_LAYER}.forward")
def decoder_layer_call(call: Call, codec: Codec) -> Type | None:
    layer = read_config(codec, CONFIGS, call.receiver) if call.receiver is not None else None
    return None if layer is None else _decode(layer, call, codec)


@op(f"{DECODER}.__call__", f"{DECODER}.forward")
def decoder_call(call: Call, codec: Codec) -> Type | None:
    layer = _layer_of_container(codec, call.receiver) if call.receiver is not None else None
    return None if layer is None else _decode(layer, call, codec)


def _decode(layer: ReadLayer, call: Call, codec: Codec) -> Type | None:
    read = _inputs(layer, call, codec, ((0, "tgt"), (1, "memory")))
    if read is None:
        return None
    (tgt, memory), device, dtype = read
    masks = [
        _mask(layer, call, codec, i, name)
        for i, name in enumerate(
            ("tgt_mask", "memory_mask", "tgt_key_padding_mask", "memory_key_padding_mask"), start=2
        )
    ]
    batch_first = layer.flag("batch_first")
    if tgt.shape is not None and memory.shape is not None and batch_first is not None:
        decoder_layer_shape(
            tgt.shape,
            memory.shape,
            *masks,
            d_model=layer.dim("d_model"),
            nhead=layer.dim("nhead"),
            batch_first=batch_first,
            layer=layer.label,
        )
    return _same_as(tgt, device, dtype, codec)


@op(f"{FULL}.__call__", f"{FULL}.forward")
def transformer_call(call: Call, codec: Codec) -> Type | None:
    layer = read_config(codec, CONFIGS, call.receiver) if call.receiver is not None else None
    if layer is None:
        return None
    read = _inputs(layer, call, codec, ((0, "src"), (1, "tgt")))
    if read is None:
        return None
    (src, tgt), device, dtype = read
    names = (
        "src_mask",
        "tgt_mask",
        "memory_mask",
        "src_key_padding_mask",
        "tgt_key_padding_mask",
        "memory_key_padding_mask",
    )
    masks = [_mask(layer, call, codec, i, name) for i, name in enumerate(names, start=2)]
    batch_first = layer.flag("batch_first")
    if src.shape is not None and tgt.shape is not None and batch_first is not None:
        transformer_shape(
            src.shape,
            tgt.shape,
            *masks,
            d_model=layer.dim("d_model"),
            nhead=layer.dim("nhead"),
            batch_first=batch_first,
            layer=layer.label,
        )
    return _same_as(tgt, device, dtype, codec)


@op(
    f"{FULL}.generate_square_subsequent_mask",
    f"{TRANSFORMER}._generate_square_subsequent_mask",
    f"{TYPEDTORCH_NN}.generate_square_subsequent_mask",
)
def square_mask(call: Call, codec: Codec) -> Type | None:
    expr = call.arg_expr(0, "sz")
    if expr is None:
        return None
    sz = _dim(_expr_value(call, codec, expr))
    device = _kind_type(codec, call.arg(1, "device"), "typedtorch._devices.", DEFAULT_DEVICE)
    dtype = _kind_type(codec, call.arg(2, "dtype"), "typedtorch._dtypes.", DEFAULT_DTYPE)
    return codec.tensor_type(device, dtype, square_mask_shape(sz))


for _fullname, _config in CONFIGS.items():
    op(_fullname)(constructor_hook(_config))
