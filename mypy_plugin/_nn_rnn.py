"""Hooks for the recurrent layers: `RNN`, `LSTM`, `GRU` and their cells.

As in `_nn.py`: the constructor hook reads literal (or TypeVar-typed) sizes into the layer's type
arguments (`LSTM[L[10], L[20], L[1], L[False], L[True], L[0], CPU, Float32]`) and checks the
constructor's contract; the call hook reads them back and computes `output`, `h_n`, `c_n` with
the rules in `typedtorch._shapes._rnn`. The helpers here (`LayerConfig`, `read_config`,
`constructor_hook`) are shared with `_nn_attention.py`.

Also here: `tnn.functional_call(model, params, args)` is typed as `model(*args)` (the model's
own call, with whatever hook types it), since it runs the model's forward.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from mypy.nodes import ARG_POS, CallExpr, TempNode
from mypy.types import Instance, NoneType, TupleType, Type, get_proper_type

from typedtorch._shapes import (
    UNKNOWN,
    Dim,
    RuleError,
    Shape,
    rnn_cell_shapes,
    rnn_config,
    rnn_shapes,
)

from ._calls import Call
from ._codec import DEFAULT_DEVICE, DEFAULT_DTYPE, Codec, TensorType
from ._errors import LAYER_ARGUMENT, report, unknown_after_error
from ._kinds import check_same_device, check_same_dtype
from ._names import TYPEDTORCH_NN
from ._nn import _REQUIRED, Layer, Spec, _dim, _kind_type, constructor_args, type_value
from ._registry import op

RNN_MODULE: Final = "torch.nn.modules.rnn"


@dataclass(frozen=True)
class LayerConfig:
    """A typed layer family member: part A's `Spec` (for labels) plus an optional check of the
    constructor's arguments, run with the values read from the call."""

    spec: Spec
    check: Callable[[dict[str, object], str], None] | None = None


@dataclass
class ReadLayer:
    """A layer read from its type: configuration values, device and dtype, and its label."""

    config: LayerConfig
    values: dict[str, object]
    device: Type
    dtype: Type

    @property
    def label(self) -> str:
        return Layer(self.config.spec, self.values, self.device, self.dtype).label

    def dim(self, name: str) -> Dim:
        return _dim(self.values.get(name, UNKNOWN))

    def flag(self, name: str) -> bool | None:
        value = self.values.get(name)
        return value if isinstance(value, bool) else None


def read_config(codec: Codec, configs: dict[str, LayerConfig], typ: Type) -> ReadLayer | None:
    """The layer `typ` is, when it is one of `configs`."""
    p = get_proper_type(typ)
    if not isinstance(p, Instance):
        return None
    config = configs.get(p.type.fullname)
    if config is None:
        return None
    names = config.spec.config
    n = len(names)
    args = p.args
    values = {
        name: type_value(codec, args[i]) if i < len(args) else UNKNOWN
        for i, (name, _, _) in enumerate(names)
    }
    device = args[n] if len(args) > n else codec.any()
    dtype = args[n + 1] if len(args) > n + 1 else codec.any()
    return ReadLayer(config, values, device, dtype)


def constructor_hook(config: LayerConfig) -> Callable[[Call, Codec], Type | None]:
    """Literal constructor arguments -> type arguments; then the constructor's own checks."""
    spec = config.spec

    def hook(call: Call, codec: Codec) -> Type | None:
        args, values = constructor_args(spec, call, codec)
        if config.check is not None:
            try:
                config.check(values, Layer(spec, values, codec.any(), codec.any()).label)
            except RuleError as err:
                # torch raises while building the layer: the layer never exists.
                report(call.api, err.message, call.context, LAYER_ARGUMENT)
                return unknown_after_error()
        if spec.device_index is not None:
            i = spec.device_index
            args.append(
                _kind_type(codec, call.arg(i, "device"), "typedtorch._devices.", DEFAULT_DEVICE)
            )
            args.append(
                _kind_type(codec, call.arg(i + 1, "dtype"), "typedtorch._dtypes.", DEFAULT_DTYPE)
            )
        return codec.make(spec.fullname, args)

    return hook


