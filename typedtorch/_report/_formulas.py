"""Parameter counts of torch's common layers from their constructor arguments, without torch.

The report counts a layer's parameters by building it (`_params_worker.py`), which needs torch:
importing it costs about as much CPU as a cold mypy run of a small file. The layers most models
are made of have counts that are simple functions of their arguments; they are computed here, and
torch is imported only for a layer without a formula.

A formula answers only where its arguments are plainly valid in every torch typedtorch supports
(pyproject.toml's floor and later): ints of the expected range, bools where torch expects them,
the keyword arguments all those versions accept. Anything else (a keyword the formula does not
know, such as BatchNorm's `bias=`; `groups` that do not divide the channels; an argument of
unexpected type) is not answered here but built by torch, so torch stays the judge of what it
rejects.
`tests/test_report.py` checks every formula against the installed torch's own layers on
generated arguments (tools/min_versions.py runs it on the floor).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any, Final

__all__ = ["COVERED", "NOT_LAYERS", "count"]

_MODULES: Final = "torch.nn.modules."


class _Decline(Exception):
    """The formula does not answer for these arguments: torch builds the layer."""


class _Layer:
    """A nested constructor call (a `Sequential`'s child): its class's fullname and count."""

    def __init__(self, target: str, params: int) -> None:
        self.target = target
        self.params = params


def count(tree: Any) -> int | None:
    """The parameter count of the layer `tree` describes (`_params_worker`'s request format), or
    None when no formula answers for it (torch must build it)."""
    try:
        return _count(tree)
    except (_Decline, TypeError):  # TypeError: arguments the formula's signature does not take
        return None


def _count(tree: Any) -> int:
    if isinstance(tree, dict) and isinstance(tree.get("known"), int):
        return int(tree["known"])  # a layer of the user's file, counted by the report
    if not isinstance(tree, dict) or "call" not in tree:
        raise _Decline
    formula = _FORMULAS.get(tree["call"])
    if formula is None:
        raise _Decline
    args = [_value(a) for a in tree["args"]]
    kwargs = {k: _value(v) for k, v in tree["kwargs"].items()}
    return formula(*args, **kwargs)


def _value(tree: Any) -> Any:
    if isinstance(tree, list):
        return [_value(v) for v in tree]
    if isinstance(tree, dict) and "tuple" in tree:
        return tuple(_value(v) for v in tree["tuple"])
    if isinstance(tree, dict) and ("call" in tree or "known" in tree):
        return _Layer(str(tree.get("call", "")), _count(tree))
    return tree


# -- argument checks ----------------------------------------------------------------------------


def _int(value: object, low: int = 1) -> int:
    if type(value) is not int or value < low:
        raise _Decline
    return value


def _bool(value: object) -> bool:
    if not isinstance(value, bool):
        raise _Decline
    return value


def _number(value: object, low: float = -math.inf, high: float = math.inf) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
        raise _Decline
    return value


def _optional_number(value: object) -> None:
    if value is not None:
        _number(value)


def _ints(value: object, n: int, low: int = 1) -> tuple[int, ...]:
    """torch's `_ntuple(n)` on a size argument: an int repeated, or a tuple or list as given."""
    if isinstance(value, tuple | list):
        if len(value) != n:
            raise _Decline
        return tuple(_int(v, low) for v in value)
    return (_int(value, low),) * n


def _shape(value: object) -> tuple[int, ...]:
    if isinstance(value, tuple | list):
        if not value:
            raise _Decline
        return tuple(_int(v) for v in value)
    return (_int(value),)


def _layer(value: object, kind: str | None = None) -> int:
    if not isinstance(value, _Layer) or kind is not None and value.target != _MODULES + kind:
        raise _Decline
    return value.params


# -- layers with parameters ---------------------------------------------------------------------


def _linear(in_features: object, out_features: object, bias: object = True) -> int:
    n_in, n_out = _int(in_features), _int(out_features)
    return n_out * n_in + (n_out if _bool(bias) else 0)


def _bilinear(
    in1_features: object, in2_features: object, out_features: object, bias: object = True
) -> int:
    n_out = _int(out_features)
    return n_out * _int(in1_features) * _int(in2_features) + (n_out if _bool(bias) else 0)


def _conv(n: int) -> Callable[..., int]:
    def conv(
        in_channels: object,
        out_channels: object,
        kernel_size: object,
        stride: object = 1,
        padding: object = 0,
        dilation: object = 1,
        groups: object = 1,
        bias: object = True,
        padding_mode: object = "zeros",
    ) -> int:
        c_in, c_out, g = _int(in_channels), _int(out_channels), _int(groups)
        kernel = _ints(kernel_size, n)
        strides = _ints(stride, n)
        _ints(dilation, n)
        if c_in % g or c_out % g:
            raise _Decline
        if isinstance(padding, str):
            if padding not in ("valid", "same") or (padding == "same" and set(strides) != {1}):
                raise _Decline
        else:
            _ints(padding, n, low=0)
        if padding_mode not in ("zeros", "reflect", "replicate", "circular"):
            raise _Decline
        return c_out * (c_in // g) * math.prod(kernel) + (c_out if _bool(bias) else 0)

    return conv


def _conv_transpose(n: int) -> Callable[..., int]:
    def conv_transpose(
        in_channels: object,
        out_channels: object,
        kernel_size: object,
        stride: object = 1,
        padding: object = 0,
        output_padding: object = 0,
        groups: object = 1,
        bias: object = True,
        dilation: object = 1,
        padding_mode: object = "zeros",
    ) -> int:
        c_in, c_out, g = _int(in_channels), _int(out_channels), _int(groups)
        kernel = _ints(kernel_size, n)
        for value, low in ((stride, 1), (padding, 0), (output_padding, 0), (dilation, 1)):
            _ints(value, n, low)
        if c_in % g or c_out % g or padding_mode != "zeros":
            raise _Decline
        return c_in * (c_out // g) * math.prod(kernel) + (c_out if _bool(bias) else 0)

    return conv_transpose


def _embedding(
    num_embeddings: object,
    embedding_dim: object,
    padding_idx: object = None,
    max_norm: object = None,
    norm_type: object = 2.0,
    scale_grad_by_freq: object = False,
    sparse: object = False,
) -> int:
    rows, dim = _int(num_embeddings), _int(embedding_dim)
    if padding_idx is not None and not -rows <= _int(padding_idx, low=-rows) < rows:
        raise _Decline
    _optional_number(max_norm)
    _number(norm_type)
    _bool(scale_grad_by_freq)
    _bool(sparse)
    return rows * dim


def _layer_norm(
    normalized_shape: object,
    eps: object = 1e-5,
    elementwise_affine: object = True,
    bias: object = True,
) -> int:
    size = math.prod(_shape(normalized_shape))
    _number(eps)
    if not _bool(elementwise_affine):
        _bool(bias)
        return 0
    return size * (2 if _bool(bias) else 1)


def _rms_norm(
    normalized_shape: object, eps: object = None, elementwise_affine: object = True
) -> int:
    size = math.prod(_shape(normalized_shape))
    _optional_number(eps)
    return size if _bool(elementwise_affine) else 0


def _group_norm(
    num_groups: object, num_channels: object, eps: object = 1e-5, affine: object = True
) -> int:
    groups, channels = _int(num_groups), _int(num_channels)
    _number(eps)
    if channels % groups:
        raise _Decline
    return 2 * channels if _bool(affine) else 0


def _norm(affine_default: bool) -> Callable[..., int]:
    """BatchNorm and InstanceNorm: a weight and a bias of `num_features` when affine (running
    statistics are buffers, not parameters)."""

    def norm(
        num_features: object,
        eps: object = 1e-5,
        momentum: object = 0.1,
        affine: object = affine_default,
        track_running_stats: object = affine_default,
    ) -> int:
        features = _int(num_features)
        _number(eps)
        _optional_number(momentum)
        _bool(track_running_stats)
        return 2 * features if _bool(affine) else 0

    return norm


def _attention(
    embed_dim: object,
    num_heads: object,
    dropout: object = 0.0,
    bias: object = True,
    add_bias_kv: object = False,
    add_zero_attn: object = False,
    kdim: object = None,
    vdim: object = None,
    batch_first: object = False,
) -> int:
    e, heads = _int(embed_dim), _int(num_heads)
    if e % heads:
        raise _Decline
    k = e if kdim is None else _int(kdim)
    v = e if vdim is None else _int(vdim)
    _number(dropout, 0.0, 1.0)
    _bool(add_zero_attn)
    _bool(batch_first)
    has_bias = _bool(bias)
    total = 3 * e * e if k == e and v == e else e * e + e * k + e * v
    total += (3 * e if has_bias else 0) + e * e + (e if has_bias else 0)  # in_proj_bias, out_proj
    return total + (2 * e if _bool(add_bias_kv) else 0)


def _recurrent(gates: int, projections: bool) -> Callable[..., int]:
    """LSTM (4 gates, optional projections), GRU (3), RNN (1)."""

    def recurrent(
        input_size: object,
        hidden_size: object,
        num_layers: object = 1,
        bias: object = True,
        batch_first: object = False,
        dropout: object = 0.0,
        bidirectional: object = False,
        proj_size: object = 0,
    ) -> int:
        n_in, hidden, layers = _int(input_size), _int(hidden_size), _int(num_layers)
        projected = _int(proj_size, low=0)
        if projected and not projections or projected >= hidden:
            raise _Decline
        _bool(batch_first)
        _number(dropout, 0.0, 1.0)
        directions = 2 if _bool(bidirectional) else 1
        has_bias = _bool(bias)
        out = projected or hidden
        total = 0
        for layer in range(layers):
            layer_in = n_in if layer == 0 else out * directions
            per_direction = gates * hidden * (layer_in + out)
            per_direction += 2 * gates * hidden if has_bias else 0
            per_direction += projected * hidden
            total += directions * per_direction
        return total

    return recurrent


def _rnn(*args: object, nonlinearity: object = "tanh", **kwargs: object) -> int:
    """torch's RNN takes `nonlinearity` as its fourth positional argument, or as a keyword."""
    if "proj_size" in kwargs:
        raise _Decline
    if len(args) > 3:
        nonlinearity, args = args[3], args[:3] + args[4:]
    if nonlinearity not in ("tanh", "relu") or len(args) > 7:
        raise _Decline
    return _recurrent(1, projections=False)(*args, **kwargs)


def _gru(*args: object, **kwargs: object) -> int:
    if "proj_size" in kwargs or len(args) > 7:
        raise _Decline
    return _recurrent(3, projections=False)(*args, **kwargs)


_RELU: Final = "relu"  # torch's default activation (a function, never a literal in a call)


def _transformer_layer(attentions: int, norms: int) -> Callable[..., int]:
    """TransformerEncoderLayer (self-attention, 2 norms), TransformerDecoderLayer (self- and
    cross-attention, 3 norms); each with a two-Linear feed-forward block."""

    def layer(
        d_model: object,
        nhead: object,
        dim_feedforward: object = 2048,
        dropout: object = 0.1,
        activation: object = _RELU,
        layer_norm_eps: object = 1e-5,
        batch_first: object = False,
        norm_first: object = False,
        bias: object = True,
    ) -> int:
        d, feedforward = _int(d_model), _int(dim_feedforward)
        if activation not in ("relu", "gelu"):
            raise _Decline
        _number(layer_norm_eps)
        _bool(norm_first)
        attention = _attention(d, nhead, dropout, bias, batch_first=batch_first)
        block = _linear(d, feedforward, bias) + _linear(feedforward, d, bias)
        return attentions * attention + block + norms * _layer_norm(d, bias=bias)

    return layer


def _transformer_encoder(
    encoder_layer: object,
    num_layers: object,
    norm: object = None,
    enable_nested_tensor: object = True,
    mask_check: object = True,
) -> int:
    """`num_layers` copies of the layer, and the final norm."""
    _bool(enable_nested_tensor)
    _bool(mask_check)
    layer = _layer(encoder_layer, "transformer.TransformerEncoderLayer")
    return _int(num_layers) * layer + (0 if norm is None else _layer(norm))


def _sequential(*layers: object) -> int:
    return sum(_layer(layer) for layer in layers)


def _module_list(modules: object = None) -> int:
    if modules is None:
        return 0
    if not isinstance(modules, list | tuple):
        raise _Decline
    return sum(_layer(layer) for layer in modules)


# -- layers without parameters ------------------------------------------------------------------


def _no_parameters(*checks: tuple[str, Callable[[object], object], object]) -> Callable[..., int]:
    """A layer with no parameters whatever its arguments, whose constructor checks nothing
    beyond its signature: `checks` are its parameters `(name, check, default)` in order (default
    `_REQUIRED` for a required one)."""
    names = [name for name, _, _ in checks]

    def formula(*args: object, **kwargs: object) -> int:
        if len(args) > len(checks) or any(k not in names for k in kwargs):
            raise _Decline
        values = dict(zip(names, args, strict=False))
        for k, v in kwargs.items():
            if k in values:
                raise _Decline
            values[k] = v
        for name, check, default in checks:
            if name in values:
                check(values[name])
            elif default is _REQUIRED:
                raise _Decline
        return 0

    return formula


_REQUIRED: Final = object()


def _any(value: object) -> object:
    return value


def _dropout_p(value: object) -> object:
    return _number(value, 0.0, 1.0)


def _size(value: object) -> object:
    if isinstance(value, tuple | list):
        return [_int(v, low=0) for v in value]
    return _int(value, low=0)


def _optional_size(value: object) -> object:
    return None if value is None else _size(value)


def _output_size(value: object) -> object:
    """An adaptive pool's output size: an int, or a tuple or list of ints and Nones (keep)."""
    if isinstance(value, tuple | list):
        return [v if v is None else _int(v, low=0) for v in value]
    return _int(value, low=0)


def _signed_int(value: object) -> object:
    return _int(value, low=-(2**31))


def _optional_int(value: object) -> object:
    return None if value is None else _signed_int(value)


def _optional_bool(value: object) -> object:
    return None if value is None else _bool(value)


def _int_sequence(value: object) -> object:
    """Unflatten's sizes: a tuple or list of ints (-1 for one inferred size)."""
    if not isinstance(value, tuple | list) or not value:
        raise _Decline
    return [_int(v, low=-1) for v in value]


def _string(*allowed: str) -> Callable[[object], object]:
    def check(value: object) -> object:
        if value not in allowed:
            raise _Decline
        return value

    return check


_INPLACE: Final = ("inplace", _bool, False)
_DROPOUT: Final = _no_parameters(("p", _dropout_p, 0.5), _INPLACE)
_MAX_POOL: Final = _no_parameters(
    ("kernel_size", _size, _REQUIRED),
    ("stride", _optional_size, None),
    ("padding", _size, 0),
    ("dilation", _size, 1),
    ("return_indices", _bool, False),
    ("ceil_mode", _bool, False),
)
_AVG_POOL: Final = (
    ("kernel_size", _size, _REQUIRED),
    ("stride", _optional_size, None),
    ("padding", _size, 0),
    ("ceil_mode", _bool, False),
    ("count_include_pad", _bool, True),
)


def _formulas() -> dict[str, Callable[..., int]]:
    table: dict[str, Callable[..., int]] = {
        "linear.Linear": _linear,
        "linear.Bilinear": _bilinear,
        "linear.Identity": lambda *args, **kwargs: 0,
        "sparse.Embedding": _embedding,
        "normalization.LayerNorm": _layer_norm,
        "normalization.RMSNorm": _rms_norm,
        "normalization.GroupNorm": _group_norm,
        "activation.MultiheadAttention": _attention,
        "rnn.LSTM": _recurrent(4, projections=True),
        "rnn.GRU": _gru,
        "rnn.RNN": _rnn,
        "transformer.TransformerEncoderLayer": _transformer_layer(1, 2),
        "transformer.TransformerDecoderLayer": _transformer_layer(2, 3),
        "transformer.TransformerEncoder": _transformer_encoder,
        "container.Sequential": _sequential,
        "container.ModuleList": _module_list,
        "dropout.AlphaDropout": _DROPOUT,
        "flatten.Flatten": _no_parameters(
            ("start_dim", _optional_int, 1), ("end_dim", _optional_int, -1)
        ),
        "flatten.Unflatten": _no_parameters(
            ("dim", _signed_int, _REQUIRED), ("unflattened_size", _int_sequence, _REQUIRED)
        ),
        "upsampling.Upsample": _no_parameters(
            ("size", _optional_size, None),
            ("scale_factor", _optional_number, None),
            ("mode", _string("nearest", "linear", "bilinear", "bicubic", "trilinear"), "nearest"),
            ("align_corners", _optional_bool, None),
            ("recompute_scale_factor", _optional_bool, None),
        ),
    }
    for n in (1, 2, 3):
        table[f"conv.Conv{n}d"] = _conv(n)
        table[f"conv.ConvTranspose{n}d"] = _conv_transpose(n)
        table[f"batchnorm.BatchNorm{n}d"] = _norm(affine_default=True)
        table[f"instancenorm.InstanceNorm{n}d"] = _norm(affine_default=False)
        table[f"dropout.Dropout{n}d"] = _DROPOUT
        table[f"pooling.MaxPool{n}d"] = _MAX_POOL
        table[f"pooling.AdaptiveAvgPool{n}d"] = _no_parameters(
            ("output_size", _output_size, _REQUIRED)
        )
        table[f"pooling.AdaptiveMaxPool{n}d"] = _no_parameters(
            ("output_size", _output_size, _REQUIRED), ("return_indices", _bool, False)
        )
    table["dropout.Dropout"] = _DROPOUT
    table["pooling.AvgPool1d"] = _no_parameters(*_AVG_POOL)
    for n in (2, 3):
        table[f"pooling.AvgPool{n}d"] = _no_parameters(
            *_AVG_POOL, ("divisor_override", _optional_int, None)
        )
    for name in ("ReLU", "ReLU6", "SiLU", "Mish", "Hardswish", "Hardsigmoid"):
        table[f"activation.{name}"] = _no_parameters(_INPLACE)
    for name in ("Tanh", "Sigmoid", "Softsign", "Tanhshrink", "LogSigmoid"):
        table[f"activation.{name}"] = _no_parameters()
    for name in ("Softmax", "LogSoftmax", "Softmin"):
        table[f"activation.{name}"] = _no_parameters(("dim", _optional_int, None))
    table["activation.GELU"] = _no_parameters(("approximate", _string("none", "tanh"), "none"))
    table["activation.LeakyReLU"] = _no_parameters(("negative_slope", _number, 0.01), _INPLACE)
    table["activation.ELU"] = _no_parameters(("alpha", _number, 1.0), _INPLACE)
    table["activation.CELU"] = _no_parameters(("alpha", _number, 1.0), _INPLACE)
    return {_MODULES + name: formula for name, formula in table.items()}


_FORMULAS: Final = _formulas()

# Calls that build no layer (a parameter of a module is not a layer of it): no count, no torch.
NOT_LAYERS: Final = frozenset({"torch.nn.parameter.Parameter", "torch.nn.parameter.Buffer"})

# The class names answered without torch (`Linear`): which calls in a file need no torch.
COVERED: Final = frozenset(
    name.rpartition(".")[2] for name in _FORMULAS | dict.fromkeys(NOT_LAYERS)
)
