"""Recurrent layers: `RNN`/`LSTM`/`GRU` (whole sequences) and `RNNCell`/`LSTMCell`/`GRUCell`.

Shapes, as in torch's docs (`D` = 2 if bidirectional else 1, `H_out` = proj_size or hidden_size):

    input  (L, N, H_in)  or (N, L, H_in) with batch_first, or unbatched (L, H_in)
    h_0    (D * num_layers, N, H_out)   -- this layout holds EVEN WITH batch_first
    c_0    (D * num_layers, N, H_cell)  (LSTM only; H_cell = hidden_size)
    output (L, N, D * H_out) or (N, L, D * H_out) with batch_first, or (L, D * H_out)
    h_n    like h_0; c_n like c_0

`layer` is the layer as the user wrote it (`LSTM(10, 20, batch_first=True)`), named in every
message.
"""

from __future__ import annotations

from dataclasses import dataclass

from ._common import Shape, require_equal
from ._errors import ShapeMismatch
from ._symbolic import Dim, format_shape


@dataclass(frozen=True)
class RNNShapes:
    """What a recurrent layer's forward returns: `output`, `h_n` and (LSTM) `c_n` shapes."""

    output: Shape
    h_n: Shape
    c_n: Shape | None


def rnn_config(
    input_size: Dim,
    hidden_size: Dim,
    num_layers: Dim,
    proj_size: Dim,
    layer: str,
) -> None:
    """The constructor's size contract (torch raises ValueError at construction)."""
    for name, value in (
        ("input_size", input_size),
        ("hidden_size", hidden_size),
        ("num_layers", num_layers),
    ):
        if isinstance(value, int) and value <= 0:
            raise ShapeMismatch(f'"{layer}": {name} must be greater than zero, got {value}')
    if isinstance(proj_size, int) and proj_size < 0:
        raise ShapeMismatch(f'"{layer}": proj_size must be zero or positive, got {proj_size}')
    if isinstance(proj_size, int) and isinstance(hidden_size, int) and proj_size >= hidden_size:
        raise ShapeMismatch(
            f'"{layer}": proj_size has to be smaller than hidden_size, got proj_size={proj_size} '
            f"and hidden_size={hidden_size}"
        )


def rnn_shapes(
    input: Shape,
    hx: Shape | None,
    cx: Shape | None,
    *,
    input_size: Dim,
    hidden_size: Dim,
    num_layers: Dim,
    bidirectional: bool,
    batch_first: bool,
    proj_size: Dim = 0,
    lstm: bool = False,
    layer: str,
) -> RNNShapes:
    """`RNN`/`GRU`/`LSTM` forward: output, h_n and c_n shapes; raises as torch does.

    `hx`/`cx` are the shapes of `h_0`/`c_0` when passed (for RNN/GRU `cx` is None).
    """
    if len(input) not in (2, 3):
        raise ShapeMismatch(
            f'"{layer}" expects a 2-D (unbatched) or 3-D (batched) input, got {len(input)}-D '
            f"input {format_shape(input)}"
        )
    batched = len(input) == 3
    require_equal(
        input[-1],
        input_size,
        f'"{layer}" expects input_size {{b}} (last dim), got {{a}} in input {format_shape(input)}',
    )
    directions = 2 if bidirectional else 1
    out_size: Dim = hidden_size if proj_size == 0 else proj_size
    if batched:
        n = input[0] if batch_first else input[1]
        h_shape: Shape = (directions * num_layers, n, out_size)
        c_shape: Shape = (directions * num_layers, n, hidden_size)
        output: Shape = (input[0], input[1], directions * out_size)
    else:
        h_shape = (directions * num_layers, out_size)
        c_shape = (directions * num_layers, hidden_size)
        output = (input[0], directions * out_size)
    states = [("h_0", hx, h_shape)] + ([("c_0", cx, c_shape)] if lstm else [])
    for name, given, expected in states:
        if given is None:
            continue
        _check_state(name, given, expected, batched, batch_first, layer)
    return RNNShapes(output, h_shape, c_shape if lstm else None)


def _check_state(
    name: str, given: Shape, expected: Shape, batched: bool, batch_first: bool, layer: str
) -> None:
    if batched:
        layout = "(num_layers * num_directions, batch, hidden)"
        if batch_first:
            layout += "; this layout holds even with batch_first=True"
    else:
        layout = "(num_layers * num_directions, hidden) for an unbatched input"
    message = (
        f'"{layer}" expects {name} of shape {format_shape(expected)} {layout}, '
        f"got {format_shape(given)}"
    )
    if len(given) != len(expected):
        raise ShapeMismatch(message)
    escaped = message.replace("{", "{{").replace("}", "}}")
    for a, b in zip(given, expected, strict=True):
        require_equal(a, b, escaped)


def rnn_cell_shapes(
    input: Shape,
    hx: Shape | None,
    cx: Shape | None,
    *,
    input_size: Dim,
    hidden_size: Dim,
    lstm: bool = False,
    layer: str,
) -> Shape:
    """`RNNCell`/`GRUCell`/`LSTMCell` forward: the shape of h' (and c' for LSTMCell).

    input `(N, H_in)` or unbatched `(H_in)`; hx/cx `(N, H)` or `(H)` -> `(N, H)` or `(H)`.
    """
    if len(input) not in (1, 2):
        raise ShapeMismatch(
            f'"{layer}" expects a 1-D (unbatched) or 2-D (batched) input, got {len(input)}-D '
            f"input {format_shape(input)}"
        )
    require_equal(
        input[-1],
        input_size,
        f'"{layer}" expects input_size {{b}} (last dim), got {{a}} in input {format_shape(input)}',
    )
    expected: Shape = (input[0], hidden_size) if len(input) == 2 else (hidden_size,)
    for name, given in (("hx", hx), ("cx", cx) if lstm else ("cx", None)):
        if given is None:
            continue
        what = "(batch, hidden_size)" if len(input) == 2 else "(hidden_size) for an unbatched input"
        message = (
            f'"{layer}" expects {name} of shape {format_shape(expected)} {what}, '
            f"got {format_shape(given)}"
        )
        if len(given) != len(expected):
            raise ShapeMismatch(message)
        escaped = message.replace("{", "{{").replace("}", "}}")
        for a, b in zip(given, expected, strict=True):
            require_equal(a, b, escaped)
    return expected
