"""Hooks for `typedtorch.nn`: layer constructors, layer calls, `Sequential`, module movers.

A layer's type carries the configuration that decides shapes (`Linear[L[784], L[10], CPU,
Float32]`, `Conv2d[L[1], L[20], L[5], L[1], L[0], L[1], L[1], CPU, Float32]`):

- the constructor hook reads literal arguments (and constant arithmetic such as `20 * 12 * 12`,
  or TypeVar-typed sizes) into those type arguments; defaults are written out;
- the call hook reads them back and computes the output with the shared rules in
  `typedtorch._shapes`, naming the layer in its errors;
- `Sequential(a, b, c)` records `tuple[A, B, C]` and folds its input through each layer;
- `.to("cuda")`, `.double()`, ... rewrite the receiver's device/dtype type arguments;
- `model(x)` for a user module is checked against the module's own `forward`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Final

from mypy.argmap import map_actuals_to_formals
from mypy.maptype import map_instance_to_supertype
from mypy.nodes import (
    ARG_POS,
    ARG_STAR,
    Block,
    CallExpr,
    Context,
    Expression,
    ExpressionStmt,
    FloatExpr,
    IntExpr,
    ListExpr,
    MemberExpr,
    NameExpr,
    OpExpr,
    Statement,
    StrExpr,
    TempNode,
    TupleExpr,
    TypeInfo,
    UnaryExpr,
)
from mypy.plugin import AttributeContext, CheckerPluginInterface, MethodContext
from mypy.subtypes import find_member, is_same_type
from mypy.types import (
    AnyType,
    CallableType,
    Instance,
    LiteralType,
    NoneType,
    Overloaded,
    TupleType,
    Type,
    TypeOfAny,
    TypeVarType,
    get_proper_type,
)
from mypy.typevars import fill_typevars

from typedtorch._shapes import (
    UNKNOWN,
    Dim,
    DTypeMismatch,
    RuleError,
    Shape,
    ShapeMismatch,
    UnprovenShape,
    activation_dtype,
    adaptive_pool_shape,
    batch_norm_shape,
    bilinear_shape,
    channel_dropout_shape,
    channel_shuffle_shape,
    conv_shape,
    conv_transpose_shape,
    cosine_similarity_shape,
    embedding_bag_dtype,
    embedding_bag_shape,
    embedding_shape,
    flatten_shape,
    fold_shape,
    glu_shape,
    group_norm_config,
    group_norm_shape,
    instance_norm_layer_shape,
    interpolate_shape,
    layer_norm_shape,
    linear_shape,
    local_response_norm_shape,
    padding_layer_shape,
    pairwise_distance_shape,
    pixel_shuffle_shape,
    pixel_unshuffle_shape,
    pool_shape,
    prelu_shape,
    require_in_channels,
    require_in_features,
    rms_norm_shape,
    softmax_shape,
    unflatten_shape,
    unfold_functional_shape,
)
from typedtorch._shapes._activations import softmax2d_shape
from typedtorch._shapes._conv import expand_param
from typedtorch._shapes._dtypes import is_floating, promote_types
from typedtorch._shapes._kernels import KERNELS, check_adaptive_avg_pool, check_kernel, is_empty
from typedtorch._shapes._layer_args import (
    conv_config,
    dropout_config,
    embedding_config,
    hardtanh_config,
    multi_margin_config,
    require_sizes,
    triplet_margin_config,
)
from typedtorch._shapes._norms import norm_dtype, norm_params_dtype
from typedtorch._shapes._symbolic import Expr, _Unknown, format_dim, symbols_are_widths

from ._activations import kernel_activation_dtype
from ._boundary import check_arguments, relaxed, union_relaxed
from ._calls import Call
from ._codec import DEFAULT_DEVICE, DEFAULT_DTYPE, TENSOR, Codec, NotADim, TensorType
from ._errors import LAYER_ARGUMENT, report, report_rule_error, unknown_after_error
from ._functional_loss import class_loss_type, effective_reduction, elementwise_loss_type
from ._int_args import int_arg_dim
from ._kind_values import device_value, to_target
from ._kinds import check_same_device, check_same_dtype, dtype_name, dtype_type
from ._names import MODULE, layer
from ._registry import op

SEQUENTIAL: Final = layer("container", "Sequential")
IDENTITY: Final = layer("linear", "Identity")

# A required constructor argument (no default).
_REQUIRED: Final = object()
# The position of a keyword-only constructor argument: past any positional one.
_KEYWORD: Final = 1 << 16


# -- layer specifications ------------------------------------------------------------------------


@dataclass(frozen=True)
class Spec:
    """A typed layer: its class, the constructor arguments its type records (name, position,
    default) in type-argument order, and where `device`/`dtype` go (None: no parameters)."""

    fullname: str
    config: tuple[tuple[str, int, object], ...]
    device_index: int | None = None

    @property
    def name(self) -> str:
        return self.fullname.rsplit(".", 1)[-1]


SPECS: Final[dict[str, Spec]] = {}


def _spec(module: str, name: str, config: Sequence[tuple[str, int, object]], dt: int | None = None):  # type: ignore[no-untyped-def]  # noqa: ANN202
    spec = Spec(layer(module, name), tuple(config), dt)
    SPECS[spec.fullname] = spec
    return spec


_R = _REQUIRED
_spec("linear", "Linear", [("in_features", 0, _R), ("out_features", 1, _R)], 3)
_spec(
    "linear",
    "Bilinear",
    [("in1_features", 0, _R), ("in2_features", 1, _R), ("out_features", 2, _R)],
    4,
)
for _n in (1, 2, 3):
    _spec(
        "conv",
        f"Conv{_n}d",
        [
            ("in_channels", 0, _R),
            ("out_channels", 1, _R),
            ("kernel_size", 2, _R),
            ("stride", 3, 1),
            ("padding", 4, 0),
            ("dilation", 5, 1),
            ("groups", 6, 1),
        ],
        9,
    )
    _spec(
        "conv",
        f"ConvTranspose{_n}d",
        [
            ("in_channels", 0, _R),
            ("out_channels", 1, _R),
            ("kernel_size", 2, _R),
            ("stride", 3, 1),
            ("padding", 4, 0),
            ("output_padding", 5, 0),
            ("groups", 6, 1),
            ("dilation", 8, 1),
        ],
        10,
    )
    _spec(
        "pooling",
        f"MaxPool{_n}d",
        [
            ("kernel_size", 0, _R),
            ("stride", 1, None),
            ("padding", 2, 0),
            ("dilation", 3, 1),
            ("ceil_mode", 5, False),
        ],
    )
    _spec(
        "pooling",
        f"AvgPool{_n}d",
        [("kernel_size", 0, _R), ("stride", 1, None), ("padding", 2, 0), ("ceil_mode", 3, False)],
    )
    for _kind in ("Avg", "Max"):
        _spec("pooling", f"Adaptive{_kind}Pool{_n}d", [("output_size", 0, _R)])
    _spec("batchnorm", f"BatchNorm{_n}d", [("num_features", 0, _R)], 5)
_spec("normalization", "LayerNorm", [("normalized_shape", 0, _R)], 4)
_spec("normalization", "GroupNorm", [("num_groups", 0, _R), ("num_channels", 1, _R)], 4)
_spec("normalization", "RMSNorm", [("normalized_shape", 0, _R), ("elementwise_affine", 2, True)], 3)
_spec("normalization", "LocalResponseNorm", [("size", 0, _R)])
for _n in (1, 2, 3):
    _spec(
        "instancenorm",
        f"InstanceNorm{_n}d",
        [("num_features", 0, _R), ("affine", 3, False), ("track_running_stats", 4, False)],
        5,
    )
_spec("sparse", "Embedding", [("num_embeddings", 0, _R), ("embedding_dim", 1, _R)], 9)
_spec(
    "sparse",
    "EmbeddingBag",
    [
        ("num_embeddings", 0, _R),
        ("embedding_dim", 1, _R),
        ("mode", 5, "mean"),
        ("include_last_offset", 8, False),
    ],
    10,
)
_spec("activation", "PReLU", [("num_parameters", 0, 1)], 2)
for _name in ("Softmax", "LogSoftmax"):
    _spec("activation", _name, [("dim", 0, None)])
for _name in ("ReLU", "GELU", "SiLU", "Tanh", "Sigmoid", "LeakyReLU", "ELU", "Softmax2d"):
    _spec("activation", _name, [])
# Elementwise activations whose dtype follows a rule (`activation_dtype`): torch's op for each.
_ACTIVATION_OPS: Final = {
    "ReLU6": "relu6",
    "Hardtanh": "hardtanh",
    "Threshold": "threshold",
    "Hardsigmoid": "hardsigmoid",
    "Hardswish": "hardswish",
    "Mish": "mish",
    "SELU": "selu",
    "CELU": "celu",
    "RReLU": "rrelu",
    "Softplus": "softplus",
    "Softshrink": "softshrink",
    "Hardshrink": "hardshrink",
    "LogSigmoid": "logsigmoid",
    "Softsign": "softsign",
    "Tanhshrink": "tanhshrink",
    "GLU": "glu",
}
for _name in _ACTIVATION_OPS:
    _spec("activation", _name, [("dim", 0, -1)] if _name == "GLU" else [])
_spec("activation", "Softmin", [("dim", 0, None)])
for _name in ("Dropout", "Dropout1d", "Dropout2d", "Dropout3d", "AlphaDropout"):
    _spec("dropout", _name, [])
_spec("flatten", "Flatten", [("start_dim", 0, 1), ("end_dim", 1, -1)])
_spec("flatten", "Unflatten", [("dim", 0, _R), ("unflattened_size", 1, _R)])
_spec(
    "upsampling", "Upsample", [("size", 0, None), ("scale_factor", 1, None), ("mode", 2, "nearest")]
)
for _name in ("UpsamplingNearest2d", "UpsamplingBilinear2d"):
    _spec("upsampling", _name, [("size", 0, None), ("scale_factor", 1, None)])
_spec("pixelshuffle", "PixelShuffle", [("upscale_factor", 0, _R)])
_spec("pixelshuffle", "PixelUnshuffle", [("downscale_factor", 0, _R)])
_spec("channelshuffle", "ChannelShuffle", [("groups", 0, _R)])
_PADDINGS: Final = ("ZeroPad", "ConstantPad", "ReflectionPad", "ReplicationPad", "CircularPad")
for _kind in _PADDINGS:
    for _n in (1, 2, 3):
        _spec("padding", f"{_kind}{_n}d", [("padding", 0, _R)])
_spec(
    "fold",
    "Fold",
    [
        ("output_size", 0, _R),
        ("kernel_size", 1, _R),
        ("dilation", 2, 1),
        ("padding", 3, 0),
        ("stride", 4, 1),
    ],
)
_spec(
    "fold",
    "Unfold",
    [("kernel_size", 0, _R), ("dilation", 1, 1), ("padding", 2, 0), ("stride", 3, 1)],
)
_spec("distance", "CosineSimilarity", [("dim", 0, 1)])
_spec("distance", "PairwiseDistance", [("keepdim", 2, False)])
# Loss modules: the position of `reduction` (keyword-only: None), and of the legacy
# (size_average, reduce) flags that override it, as torch's `_Loss.__init__` does.
_LOSS_REDUCTION: Final[dict[str, tuple[int | None, tuple[int, int] | None]]] = {
    "CrossEntropyLoss": (4, (1, 3)),
    "NLLLoss": (4, (1, 3)),
    "NLLLoss2d": (4, (1, 3)),
    "MSELoss": (2, (0, 1)),
    "L1Loss": (2, (0, 1)),
    "BCELoss": (3, (1, 2)),
    "BCEWithLogitsLoss": (3, (1, 2)),
    "SmoothL1Loss": (2, (0, 1)),
    "HuberLoss": (0, None),
    "KLDivLoss": (2, (0, 1)),
    "SoftMarginLoss": (2, (0, 1)),
    "MarginRankingLoss": (3, (1, 2)),
    "HingeEmbeddingLoss": (3, (1, 2)),
    "CosineEmbeddingLoss": (3, (1, 2)),
    "TripletMarginLoss": (6, (4, 5)),
    "PoissonNLLLoss": (5, (2, 4)),
    "GaussianNLLLoss": (None, None),
    "MultiMarginLoss": (5, (3, 4)),
    "MultiLabelMarginLoss": (2, (0, 1)),
    "MultiLabelSoftMarginLoss": (3, (1, 2)),
    "CTCLoss": (1, None),
}
# What the type records besides the reduction (it comes last).
_LOSS_CONFIG: Final[dict[str, list[tuple[str, int, object]]]] = {"MultiMarginLoss": [("p", 0, 1)]}
for _name, (_index, _) in _LOSS_REDUCTION.items():
    _spec(
        "loss",
        _name,
        [
            *_LOSS_CONFIG.get(_name, []),
            ("reduction", _KEYWORD if _index is None else _index, "mean"),
        ],
    )


# -- values <-> type arguments -------------------------------------------------------------------

_NOT_CONSTANT: Final = object()


def _expr_value(call: Call, codec: Codec, expr: Expression) -> object:
    """What a constructor argument is: an int/dim, a str, a bool, None, a tuple, or UNKNOWN."""
    if isinstance(expr, FloatExpr) and expr.value.is_integer():
        # `scale_factor=2.0`: a type argument holds no float, but the int it equals.
        return int(expr.value)
    if (
        isinstance(expr, UnaryExpr)
        and expr.op == "-"
        and isinstance(expr.expr, FloatExpr)
        and expr.expr.value.is_integer()
    ):
        return -int(expr.expr.value)  # `scale_factor=-2.0`: torch fails at the call
    if isinstance(expr, (IntExpr, UnaryExpr, OpExpr)):
        # `20 * 12 * 12`, `-1`, `c * h * w` over dims: what mypy types as plain `int`.
        d = int_arg_dim(call.api, codec, call.api.get_expression_type(expr), expr)
        if d is not UNKNOWN:
            return d
    if isinstance(expr, StrExpr):
        return expr.value
    if isinstance(expr, NameExpr) and expr.fullname in ("builtins.True", "builtins.False"):
        return expr.fullname == "builtins.True"
    if isinstance(expr, NameExpr) and expr.fullname == "builtins.None":
        return None
    if isinstance(expr, (TupleExpr, ListExpr)):
        return tuple(_expr_value(call, codec, item) for item in expr.items)
    typ = call.api.get_expression_type(expr)
    value = type_value(codec, typ)
    if value is UNKNOWN:
        # A name, `self.attr`, `x.size(1)`, `config.n_embd`: an int whose value the code shows.
        return int_arg_dim(call.api, codec, typ, expr)
    return value


def type_value(codec: Codec, typ: Type) -> object:
    """The value a type argument (or an argument's type) stands for."""
    p = get_proper_type(typ)
    if isinstance(p, NoneType):
        return None
    if isinstance(p, LiteralType):
        return p.value
    if isinstance(p, TupleType):
        return tuple(type_value(codec, item) for item in p.items)
    if isinstance(p, Instance) and p.last_known_value is not None:
        return p.last_known_value.value
    try:
        return codec.dim(p)
    except NotADim:
        return UNKNOWN


def value_type(codec: Codec, value: object) -> Type:
    """The type argument that records `value`."""
    if isinstance(value, bool):
        return LiteralType(value, fallback=codec.named("builtins.bool"))
    if isinstance(value, (int, Expr)):
        return codec.dim_type(value)
    if isinstance(value, str):
        return LiteralType(value, fallback=codec.named("builtins.str"))
    if value is None:
        return NoneType()
    if isinstance(value, tuple):
        return TupleType(
            [value_type(codec, v) for v in value],
            fallback=codec.make("builtins.tuple", [AnyType(TypeOfAny.special_form)]),
        )
    return AnyType(TypeOfAny.special_form)


def _kind_arg(typ: Type | None, prefix: str, default: str) -> Type | None:
    """A device/dtype constructor argument: absent/None -> the default kind; a typed kind
    (`tt.cuda`) -> its type; anything else (a str, a torch.dtype) -> None (unknown)."""
    if typ is None:
        return None if default == "" else _NAMED_DEFAULT
    p = get_proper_type(typ)
    if isinstance(p, NoneType):
        return _NAMED_DEFAULT
    if isinstance(p, Instance) and p.type.fullname.startswith(prefix):
        return p
    return None


_NAMED_DEFAULT: Final = NoneType()  # a marker: "use the default kind"


def _kind_type(codec: Codec, typ: Type | None, prefix: str, default: str) -> Type:
    kind = _kind_arg(typ, prefix, default)
    if kind is _NAMED_DEFAULT:
        return codec.named(default)
    return kind if kind is not None else AnyType(TypeOfAny.special_form)


def _layer_device(codec: Codec, call: Call, index: int) -> Type:
    """A layer's `device=` argument as a kind: torch's default (CPU) when absent or None."""
    typ = call.arg(index, "device")
    if typ is None or isinstance(get_proper_type(typ), NoneType):
        return codec.named(DEFAULT_DEVICE)
    kind = device_value(codec, typ, call.arg_expr(index, "device"))
    return kind if kind is not None else codec.any()


# -- reading a layer type ------------------------------------------------------------------------


@dataclass
class Layer:
    """A typed layer read from its type: spec, configuration values, device and dtype types."""

    spec: Spec
    values: dict[str, object]
    device: Type
    dtype: Type

    @property
    def label(self) -> str:
        """The layer as a constructor call: `Linear(784, 10)`, `Conv2d(1, 20, kernel_size=5)`."""
        parts: list[str] = []
        for i, (name, _, default) in enumerate(self.spec.config):
            value = self.values.get(name, UNKNOWN)
            if default is _REQUIRED:
                text = _show(value)
                parts.append(text if i < 2 and name != "kernel_size" else f"{name}={text}")
            elif value != default and not isinstance(value, _Unknown):
                parts.append(f"{name}={_show(value)}")
        return f"{self.spec.name}({', '.join(parts)})"


def _show(value: object) -> str:
    if isinstance(value, (int, Expr, _Unknown)) and not isinstance(value, bool):
        return format_dim(value)
    if isinstance(value, tuple):
        inner = ", ".join(_show(v) for v in value)
        return f"({inner},)" if len(value) == 1 else f"({inner})"
    return repr(value)


def read_layer(codec: Codec, typ: Type) -> Layer | None:
    p = get_proper_type(typ)
    if not isinstance(p, Instance):
        return None
    spec = SPECS.get(p.type.fullname)
    if spec is None:
        return None
    n = len(spec.config)
    args = p.args
    values = {
        name: type_value(codec, args[i]) if i < len(args) else UNKNOWN
        for i, (name, _, _) in enumerate(spec.config)
    }
    any_t = AnyType(TypeOfAny.special_form)
    device = args[n] if spec.device_index is not None and len(args) > n else any_t
    dtype = args[n + 1] if spec.device_index is not None and len(args) > n + 1 else any_t
    return Layer(spec, values, device, dtype)


# -- constructors --------------------------------------------------------------------------------


def constructor_args(spec: Spec, call: Call, codec: Codec) -> tuple[list[Type], dict[str, object]]:
    """A layer constructor call's configuration: the type arguments it gives the layer, and the
    values (literal ints and flags, symbols, UNKNOWN) they stand for, by parameter name."""
    args: list[Type] = []
    values: dict[str, object] = {}
    for name, index, default in spec.config:
        expr = call.arg_expr(index, name)
        if expr is None:
            value = UNKNOWN if default is _REQUIRED else default
        else:
            value = _expr_value(call, codec, expr)
        values[name] = value
        args.append(value_type(codec, value))
    return args, values


def _constructor_hook(spec: Spec) -> Callable[[Call, Codec], Type | None]:
    def hook(call: Call, codec: Codec) -> Type | None:
        args, values = constructor_args(spec, call, codec)
        if spec.name in _LOSS_REDUCTION:
            index, legacy = _LOSS_REDUCTION[spec.name]
            reduction = effective_reduction(call, _KEYWORD if index is None else index, legacy)
            values["reduction"] = UNKNOWN if reduction is None else reduction
            args[-1] = value_type(codec, values["reduction"])
        check = _CONSTRUCTOR_CHECKS.get(spec.name)
        if check is not None:
            label = Layer(spec, values, codec.any(), codec.any()).label
            try:
                check(call, codec, values, label)
            except RuleError as err:
                # torch raises while building the layer: the layer never exists.
                report(call.api, err.message, call.context, LAYER_ARGUMENT)
                return unknown_after_error()
        if spec.device_index is not None:
            i = spec.device_index
            args.append(_layer_device(codec, call, i))
            args.append(
                _kind_type(codec, call.arg(i + 1, "dtype"), "typedtorch._dtypes.", DEFAULT_DTYPE)
            )
        return codec.make(spec.fullname, args)

    return hook


# -- what the constructors reject (torch raises while building the layer) -------------------------

_Check = Callable[[Call, Codec, dict[str, object], str], None]


def _arg_value(call: Call, codec: Codec, index: int, name: str, default: object) -> object:
    """A constructor argument the type does not record, read as `constructor_args` reads those
    it does."""
    expr = call.arg_expr(index, name)
    return default if expr is None else _expr_value(call, codec, expr)


def _number(call: Call, index: int, name: str, default: float | None) -> float | None:
    """A float argument written as a number (`0.5`, `-1`, `2`); None when not known."""
    expr = call.arg_expr(index, name)
    if expr is None:
        return default
    sign = 1.0
    if isinstance(expr, UnaryExpr) and expr.op in ("-", "+"):
        sign = -1.0 if expr.op == "-" else 1.0
        expr = expr.expr
    if isinstance(expr, (IntExpr, FloatExpr)):
        return sign * float(expr.value)
    return None


def _is_none(call: Call, index: int, name: str) -> bool:
    expr = call.arg_expr(index, name)
    return expr is None or (isinstance(expr, NameExpr) and expr.fullname == "builtins.None")


def _sizes(*names: str) -> _Check:
    def check(call: Call, codec: Codec, values: dict[str, object], label: str) -> None:
        require_sizes(label, [(name, _param(values[name])) for name in names])

    return check


def _conv_check(transposed: bool, padding_mode_at: int) -> _Check:
    def check(call: Call, codec: Codec, v: dict[str, object], label: str) -> None:
        mode = _arg_value(call, codec, padding_mode_at, "padding_mode", "zeros")
        padding = v["padding"]
        conv_config(
            label,
            _dim(v["in_channels"]),
            _dim(v["out_channels"]),
            _param(v["kernel_size"]),
            _param(v["stride"]),
            padding if isinstance(padding, str) else _param(padding),
            _dim(v["groups"]),
            transposed=transposed,
            padding_mode=mode if isinstance(mode, str) else None,
        )

    return check


def _embedding_check(padding_idx_at: int) -> _Check:
    def check(call: Call, codec: Codec, v: dict[str, object], label: str) -> None:
        index = _arg_value(call, codec, padding_idx_at, "padding_idx", None)
        embedding_config(
            _dim(v["num_embeddings"]),
            _dim(v["embedding_dim"]),
            None if index is None else _dim(index),
            label,
        )

    return check


def _norm_check(
    features: str, flags: tuple[tuple[str, int, bool], ...], from_values: bool = False
) -> _Check:
    """A norm creates its weight (or running stats) of `features` when any of `flags` (name,
    position, default) is true."""

    def check(call: Call, codec: Codec, v: dict[str, object], label: str) -> None:
        states = [
            v[name] if from_values else _arg_value(call, codec, at, name, default)
            for name, at, default in flags
        ]
        if any(state is True for state in states):
            require_sizes(label, [(features, _param(v[features]))])

    return check


def _group_norm_check(call: Call, codec: Codec, v: dict[str, object], label: str) -> None:
    group_norm_config(_dim(v["num_groups"]), _dim(v["num_channels"]), label)
    if _arg_value(call, codec, 3, "affine", True) is True:
        require_sizes(label, [("num_channels", _param(v["num_channels"]))])


def _dropout_check(call: Call, codec: Codec, v: dict[str, object], label: str) -> None:
    dropout_config(_number(call, 0, "p", 0.5), label)


def _hardtanh_check(call: Call, codec: Codec, v: dict[str, object], label: str) -> None:
    # The deprecated `min_value`/`max_value` win over `min_val`/`max_val` when given.
    low = _number(call, 0, "min_val", -1.0)
    high = _number(call, 1, "max_val", 1.0)
    if not _is_none(call, 3, "min_value"):
        low = _number(call, 3, "min_value", None)
    if not _is_none(call, 4, "max_value"):
        high = _number(call, 4, "max_value", None)
    hardtanh_config(low, high, label)


def _multi_margin_check(call: Call, codec: Codec, v: dict[str, object], label: str) -> None:
    multi_margin_config(_dim(v["p"]), label)


def _triplet_margin_check(call: Call, codec: Codec, v: dict[str, object], label: str) -> None:
    triplet_margin_config(_number(call, 0, "margin", 1.0), label)


_CONSTRUCTOR_CHECKS: Final[dict[str, _Check]] = {
    "Linear": _sizes("in_features", "out_features"),
    "Bilinear": _sizes("in1_features", "in2_features", "out_features"),
    "PReLU": _sizes("num_parameters"),
    "Embedding": _embedding_check(2),
    "EmbeddingBag": _embedding_check(9),
    "LayerNorm": _norm_check("normalized_shape", (("elementwise_affine", 2, True),)),
    "RMSNorm": _norm_check("normalized_shape", (("elementwise_affine", 2, True),), True),
    "GroupNorm": _group_norm_check,
    "Hardtanh": _hardtanh_check,
    "MultiMarginLoss": _multi_margin_check,
    "TripletMarginLoss": _triplet_margin_check,
}
for _n in (1, 2, 3):
    _CONSTRUCTOR_CHECKS[f"Conv{_n}d"] = _conv_check(False, 8)
    _CONSTRUCTOR_CHECKS[f"ConvTranspose{_n}d"] = _conv_check(True, 9)
    _CONSTRUCTOR_CHECKS[f"BatchNorm{_n}d"] = _norm_check(
        "num_features", (("affine", 3, True), ("track_running_stats", 4, True))
    )
    _CONSTRUCTOR_CHECKS[f"InstanceNorm{_n}d"] = _norm_check(
        "num_features", (("affine", 3, False), ("track_running_stats", 4, False)), True
    )
for _name in ("Dropout", "Dropout1d", "Dropout2d", "Dropout3d", "AlphaDropout"):
    _CONSTRUCTOR_CHECKS[_name] = _dropout_check


def _dim(value: object) -> Dim:
    if isinstance(value, (int, Expr, _Unknown)) and not isinstance(value, bool):
        return value
    return UNKNOWN


def _param(value: object) -> Dim | tuple[Dim, ...]:
    if isinstance(value, tuple):
        return tuple(_dim(v) for v in value)
    return _dim(value)


def _flag(value: object) -> bool | None:
    return value if isinstance(value, bool) else None


# -- layer calls ---------------------------------------------------------------------------------


def _combine(layer: Layer, x: TensorType, codec: Codec) -> tuple[Type, Type]:
    """The result's device and dtype: the layer's (its parameters), after checking the input."""
    if layer.spec.device_index is None or _holds_tensors(layer) is not True:
        # No parameter or buffer (or not known to have one): nothing to check the input against.
        return x.device, x.dtype
    name, label = layer.spec.name, layer.label
    device = check_same_device(label, layer.device, x.device, ("the layer", "the input"))
    if name in ("Embedding", "EmbeddingBag"):
        return device, layer.dtype
    if name == "RMSNorm":
        # torch computes in the input's dtype, whatever the weight's.
        return device, x.dtype
    if name.startswith("InstanceNorm") and _flag(layer.values["affine"]) is not True:
        return device, x.dtype  # running stats only: any floating point input
    if name.startswith(("BatchNorm", "InstanceNorm", "LayerNorm", "GroupNorm")):
        params, given = dtype_name(layer.dtype), dtype_name(x.dtype)
        if params is not None and given is not None:
            if name.startswith("BatchNorm") and is_empty(x.shape):
                # No kernel runs: `norm_dtype`'s result for an empty input.
                affine = _flag(layer.values.get("affine", True)) is not False
                weights = [("weight", params)] if affine else []
                return device, dtype_type(codec, norm_dtype("batch_norm", given, weights, True))
            norm_params_dtype(params, given, label)
            return device, x.dtype
        if given is None and params == "float32":
            # A float16/bfloat16 input keeps its dtype: the result's is not known.
            return device, codec.any()
    return device, check_same_dtype(label, layer.dtype, x.dtype, ("the layer", "the input"))


def _holds_tensors(layer: Layer) -> bool | None:
    """Whether the layer has parameters or buffers the input must match (None: not known)."""
    v = layer.values
    if layer.spec.name == "RMSNorm":
        return _flag(v["elementwise_affine"])
    if layer.spec.name.startswith("InstanceNorm"):
        flags = [_flag(v["affine"]), _flag(v["track_running_stats"])]
        return True if True in flags else (False if flags == [False, False] else None)
    return True


def _check_embedding_input(layer: Layer, x: TensorType) -> None:
    name = dtype_name(x.dtype)
    if name is not None and name not in ("int64", "int32"):
        raise DTypeMismatch(
            f'"{layer.label}" expects integer indices (int64 or int32), got a {name} input'
        )


def _spatial(name: str) -> int:
    return int(name[-2])


def _expanded(value: object, n: int, name: str, op: str) -> tuple[Dim, ...]:
    return expand_param(_param(value), n, name, op)


def _linear(layer: Layer, x: Shape) -> Shape:
    in_features, out_features = (
        _dim(layer.values["in_features"]),
        _dim(layer.values["out_features"]),
    )
    require_in_features(layer.label, x, in_features)
    return linear_shape(x, (out_features, in_features))


def _channels_check(layer: Layer, x: Shape, channels: Dim, spatial: int) -> None:
    require_in_channels(layer.label, x, channels, spatial)


def _positive_groups(layer: Layer) -> Dim:
    """A convolution's `groups`; a type that says 0 or less (torch never builds such a layer:
    its constructor raises) is an error, not a division by zero."""
    groups = _dim(layer.values["groups"])
    if isinstance(groups, int) and groups <= 0:
        raise ShapeMismatch(f'"{layer.label}": groups must be a positive integer, got {groups}')
    return groups


def _conv(layer: Layer, x: Shape) -> Shape:
    v = layer.values
    n = _spatial(layer.spec.name)
    op = f"conv{n}d"
    in_c, out_c, groups = _dim(v["in_channels"]), _dim(v["out_channels"]), _positive_groups(layer)
    _channels_check(layer, x, in_c, n)
    kernels = _expanded(v["kernel_size"], n, "kernel_size", op)
    padding = v["padding"]
    return conv_shape(
        x,
        (out_c, in_c // groups, *kernels),
        None,
        stride=_param(v["stride"]),
        padding=padding if isinstance(padding, str) else _param(padding),
        dilation=_param(v["dilation"]),
        groups=groups,
        spatial=n,
    )


def _conv_transpose(layer: Layer, x: Shape) -> Shape:
    v = layer.values
    n = _spatial(layer.spec.name)
    op = f"conv_transpose{n}d"
    in_c, out_c, groups = _dim(v["in_channels"]), _dim(v["out_channels"]), _positive_groups(layer)
    _channels_check(layer, x, in_c, n)
    kernels = _expanded(v["kernel_size"], n, "kernel_size", op)
    return conv_transpose_shape(
        x,
        (in_c, out_c // groups, *kernels),
        None,
        stride=_param(v["stride"]),
        padding=_param(v["padding"]),
        output_padding=_param(v["output_padding"]),
        groups=groups,
        dilation=_param(v["dilation"]),
        spatial=n,
    )


def _pool(layer: Layer, x: Shape) -> Shape:
    v = layer.values
    n = _spatial(layer.spec.name)
    kind = "max" if layer.spec.name.startswith("Max") else "avg"
    stride = None if v["stride"] is None else _param(v["stride"])
    dilation = _param(v["dilation"]) if kind == "max" else 1
    ceil = _flag(v["ceil_mode"])

    def compute(ceil_mode: bool) -> Shape:
        return pool_shape(
            x,
            _param(v["kernel_size"]),
            stride,
            _param(v["padding"]),
            dilation,
            ceil_mode,
            spatial=n,
            op=f"{kind}_pool{n}d",
        )

    if ceil is not None:
        return compute(ceil)
    # An unknown ceil_mode: the dims both modes agree on, and no error.
    try:
        floor, up = compute(False), compute(True)
    except RuleError:
        return tuple(UNKNOWN for _ in x)
    return tuple(a if a == b else UNKNOWN for a, b in zip(floor, up, strict=True))


def _adaptive(layer: Layer, x: Shape) -> Shape:
    n = _spatial(layer.spec.name)
    kind = "max" if "Max" in layer.spec.name else "avg"
    size = layer.values["output_size"]
    output: Dim | None | tuple[Dim | None, ...]
    if isinstance(size, tuple):
        output = tuple(None if s is None else _dim(s) for s in size)
    else:
        output = None if size is None else _dim(size)
    return adaptive_pool_shape(x, output, spatial=n, op=f"adaptive_{kind}_pool{n}d")


def _batch_norm(layer: Layer, x: Shape) -> Shape:
    n = _spatial(layer.spec.name)
    ranks = (2, 3) if n == 1 else (n + 2,)
    return batch_norm_shape(x, _dim(layer.values["num_features"]), ranks, layer.label)


def _layer_norm(layer: Layer, x: Shape) -> Shape:
    shape = layer.values["normalized_shape"]
    dims = tuple(_dim(d) for d in shape) if isinstance(shape, tuple) else (_dim(shape),)
    if not isinstance(shape, tuple) and isinstance(shape, _Unknown):
        return x
    return layer_norm_shape(x, dims, layer.label)


def _group_norm(layer: Layer, x: Shape) -> Shape:
    v = layer.values
    return group_norm_shape(x, _dim(v["num_groups"]), _dim(v["num_channels"]), layer.label)


def _prelu(layer: Layer, x: Shape) -> Shape:
    return prelu_shape(x, _dim(layer.values["num_parameters"]), layer.label)


def _softmax(layer: Layer, x: Shape) -> Shape:
    dim = layer.values["dim"]
    return softmax_shape(
        x, dim if isinstance(dim, int) and not isinstance(dim, bool) else None, layer.label
    )


def _flatten(layer: Layer, x: Shape) -> Shape:
    start, end = layer.values["start_dim"], layer.values["end_dim"]
    if not isinstance(start, int) or not isinstance(end, int):
        return tuple(UNKNOWN for _ in x) if len(x) == 0 else _unknown_rank()
    return flatten_shape(x, start, end)


class _UnknownRank(Exception):
    """The result's rank is not known: give an unknown-rank tensor."""


def _unknown_rank() -> Shape:
    raise _UnknownRank


def _unflatten(layer: Layer, x: Shape) -> Shape:
    dim, sizes = layer.values["dim"], layer.values["unflattened_size"]
    if not isinstance(dim, int) or not isinstance(sizes, tuple):
        return _unknown_rank()
    return unflatten_shape(x, dim, tuple(_dim(s) for s in sizes))


def _embedding(layer: Layer, x: Shape) -> Shape:
    return embedding_shape(
        x, _dim(layer.values["embedding_dim"]), _dim(layer.values["num_embeddings"])
    )


def _upsample(layer: Layer, x: Shape) -> Shape:
    v = layer.values
    mode = v["mode"]
    if not isinstance(mode, str):
        return tuple(x[:2]) + tuple(UNKNOWN for _ in x[2:])
    size = None if v["size"] is None else _param(v["size"])
    scale = v["scale_factor"]
    scale_factor = None if scale is None else _param(scale)
    return interpolate_shape(x, size=size, scale_factor=scale_factor, mode=mode)


def _same(layer: Layer, x: Shape) -> Shape:
    return x


def _channel_dropout(layer: Layer, x: Shape) -> Shape:
    return channel_dropout_shape(x, _spatial(layer.spec.name), layer.label)


def _rms_norm(layer: Layer, x: Shape) -> Shape:
    shape = layer.values["normalized_shape"]
    if isinstance(shape, tuple):
        return rms_norm_shape(x, tuple(_dim(d) for d in shape), op=layer.label)
    if isinstance(shape, _Unknown):
        return x
    return rms_norm_shape(x, (_dim(shape),), op=layer.label)


def _instance_norm(layer: Layer, x: Shape) -> Shape:
    """A flag not known, or a layer that may be training or not (with running stats): an error
    only where every possibility is one."""
    v = layer.values
    affine, stats = _flag(v["affine"]), _flag(v["track_running_stats"])
    first: RuleError | None = None
    for a in (False, True) if affine is None else (affine,):
        for t in (False, True) if stats is None else (stats,):
            for training in (True, False) if t else (True,):
                try:
                    return instance_norm_layer_shape(
                        x,
                        _dim(v["num_features"]),
                        _spatial(layer.spec.name),
                        a,
                        t,
                        training,
                        layer=layer.label,
                    )
                except RuleError as err:
                    first = first or err
    assert first is not None
    raise first


def _local_response_norm(layer: Layer, x: Shape) -> Shape:
    return local_response_norm_shape(x, _dim(layer.values["size"]))


def _glu(layer: Layer, x: Shape) -> Shape:
    dim = layer.values["dim"]
    if not isinstance(dim, int) or isinstance(dim, bool):
        return tuple(UNKNOWN for _ in x) if x else glu_shape(x)
    return glu_shape(x, dim)


def _softmax2d(layer: Layer, x: Shape) -> Shape:
    return softmax2d_shape(x)


def _pixel_shuffle(layer: Layer, x: Shape) -> Shape:
    return pixel_shuffle_shape(x, _dim(layer.values["upscale_factor"]), op=layer.label)


def _pixel_unshuffle(layer: Layer, x: Shape) -> Shape:
    return pixel_unshuffle_shape(x, _dim(layer.values["downscale_factor"]), op=layer.label)


def _channel_shuffle(layer: Layer, x: Shape) -> Shape:
    return channel_shuffle_shape(x, _dim(layer.values["groups"]), op=layer.label)


def _padding(layer: Layer, x: Shape) -> Shape:
    name, padding = layer.spec.name, layer.values["padding"]
    if not isinstance(padding, (tuple, int, Expr)):
        # Not known whether it pads every side alike or by a tuple: the rank is kept.
        return tuple(UNKNOWN for _ in x)
    return padding_layer_shape(x, _param(padding), _spatial(name), name[:-2], layer=layer.label)


def _fold(layer: Layer, x: Shape) -> Shape:
    v = layer.values
    return fold_shape(
        x,
        _param(v["output_size"]),
        _param(v["kernel_size"]),
        _param(v["dilation"]),
        _param(v["padding"]),
        _param(v["stride"]),
        op=layer.label,
    )


def _unfold(layer: Layer, x: Shape) -> Shape:
    v = layer.values
    return unfold_functional_shape(
        x,
        _param(v["kernel_size"]),
        _param(v["dilation"]),
        _param(v["padding"]),
        _param(v["stride"]),
        op=layer.label,
    )


def _upsampling(layer: Layer, x: Shape) -> Shape:
    """`UpsamplingNearest2d` / `UpsamplingBilinear2d`: `interpolate` in their mode."""
    size, scale = layer.values["size"], layer.values["scale_factor"]
    if isinstance(size, _Unknown) or isinstance(scale, _Unknown):
        # Either may be None: which one decides is not known.
        return tuple(x[:2]) + tuple(UNKNOWN for _ in x[2:])
    bilinear = layer.spec.name == "UpsamplingBilinear2d"
    return interpolate_shape(
        x,
        size=None if size is None else _param(size),
        scale_factor=None if scale is None else _param(scale),
        mode="bilinear" if bilinear else "nearest",
        align_corners=True if bilinear else None,
    )


_FORWARD: Final[dict[str, Callable[[Layer, Shape], Shape]]] = {
    "Linear": _linear,
    "LayerNorm": _layer_norm,
    "GroupNorm": _group_norm,
    "Embedding": _embedding,
    "PReLU": _prelu,
    "Softmax": _softmax,
    "LogSoftmax": _softmax,
    "Flatten": _flatten,
    "Unflatten": _unflatten,
    "Upsample": _upsample,
    "UpsamplingNearest2d": _upsampling,
    "UpsamplingBilinear2d": _upsampling,
    "RMSNorm": _rms_norm,
    "LocalResponseNorm": _local_response_norm,
    "GLU": _glu,
    "Softmin": _softmax,
    "Softmax2d": _softmax2d,
    "PixelShuffle": _pixel_shuffle,
    "PixelUnshuffle": _pixel_unshuffle,
    "ChannelShuffle": _channel_shuffle,
    "Fold": _fold,
    "Unfold": _unfold,
}
for _kind in _PADDINGS:
    for _n in (1, 2, 3):
        _FORWARD[f"{_kind}{_n}d"] = _padding
for _n in (1, 2, 3):
    _FORWARD[f"Conv{_n}d"] = _conv
    _FORWARD[f"ConvTranspose{_n}d"] = _conv_transpose
    _FORWARD[f"MaxPool{_n}d"] = _pool
    _FORWARD[f"AvgPool{_n}d"] = _pool
    _FORWARD[f"AdaptiveAvgPool{_n}d"] = _adaptive
    _FORWARD[f"AdaptiveMaxPool{_n}d"] = _adaptive
    _FORWARD[f"BatchNorm{_n}d"] = _batch_norm
    _FORWARD[f"Dropout{_n}d"] = _channel_dropout
    _FORWARD[f"InstanceNorm{_n}d"] = _instance_norm


# Activation layers whose dtype is `kernel_activation_dtype`'s: torch's op for each.
_KERNEL_ACTIVATIONS: Final = {
    "ReLU": "relu",
    "LeakyReLU": "leaky_relu",
    "ELU": "elu",
    "GELU": "gelu",
    "SiLU": "silu",
    "Sigmoid": "sigmoid",
    "Tanh": "tanh",
}
_SOFTMAXES: Final = {"Softmax": "softmax", "Softmin": "softmax", "LogSoftmax": "log_softmax"}


_UPSAMPLING_MODES: Final = {"UpsamplingNearest2d": "nearest", "UpsamplingBilinear2d": "bilinear"}


def _check_layer_kernel(layer: Layer, dtype: str, shape: Shape | None) -> None:
    """Pools and upsampling: raise where torch has no kernel for the input's dtype."""
    name, label = layer.spec.name, layer.label
    if name.startswith(("MaxPool", "AvgPool")):
        n = _spatial(name)
        # MaxPool1d(return_indices=True) takes integers too (not tracked: the lenient kernel).
        op = "max_pool2d" if name == "MaxPool1d" else f"{name[:3].lower()}_pool{n}d"
        check_kernel(op, dtype, shape, label)
    elif name.startswith("AdaptiveMaxPool"):
        check_kernel(f"adaptive_max_pool{_spatial(name)}d", dtype, shape, label)
    elif name.startswith("AdaptiveAvgPool"):
        n = _spatial(name)
        size = layer.values["output_size"]
        sizes = (size,) * n if isinstance(size, int) else size
        output: tuple[int, ...] | None = None
        if isinstance(sizes, tuple) and all(isinstance(d, int) for d in sizes):
            output = tuple(d for d in sizes if isinstance(d, int))
        check_adaptive_avg_pool(f"adaptive_avg_pool{n}d", dtype, output, shape, label)
    elif name == "Upsample" or name in _UPSAMPLING_MODES:
        mode = _UPSAMPLING_MODES.get(name, layer.values.get("mode"))
        if isinstance(mode, str) and f"interpolate({mode})" in KERNELS:
            check_kernel(f"interpolate({mode})", dtype, shape, label)


def _result_dtype(layer: Layer, dtype: Type, codec: Codec, x: TensorType) -> Type:
    """The output dtype of a layer whose dtype follows a rule (the activations, LRN); raises the
    rule's error, naming the layer."""
    name, given = layer.spec.name, dtype_name(dtype)
    if name in _KERNEL_ACTIVATIONS:
        return kernel_activation_dtype(_KERNEL_ACTIVATIONS[name], x, codec, layer.label)
    if name in _SOFTMAXES and given is not None:
        check_kernel(_SOFTMAXES[name], given, x.shape, layer.label)
    if given is not None:
        _check_layer_kernel(layer, given, x.shape)
    if given is None:
        return dtype
    op = _ACTIVATION_OPS.get(name)
    if op is not None:
        try:
            return dtype_type(codec, activation_dtype(op, given, shape=x.shape))
        except RuleError as err:
            raise type(err)(err.message.replace(f'"{op}"', f'"{layer.label}"', 1)) from err
    if name == "LocalResponseNorm" and not is_floating(given):
        return codec.any()  # torch computes in a floating point dtype it picks
    return dtype


def layer_forward(codec: Codec, layer: Layer, inputs: Sequence[Type | None]) -> Type | None:
    """The type of `layer(*inputs)` (an input not passed: None); raises the rule's error. None:
    not computable."""
    name = layer.spec.name
    if name == "EmbeddingBag":
        return _embedding_bag(codec, layer, inputs)
    given = list(inputs)
    while given and given[-1] is None:
        given.pop()
    tensors = [t for t in given if t is not None]
    if len(tensors) != len(given):
        return None
    if name == "Bilinear":
        return _bilinear(codec, layer, tensors)
    if name in ("CosineSimilarity", "PairwiseDistance"):
        return _distance(codec, layer, tensors)
    if name.endswith("Loss") or name == "NLLLoss2d":
        return _loss(codec, layer, tensors)
    if len(tensors) != 1:
        return None
    x = codec.tensor(tensors[0])
    if x is None:
        return None
    if name == "Embedding":
        _check_embedding_input(layer, x)
    device, dtype = _combine(layer, x, codec)
    dtype = _result_dtype(layer, dtype, codec, x)
    if x.shape is None:
        last = _last_dim_of(layer)
        if last is not None:
            # Unknown rank in, unknown rank out, but the last dim is the layer's.
            return codec.tensor_type_raw(
                device, dtype, [codec.unknown_rank(), codec.dim_type(last)]
            )
        return codec.tensor_type(device, dtype, None)
    rule = _FORWARD.get(name, _same)
    try:
        shape: Shape | None = rule(layer, x.shape)
    except _UnknownRank:
        shape = None
    return codec.tensor_type(device, dtype, shape)


def _last_dim_of(layer: Layer) -> Dim | None:
    """The last dim of the layer's output whatever the input's rank: `Linear`'s out_features,
    `Embedding`'s embedding_dim."""
    if layer.spec.name == "Linear":
        return _dim(layer.values["out_features"])
    if layer.spec.name == "Embedding":
        return _dim(layer.values["embedding_dim"])
    return None


def _embedding_bag(codec: Codec, layer: Layer, inputs: Sequence[Type | None]) -> Type | None:
    """`EmbeddingBag(input, offsets, per_sample_weights)`: `[B, embedding_dim]`, of the layer's
    dtype and device."""
    if not inputs or inputs[0] is None:
        return None
    typed = [None if t is None else codec.tensor(t) for t in [*inputs, None, None][:3]]
    x, offsets, weights = typed
    if x is None or any(t is None and i is not None for t, i in zip(typed, inputs, strict=False)):
        return None
    label, v = layer.label, layer.values
    device = x.device
    for what, t in (("the input", x), ("offsets", offsets), ("per_sample_weights", weights)):
        if t is not None:
            device = check_same_device(label, layer.device, t.device, ("the layer", what))
    names = [None if t is None else dtype_name(t.dtype) for t in (x, offsets, weights)]
    weight_dtype = dtype_name(layer.dtype)
    if names[0] is not None and weight_dtype is not None:
        try:
            embedding_bag_dtype(names[0], weight_dtype, names[1], names[2])
        except RuleError as err:
            raise type(err)(err.message.replace('"embedding_bag"', f'"{label}"', 1)) from err
    dim = _dim(v["embedding_dim"])
    if x.shape is None or any(t is not None and t.shape is None for t in (offsets, weights)):
        return codec.tensor_type(device, layer.dtype, [UNKNOWN, dim])
    mode = v["mode"] if isinstance(v["mode"], str) else ("sum" if weights else "mean")
    shapes: list[Shape] = []
    for last in (
        (False, True)
        if _flag(v["include_last_offset"]) is None
        else (bool(v["include_last_offset"]),)
    ):
        shapes.append(
            embedding_bag_shape(
                x.shape,
                (_dim(v["num_embeddings"]), dim),
                None if offsets is None else offsets.shape,
                mode,
                None if weights is None else weights.shape,
                last,
                op=label,
            )
        )
    shape = tuple(a if a == b else UNKNOWN for a, b in zip(shapes[0], shapes[-1], strict=True))
    return codec.tensor_type(device, layer.dtype, shape)


def _distance(codec: Codec, layer: Layer, inputs: Sequence[Type]) -> Type | None:
    """`CosineSimilarity(dim)` / `PairwiseDistance(keepdim=...)` of x1 and x2: broadcast, one
    dim reduced; computed in the promoted floating point dtype."""
    if len(inputs) != 2:
        return None
    a, b = codec.tensor(inputs[0]), codec.tensor(inputs[1])
    if a is None or b is None:
        return None
    label, value = layer.label, next(iter(layer.values.values()))
    device = check_same_device(label, a.device, b.device, ("x1", "x2"))
    na, nb = dtype_name(a.dtype), dtype_name(b.dtype)
    dtype: Type = codec.any()
    if na is not None and nb is not None and is_floating(na) and is_floating(nb):
        dtype = dtype_type(codec, promote_types(na, nb))
    if a.shape is None or b.shape is None:
        return codec.tensor_type(device, dtype, None)
    if layer.spec.name == "CosineSimilarity":
        if not isinstance(value, int) or isinstance(value, bool):
            return codec.tensor_type(device, dtype, None)
        return codec.tensor_type(device, dtype, cosine_similarity_shape(a.shape, b.shape, value))
    keepdim = _flag(value)
    if keepdim is None:
        return codec.tensor_type(device, dtype, None)
    return codec.tensor_type(device, dtype, pairwise_distance_shape(a.shape, b.shape, keepdim))


def _bilinear(codec: Codec, layer: Layer, inputs: Sequence[Type]) -> Type | None:
    if len(inputs) != 2:
        return None
    a, b = codec.tensor(inputs[0]), codec.tensor(inputs[1])
    if a is None or b is None:
        return None
    device, dtype = _combine(layer, a, codec)
    _combine(layer, b, codec)
    if a.shape is None or b.shape is None:
        return codec.tensor_type(device, dtype, None)
    v = layer.values
    weight = (_dim(v["out_features"]), _dim(v["in1_features"]), _dim(v["in2_features"]))
    return codec.tensor_type(device, dtype, bilinear_shape(a.shape, b.shape, weight, layer.label))


# Each loss module runs its functional loss (`CrossEntropyLoss()(x, t)` is `cross_entropy(x, t)`):
# the same contracts, the same messages.
LOSS_FUNCTIONS: Final = {
    "CrossEntropyLoss": "cross_entropy",
    "NLLLoss": "nll_loss",
    "NLLLoss2d": "nll_loss",
    "SmoothL1Loss": "smooth_l1_loss",
    "HuberLoss": "huber_loss",
    "MSELoss": "mse_loss",
    "L1Loss": "l1_loss",
    "BCELoss": "binary_cross_entropy",
    "BCEWithLogitsLoss": "binary_cross_entropy_with_logits",
}


def _loss(codec: Codec, layer: Layer, inputs: Sequence[Type]) -> Type | None:
    if len(inputs) != 2:
        return None
    x, t = codec.tensor(inputs[0]), codec.tensor(inputs[1])
    name = LOSS_FUNCTIONS.get(layer.spec.name)  # others: `_nn_loss.py`, with the call
    if x is None or t is None or name is None:
        return None
    reduction = layer.values["reduction"]
    known = reduction if isinstance(reduction, str) else None
    if name in ("cross_entropy", "nll_loss"):
        return class_loss_type(codec, name, x, t, None, known)
    return elementwise_loss_type(codec, name, x, t, [], known)


# The forward's tensor parameters, by layer (others: one `input`; losses: input and target).
_INPUTS: Final[dict[str, tuple[str, ...]]] = {
    "Bilinear": ("input1", "input2"),
    "RMSNorm": ("x",),
    "EmbeddingBag": ("input", "offsets", "per_sample_weights"),
    "CosineSimilarity": ("x1", "x2"),
    "PairwiseDistance": ("x1", "x2"),
}
# Layers whose call is typed by a hook of their own, given the call and the layer read from its
# type: the losses that run a functional loss (`_nn_loss.py` fills it).
CALL_RULES: Final[dict[str, Callable[[Call, Codec, Layer], Type | None]]] = {}


def bind_inputs(call: Call, names: Sequence[str]) -> list[Type | None] | None:
    """The call's arguments as the forward's parameters `names` (None: not passed); None when
    the call passes anything else."""
    if len(call.positional) > len(names) or any(k not in names for k in call.keywords):
        return None
    bound: list[Type | None] = [*call.positional, *[None] * (len(names) - len(call.positional))]
    for key, typ in call.keywords.items():
        i = names.index(key)
        if bound[i] is not None:
            return None  # given twice: torch's TypeError, mypy's error
        bound[i] = typ
    return bound


def _call_hook(call: Call, codec: Codec) -> Type | None:
    if call.receiver is None or call.unbindable:
        return None
    layer = read_layer(codec, call.receiver)
    if layer is None:
        return None
    name = layer.spec.name
    rule = CALL_RULES.get(name)
    if rule is not None:
        return rule(call, codec, layer)
    names = _INPUTS.get(name, ("input", "target") if name in LOSS_FUNCTIONS else ("input",))
    inputs = bind_inputs(call, names)
    return None if inputs is None else layer_forward(codec, layer, inputs)


# -- Sequential ----------------------------------------------------------------------------------


@op(SEQUENTIAL)
def sequential_constructor(call: Call, codec: Codec) -> Type | None:
    if call.unbindable and not call.keywords and not call.positional:
        return _built_from_list(call, codec)
    if call.unbindable or call.keywords or not call.positional:
        return None
    if _check_built(call, codec, list(call.positional)):
        return unknown_after_error()
    layers = TupleType(list(call.positional), fallback=codec.make("builtins.tuple", [codec.any()]))
    return codec.make(SEQUENTIAL, [layers])


def _probe(codec: Codec, layer: Layer) -> Type | None:
    """An input the layer takes, as far as its configuration says (other dims unknown): what
    a Sequential's later layers are checked with where it is built."""
    name, values = layer.spec.name, layer.values
    if name == "Linear":
        shape: list[Dim] = [UNKNOWN, _dim(values["in_features"])]
    elif name.startswith(("Conv", "BatchNorm")) and name[-2:] in ("1d", "2d", "3d"):
        channels = values["in_channels"] if name.startswith("Conv") else values["num_features"]
        spatial = int(name[-2]) if name.startswith("Conv") else int(name[-2]) - 1
        shape = [UNKNOWN, _dim(channels), *[UNKNOWN] * spatial]
    elif name == "Embedding":
        return codec.tensor_type(layer.device, dtype_type(codec, "int64"), [UNKNOWN, UNKNOWN])
    else:
        return None
    return codec.tensor_type(layer.device, layer.dtype, shape)


def _probe_of(codec: Codec, typ: Type) -> Type | None:
    layer = read_layer(codec, typ)
    return _probe(codec, layer) if layer is not None else None


def _check_built(call: Call, codec: Codec, layers: list[Type]) -> bool:
    """Report, where a Sequential is built, adjacent layers that cannot fit: from the first layer
    whose configuration fixes its input on, each later layer must take what the one before gives.
    The error is at the layer that cannot (its argument); only definite mismatches: a symbolic
    doubt waits for the call, with real inputs. Whether an error was reported."""
    probes = [_probe_of(codec, t) for t in layers]
    start = next((i for i, p in enumerate(probes) if p is not None), None)
    if start is None:
        return False
    x: Type | None = probes[start]
    for i in range(start, len(layers)):
        if x is None:
            return False
        try:
            with symbols_are_widths():
                x = apply_module(call, codec, layers[i], x)
        except UnprovenShape:
            return False
        except RuleError as err:
            where = call.positional_exprs[i] if i < len(call.positional_exprs) else call.context
            report_rule_error(call.api, _in_sequence(codec, layers, i, err), where)
            return True
    return False


def _built_from_list(call: Call, codec: Codec) -> Type | None:
    """`nn.Sequential(*layers)` with `layers` a list (tuple, sequence) of ONE layer type:
    `Sequential[tuple[X, ...]]`, which keeps a shape `X` keeps (`[nn.ReLU(), nn.ReLU()]`, a
    typed residual block); any other spread is unknown."""
    context = call.context
    if not isinstance(context, CallExpr) or context.arg_kinds != [ARG_STAR]:
        return None
    spread = get_proper_type(call.api.get_expression_type(context.args[0]))
    if not isinstance(spread, Instance) or len(spread.args) != 1:
        return None
    if spread.type.fullname not in (
        "builtins.list",
        "builtins.tuple",
        "typing.Sequence",
        "collections.abc.Sequence",
    ):
        return None
    element = get_proper_type(spread.args[0])
    if not isinstance(element, Instance) or not element.type.has_base(MODULE):
        return None
    repeated = codec.make("builtins.tuple", [element])
    return codec.make(SEQUENTIAL, [repeated])


# The plugin calls a hook for a call it cannot bind (`*layers`) only where the hook says so.
sequential_constructor.reads_spread = True  # type: ignore[attr-defined]


def _repeated_layer(typ: Type) -> Instance | None:
    """The layer type of a `Sequential[tuple[X, ...]]` (built from a list)."""
    p = get_proper_type(typ)
    if not isinstance(p, Instance) or p.type.fullname != SEQUENTIAL or not p.args:
        return None
    inner = get_proper_type(p.args[0])
    if isinstance(inner, Instance) and inner.type.fullname == "builtins.tuple" and inner.args:
        element = get_proper_type(inner.args[0])
        return element if isinstance(element, Instance) else None
    return None


def _layers_of(typ: Type) -> list[Type] | None:
    p = get_proper_type(typ)
    if not isinstance(p, Instance) or p.type.fullname != SEQUENTIAL or not p.args:
        return None
    inner = get_proper_type(p.args[0])
    return list(inner.items) if isinstance(inner, TupleType) else None


@op(f"{SEQUENTIAL}.__call__", f"{SEQUENTIAL}.forward")
def sequential_call(call: Call, codec: Codec) -> Type | None:
    if call.receiver is None or call.unbindable or call.keywords or len(call.positional) != 1:
        return None
    layers = _layers_of(call.receiver)
    if layers is not None:
        return fold(call, codec, layers, call.positional[0])
    repeated = _repeated_layer(call.receiver)
    if repeated is None:
        return None
    # Any number of the same layer: known where one of them keeps the input's type.
    x = call.positional[0]
    once = apply_module(call, codec, repeated, x)
    return x if once is not None and is_same_type(once, x) else None


def _describe(codec: Codec, typ: Type) -> str:
    layer = read_layer(codec, typ)
    if layer is not None:
        return layer.label
    p = get_proper_type(typ)
    return p.type.name if isinstance(p, Instance) else str(p)


def fold(call: Call, codec: Codec, layers: list[Type], x: Type, offset: int = 0) -> Type | None:
    """`x` through each layer in turn; an error names the layer and the one that fed it
    (`offset`: the position of `layers[0]` in its Sequential)."""
    for i, layer_type in enumerate(layers):
        try:
            result = apply_module(call, codec, layer_type, x)
        except RuleError as err:
            raise _in_sequence(codec, layers, i, err, offset) from err
        if result is None:
            return None
        x = result
    return x


def _in_sequence(
    codec: Codec, layers: list[Type], i: int, err: RuleError, offset: int = 0
) -> RuleError:
    """`err` of `layers[i]`, told as a Sequential's: which layer, and what fed it."""
    source = (
        "the input"
        if i == 0
        else f'the output of layer {offset + i - 1} "{_describe(codec, layers[i - 1])}"'
    )
    return type(err)(
        f'Sequential layer {offset + i} "{_describe(codec, layers[i])}" cannot take '
        f"{source}: {err.message}",
        code=err.code,
    )


def apply_module(call: Call, codec: Codec, module: Type, x: Type) -> Type | None:
    """The type of `module(x)` for a typed layer, a `Sequential`, `Identity` or a module with a
    typed `forward`; None when unknown."""
    p = get_proper_type(module)
    if not isinstance(p, Instance):
        return None
    if p.type.fullname == IDENTITY:
        return x
    layer = read_layer(codec, p)
    if layer is not None:
        return layer_forward(codec, layer, [x])
    inner = _layers_of(p)
    if inner is not None:
        return fold(call, codec, inner, x)
    forward = _forward_of(p)
    if forward is None:
        return None
    result, _ = call.api.expr_checker.check_call(  # type: ignore[attr-defined]
        forward, [TempNode(x, context=call.context)], [ARG_POS], call.context
    )
    return result  # type: ignore[no-any-return]


# -- user modules: `model(x)` is `model.forward(x)` ----------------------------------------------


def _forward_of(receiver: Instance) -> CallableType | Overloaded | None:
    """The bound `forward` of a module class written by the user (not torch's catch-all)."""
    node = receiver.type.get("forward")
    if node is None or node.node is None:
        return None
    owner = receiver.type.get_containing_type_info("forward")
    # torch's own layers keep torch's typing (`Any`): only forwards written against
    # typedtorch's vocabulary (the user's) decide a call's type.
    if owner is None or owner.fullname == MODULE or owner.fullname.startswith("torch."):
        return None
    member = get_proper_type(find_member("forward", receiver, receiver))
    return member if isinstance(member, (CallableType, Overloaded)) else None


@op(f"{MODULE}.__call__")
def module_call(call: Call, codec: Codec) -> Type | None:
    receiver = get_proper_type(call.receiver) if call.receiver is not None else None
    if not isinstance(receiver, Instance) or call.unbindable:
        return None
    forward = _forward_of(receiver)
    if forward is None:
        return None
    context = call.context
    if not isinstance(context, CallExpr):
        return None
    if isinstance(forward, CallableType):
        # Inputs that cannot fit the forward's declared tensors: one error naming the dim,
        # then the call is checked with those parameters relaxed (no `arg-type` besides).
        formals = map_actuals_to_formals(
            context.arg_kinds,
            context.arg_names,
            forward.arg_kinds,
            forward.arg_names,
            lambda i: call.api.get_expression_type(context.args[i]),
        )
        grouped = [[context.args[i] for i in actuals] for actuals in formals]
        bad, unions = check_arguments(call.api, codec, forward, grouped)
        if unions and not bad:
            forward = union_relaxed(forward, unions)
        if bad:
            call.api.expr_checker.check_call(  # type: ignore[attr-defined]
                relaxed(forward, bad), context.args, context.arg_kinds, context, context.arg_names
            )
            return unknown_after_error()  # the result follows from the error: unknown
    result, _ = call.api.expr_checker.check_call(  # type: ignore[attr-defined]
        forward, context.args, context.arg_kinds, context, context.arg_names
    )
    return result  # type: ignore[no-any-return]


# -- movers: .to(), .cuda(), .double(), ... ------------------------------------------------------

_DEVICE_MOVERS: Final = {"cuda": "CUDA", "cpu": "CPU"}
_DTYPE_MOVERS: Final = {
    "float": "Float32",
    "double": "Float64",
    "half": "Float16",
    "bfloat16": "BFloat16",
}


def _kind_positions(info: TypeInfo) -> tuple[int | None, int | None]:
    """Which of `info`'s type parameters are `Module`'s device and dtype: those it passes to
    `Module[D, T]`, else (a user's `class Net(nn.Module, Generic[D, T])`, since torch's Module is
    not subscriptable at runtime) its first parameters bounded by a device and a dtype kind."""
    module = next((b for b in info.mro if b.fullname == MODULE), None)
    if module is None:
        return None, None
    generic = fill_typevars(info)
    if not isinstance(generic, Instance):
        return None, None
    mapped = map_instance_to_supertype(generic, module)
    ids = [tv.id for tv in info.defn.type_vars if isinstance(tv, TypeVarType)]
    positions: list[int | None] = []
    for arg in mapped.args[:2]:
        p = get_proper_type(arg)
        positions.append(ids.index(p.id) if isinstance(p, TypeVarType) and p.id in ids else None)
    while len(positions) < 2:
        positions.append(None)
    if positions == [None, None]:
        positions = [
            _bounded_by(info, "typedtorch._devices."),
            _bounded_by(info, "typedtorch._dtypes."),
        ]
    return positions[0], positions[1]


def _bounded_by(info: TypeInfo, prefix: str) -> int | None:
    for i, tv in enumerate(info.defn.type_vars):
        bound = get_proper_type(tv.upper_bound) if isinstance(tv, TypeVarType) else None
        if isinstance(bound, Instance) and bound.type.fullname.startswith(prefix):
            return i
    return None


# -- buffers: `self.register_buffer("mask", t)` makes `self.mask` typed like `t` ------------------

# What each class registered, by (class fullname, name). Filled while a class's methods are
# checked (its `__init__` comes first), read by `self.<name>` in the same class's methods only,
# so the answer never depends on what else this run happened to check.
_REGISTERED: dict[tuple[str, str], Type] = {}


def register_hook(ctx: MethodContext) -> Type:
    """`register_buffer(name, tensor)` / `register_parameter(name, param)` on a module."""
    receiver = get_proper_type(ctx.type)
    if (
        isinstance(receiver, Instance)
        and len(ctx.args) >= 2
        and ctx.args[0]
        and isinstance(ctx.args[0][0], StrExpr)
        and ctx.arg_types[1]
    ):
        _REGISTERED[(receiver.type.fullname, ctx.args[0][0].value)] = ctx.arg_types[1][0]
    return ctx.default_return_type


def registered_attribute(ctx: AttributeContext, name: str) -> Type:
    """`self.<name>` found through torch's `Module.__getattr__`: the registered type, if this
    class (or a base) registered `name` and the access is in that class's own module."""
    receiver = get_proper_type(ctx.type)
    module = getattr(getattr(ctx.api, "tree", None), "fullname", None)
    if not isinstance(receiver, Instance):
        return ctx.default_attr_type
    for info in receiver.type.mro:
        found = _REGISTERED.get((info.fullname, name))
        if found is not None and info.module_name == module:
            return found
    return ctx.default_attr_type


def retype(
    codec: Codec, typ: Type, device: Type | None, dtype: Type | None, depth: int = 0
) -> Type:
    """`typ` with its device/dtype type arguments replaced (None: kept); through Sequential."""
    p = get_proper_type(typ)
    if not isinstance(p, Instance) or depth > 8:
        return typ
    if p.type.fullname == SEQUENTIAL and p.args:
        inner = get_proper_type(p.args[0])
        if isinstance(inner, TupleType):
            items = [retype(codec, t, device, dtype, depth + 1) for t in inner.items]
            return p.copy_modified(args=[inner.copy_modified(items=items)])
        return p
    d_at, t_at = _kind_positions(p.type)
    args = list(p.args)
    if device is not None and d_at is not None and d_at < len(args):
        args[d_at] = device
    if dtype is not None and t_at is not None and t_at < len(args):
        args[t_at] = dtype
    return p.copy_modified(args=args)


@op(f"{MODULE}.to")
def module_to(call: Call, codec: Codec) -> Type | None:
    if call.receiver is None or call.unbindable:
        return None
    device, dtype = to_target(codec, call)
    return retype(codec, call.receiver, device, dtype)


def _mover(device: str | None, dtype: str | None) -> Callable[[Call, Codec], Type | None]:
    def hook(call: Call, codec: Codec) -> Type | None:
        if call.receiver is None:
            return None
        return retype(
            codec,
            call.receiver,
            codec.named(f"typedtorch._devices.{device}") if device else None,
            codec.named(f"typedtorch._dtypes.{dtype}") if dtype else None,
        )

    return hook


for _method, _kind_name in _DEVICE_MOVERS.items():
    op(f"{MODULE}.{_method}")(_mover(_kind_name, None))
for _method, _kind_name in _DTYPE_MOVERS.items():
    op(f"{MODULE}.{_method}")(_mover(None, _kind_name))

for _spec_item in SPECS.values():
    op(_spec_item.fullname)(_constructor_hook(_spec_item))
    op(f"{_spec_item.fullname}.__call__", f"{_spec_item.fullname}.forward")(_call_hook)

__all__ = ["SPECS", "TENSOR", "ShapeMismatch", "apply_module", "fold", "layer_forward"]


# -- where a layer is reached: its kinds may have changed since it was built ---------------------

_IN_PLACE_MOVERS: Final = frozenset(
    {"to", "cuda", "cpu", "float", "double", "half", "bfloat16", "type", "to_empty"}
)


def unmoored(api: CheckerPluginInterface, context: Context, receiver: Type, codec: Codec) -> Type:
    """The receiver of a layer call with its device and dtype unknown where they may have
    changed since it was built: a layer reached as an attribute of a module (`self.fc`, moved
    whenever its parent is moved: `model.cuda()`), or a variable moved in place by a statement
    (`layer.to(device)`, result discarded). Otherwise the receiver as it is."""
    if not isinstance(context, CallExpr):
        return receiver
    callee = context.callee
    if isinstance(callee, MemberExpr) and callee.name == "forward":
        callee = callee.expr  # `layer.forward(x)`: the layer is `layer`
    moved = False
    if isinstance(callee, MemberExpr):
        owner = get_proper_type(api.get_expression_type(callee.expr))
        moved = isinstance(owner, Instance) and owner.type.has_base(MODULE)
    elif isinstance(callee, NameExpr):
        moved = _moved_in_place(api, callee.name)
    return retype(codec, receiver, codec.any(), codec.any()) if moved else receiver


def _moved_in_place(api: CheckerPluginInterface, name: str) -> bool:
    scope = getattr(api, "scope", None)
    function = scope.current_function() if scope is not None else None
    body = function.body.body if function is not None else getattr(api, "tree", None)
    statements = body if isinstance(body, list) else getattr(body, "defs", [])
    return any(_moves(s, name) for s in walk_statements(statements))


def walk_statements(statements: list[Statement]) -> Iterator[Statement]:
    """Every statement, nested blocks included (not nested functions' bodies)."""
    for s in statements:
        yield s
        for block in _blocks(s):
            yield from walk_statements(block.body)


def _blocks(s: Statement) -> list[Block]:
    found: list[Block] = []
    for attr in ("body", "else_body", "finally_body"):
        block = getattr(s, attr, None)
        if isinstance(block, Block):
            found.append(block)
        elif isinstance(block, list):
            found += [b for b in block if isinstance(b, Block)]
    return found


def _moves(s: Statement, name: str) -> bool:
    """`name.to(...)` (or another mover) as a statement of its own."""
    if not isinstance(s, ExpressionStmt) or not isinstance(s.expr, CallExpr):
        return False
    callee = s.expr.callee
    return (
        isinstance(callee, MemberExpr)
        and callee.name in _IN_PLACE_MOVERS
        and isinstance(callee.expr, NameExpr)
        and callee.expr.name == name
    )