def is_absent(typ: Type | None) -> bool:
    """An optional argument left out or passed as None."""
    return typ is None or isinstance(get_proper_type(typ), NoneType)


def tensor_arg(codec: Codec, typ: Type | None) -> TensorType | None:
    return None if typ is None else codec.tensor(typ)


def combine(layer: ReadLayer, x: TensorType, what: str = "the input") -> tuple[Type, Type]:
    """The result's device and dtype: the layer's, after checking an input against them."""
    label = layer.label  # the checks quote it
    device = check_same_device(label, layer.device, x.device, ("the layer", what))
    dtype = check_same_dtype(label, layer.dtype, x.dtype, ("the layer", what))
    return device, dtype


def tuple_type(codec: Codec, items: list[Type]) -> TupleType:
    return TupleType(items, fallback=codec.make("builtins.tuple", [codec.any()]))


# -- the layers ---------------------------------------------------------------------------------


def _check_rnn(values: dict[str, object], label: str) -> None:
    rnn_config(
        _dim(values["input_size"]),
        _dim(values["hidden_size"]),
        _dim(values["num_layers"]),
        _dim(values.get("proj_size", 0)),
        label,
    )


def _check_cell(values: dict[str, object], label: str) -> None:
    rnn_config(_dim(values["input_size"]), _dim(values["hidden_size"]), 1, 0, label)


_R = _REQUIRED
_SEQUENCE: Final = {
    # name: ((argument, position, default), ...), device position
    "RNN": (
        [
            ("input_size", 0, _R),
            ("hidden_size", 1, _R),
            ("num_layers", 2, 1),
            ("bidirectional", 7, False),
            ("batch_first", 5, False),
        ],
        8,
    ),
    "LSTM": (
        [
            ("input_size", 0, _R),
            ("hidden_size", 1, _R),
            ("num_layers", 2, 1),
            ("bidirectional", 6, False),
            ("batch_first", 4, False),
            ("proj_size", 7, 0),
        ],
        8,
    ),
    "GRU": (
        [
            ("input_size", 0, _R),
            ("hidden_size", 1, _R),
            ("num_layers", 2, 1),
            ("bidirectional", 6, False),
            ("batch_first", 4, False),
        ],
        7,
    ),
}
_CELLS: Final = {"RNNCell": 4, "LSTMCell": 3, "GRUCell": 3}

CONFIGS: Final[dict[str, LayerConfig]] = {}
for _name, (_args, _device_at) in _SEQUENCE.items():
    _fullname = f"{RNN_MODULE}.{_name}"
    CONFIGS[_fullname] = LayerConfig(Spec(_fullname, tuple(_args), _device_at), _check_rnn)
for _name, _device_at in _CELLS.items():
    _fullname = f"{RNN_MODULE}.{_name}"
    CONFIGS[_fullname] = LayerConfig(
        Spec(_fullname, (("input_size", 0, _R), ("hidden_size", 1, _R)), _device_at), _check_cell
    )


def _states(call: Call, codec: Codec, lstm: bool) -> tuple[TensorType | None, ...] | None:
    """The `hx` argument as tensors: (h_0,) or (h_0, c_0); None when absent or not readable."""
    hx = call.arg(1, "hx")
    if is_absent(hx):
        return None
    assert hx is not None
    p = get_proper_type(hx)
    if lstm:
        if not isinstance(p, TupleType) or len(p.items) != 2:
            return None
        return (codec.tensor(p.items[0]), codec.tensor(p.items[1]))
    return (codec.tensor(p),)


def _shape_of(t: TensorType | None) -> Shape | None:
    return None if t is None else t.shape


def _sequence_call(call: Call, codec: Codec) -> Type | None:
    if call.receiver is None:
        return None
    layer = read_config(codec, CONFIGS, call.receiver)
    x = tensor_arg(codec, call.arg(0, "input"))
    if layer is None or x is None:
        return None
    name = layer.config.spec.name
    lstm = name == "LSTM"
    device, dtype = combine(layer, x)
    states = _states(call, codec, lstm)
    for i, state in enumerate(states or ()):
        if state is not None:
            combine(layer, state, "h_0" if i == 0 else "c_0")
    bidirectional, batch_first = layer.flag("bidirectional"), layer.flag("batch_first")
    if x.shape is None or bidirectional is None or batch_first is None:
        unknown = codec.tensor_type(device, dtype, None)
        hidden: Type = tuple_type(codec, [unknown, unknown]) if lstm else unknown
        return tuple_type(codec, [unknown, hidden])
    shapes = rnn_shapes(
        x.shape,
        None if states is None else _shape_of(states[0]),
        None if states is None or not lstm else _shape_of(states[1]),
        input_size=layer.dim("input_size"),
        hidden_size=layer.dim("hidden_size"),
        num_layers=layer.dim("num_layers"),
        bidirectional=bidirectional,
        batch_first=batch_first,
        proj_size=layer.dim("proj_size") if lstm else 0,
        lstm=lstm,
        layer=layer.label,
    )
    output = codec.tensor_type(device, dtype, shapes.output)
    h_n = codec.tensor_type(device, dtype, shapes.h_n)
    if lstm and shapes.c_n is not None:
        c_n = codec.tensor_type(device, dtype, shapes.c_n)
        return tuple_type(codec, [output, tuple_type(codec, [h_n, c_n])])
    return tuple_type(codec, [output, h_n])


def _cell_call(call: Call, codec: Codec) -> Type | None:
    if call.receiver is None:
        return None
    layer = read_config(codec, CONFIGS, call.receiver)
    x = tensor_arg(codec, call.arg(0, "input"))
    if layer is None or x is None:
        return None
    lstm = layer.config.spec.name == "LSTMCell"
    device, dtype = combine(layer, x)
    states = _states(call, codec, lstm)
    for i, state in enumerate(states or ()):
        if state is not None:
            combine(layer, state, "hx" if i == 0 else "cx")
    shape: Shape | None = None
    if x.shape is not None:
        shape = rnn_cell_shapes(
            x.shape,
            None if states is None else _shape_of(states[0]),
            None if states is None or not lstm else _shape_of(states[1]),
            input_size=layer.dim("input_size"),
            hidden_size=layer.dim("hidden_size"),
            lstm=lstm,
            layer=layer.label,
        )
    h = codec.tensor_type(device, dtype, shape)
    return tuple_type(codec, [h, h]) if lstm else h


for _fullname, _config in CONFIGS.items():
    op(_fullname)(constructor_hook(_config))
    _hook = _cell_call if _fullname.endswith("Cell") else _sequence_call
    op(f"{_fullname}.__call__", f"{_fullname}.forward")(_hook)


# -- functional_call ----------------------------------------------------------------------------


@op(f"{TYPEDTORCH_NN}.functional_call")
def functional_call_hook(call: Call, codec: Codec) -> Type | None:
    """`functional_call(module, params, args)` -> the type of `module(*args)`."""
    module, args = call.arg(0, "module"), call.arg(2, "args")
    if module is None or args is None or not is_absent(call.arg(3, "kwargs")):
        return None
    p = get_proper_type(args)
    # torch wraps a non-tuple `args` in a tuple; a tuple is the positional arguments.
    items = list(p.items) if isinstance(p, TupleType) else [args]
    nodes = [TempNode(t, context=call.context) for t in items]
    # The module's own call hook binds arguments from the call expression it is given.
    synthetic = CallExpr(
        TempNode(module, context=call.context),
        list(nodes),
        [ARG_POS] * len(nodes),
        [None] * len(nodes),
    )
    synthetic.set_line(call.context)
    result, _ = call.api.expr_checker.check_call(  # type: ignore[attr-defined]
        module, list(nodes), [ARG_POS] * len(nodes), synthetic
    )
    return result  # type: ignore[no-any-return]
