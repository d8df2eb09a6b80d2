"""`linear`, `conv1d/2d/3d` and `conv_transpose1d/2d/3d`, with torch's formulas and checks.

Hyper-parameters (stride, padding, ...) are dims too: a plain int, or `UNKNOWN` when the type
checker cannot read them (a non-literal argument). Anything computed from an unknown value is
unknown, and a check that needs it is skipped: a rule reports only what it can justify.
"""

from __future__ import annotations

from collections.abc import Sequence

from ._common import Shape, require_equal
from ._errors import ShapeMismatch
from ._symbolic import Dim, Expr, _Unknown, format_dim, format_shape

# An int-or-tuple hyper-parameter as torch takes it: `2`, `(2, 3)`, `[2]`.
Param = Dim | Sequence[Dim]


def expand_param(value: Param, n: int, name: str, op: str) -> tuple[Dim, ...]:
    """`2` -> `(2,) * n`; a 1-tuple is repeated; otherwise the tuple must have `n` entries."""
    if isinstance(value, (int, Expr, _Unknown)):
        return (value,) * n
    values = tuple(value)
    if len(values) == 1:
        return values * n
    if len(values) != n:
        raise ShapeMismatch(
            f'"{op}" expects {name} to be a single int or a tuple of {n} ints, '
            f"got {name}={format_param(values)}"
        )
    return values


def format_param(values: Sequence[Dim]) -> str:
    return "(" + ", ".join(format_dim(v) for v in values) + ("," if len(values) == 1 else "") + ")"


def format_sizes(values: Sequence[Dim]) -> str:
    """Spatial sizes as torch prints them: `(5 x 5)`."""
    return "(" + " x ".join(format_dim(v) for v in values) + ")"


def require_positive(values: Sequence[Dim], name: str, op: str) -> None:
    for v in values:
        if isinstance(v, int) and v <= 0:
            raise ShapeMismatch(
                f'"{op}" expects {name} to be positive, got {name}={format_param(values)}'
            )


def require_non_negative(values: Sequence[Dim], name: str, op: str) -> None:
    for v in values:
        if isinstance(v, int) and v < 0:
            raise ShapeMismatch(
                f'"{op}" expects {name} to be non-negative, got {name}={format_param(values)}'
            )


def is_negative(d: Dim) -> bool:
    """Whether `d` is known to be < 0 (an int, or an expression that folds to one)."""
    return isinstance(d, int) and d < 0


# ----------------------------------------------------------------------------------------------
# linear


def linear_shape(input: Shape, weight: Shape, bias: Shape | None = None) -> Shape:
    """torch.nn.functional.linear: input `[*, in]`, weight `[out, in]`, bias `[out]` -> `[*, out]`.

    A bias broadcasts into the output without growing it (torch adds it in place).
    """
    op = "linear"
    if len(weight) != 2:
        # torch takes a 1-D weight on some paths and rejects it on others: require the
        # documented [out_features, in_features].
        raise ShapeMismatch(
            f'"{op}" expects a 2-D weight [out_features, in_features], '
            f"got {len(weight)}-D weight {format_shape(weight)}"
        )
    if len(input) == 0:
        raise ShapeMismatch(f'"{op}" expects an input with at least 1 dimension, got shape []')
    require_equal(
        input[-1],
        weight[-1],
        f'Incompatible shapes for "{op}": input {format_shape(input)} has {{a}} features '
        f"but weight {format_shape(weight)} expects {{b}}",
    )
    out = input[:-1] + weight[:-1]
    if bias is not None:
        _linear_bias(out, bias, weight, op)
    return out


def _linear_bias(out: Shape, bias: Shape, weight: Shape, op: str) -> None:
    # torch adds the bias into the product in place (addmm / add_): it must broadcast to the
    # output's shape without growing it.
    message = (
        f'Incompatible shapes for "{op}": bias {format_shape(bias)} does not fit the output '
        f"{format_shape(out)} of weight {format_shape(weight)}"
    )
    if len(bias) > len(out):
        raise ShapeMismatch(message)
    for b, o in zip(reversed(bias), reversed(out), strict=False):
        if b == 1:
            continue
        require_equal(b, o, message + " (dims {a} and {b})")


# ----------------------------------------------------------------------------------------------
# conv


def _split_input(input: Shape, spatial: int, op: str) -> tuple[Dim | None, Dim, Shape]:
    """(batch or None if unbatched, channels, spatial sizes); the rank must be n+1 or n+2."""
    if len(input) == spatial + 2:
        return input[0], input[1], input[2:]
    if len(input) == spatial + 1:
        return None, input[0], input[1:]
    raise ShapeMismatch(
        f'Expected {spatial + 1}-D (unbatched) or {spatial + 2}-D (batched) input to "{op}", '
        f"but got input of shape {format_shape(input)}"
    )


def _check_weight_rank(weight: Shape, spatial: int, op: str, layout: str) -> None:
    if len(weight) != spatial + 2:
        kernel = ", ".join("kH kW".split()[-spatial:] if spatial <= 2 else ["kT", "kH", "kW"])
        raise ShapeMismatch(
            f'"{op}" expects a {spatial + 2}-D weight [{layout}, {kernel}], '
            f"got {len(weight)}-D weight {format_shape(weight)}"
        )


def _check_groups(groups: Dim, weight: Shape, op: str) -> None:
    if isinstance(groups, int) and groups <= 0:
        raise ShapeMismatch(f'"{op}" expects groups to be positive, got groups={groups}')
    w0 = weight[0]
    if isinstance(groups, int) and isinstance(w0, int):
        if w0 < groups:
            raise ShapeMismatch(
                f'Incompatible shapes for "{op}": given groups={groups}, expected weight to be '
                f"at least {groups} at dimension 0, but got weight of size {format_shape(weight)}"
            )
        if w0 % groups:
            raise ShapeMismatch(
                f'Incompatible shapes for "{op}": given groups={groups}, expected weight to be '
                f"divisible by {groups} at dimension 0, but got weight of size "
                f"{format_shape(weight)}"
            )


def _check_bias(bias: Shape | None, expected: Dim, weight: Shape, op: str) -> None:
    if bias is None:
        return
    message = (
        f'Incompatible shapes for "{op}": given weight of size {format_shape(weight)}, '
        f"expected bias to be 1-D with {format_dim(expected)} elements, but got bias of size "
        f"{format_shape(bias)}"
    )
    if len(bias) != 1:
        raise ShapeMismatch(message)
    require_equal(bias[0], expected, message.replace("{", "{{").replace("}", "}}"))


def _check_kernel_nonzero(channels: Dim, kernels: Sequence[Dim], op: str) -> None:
    """A kernel dim of 0 (`Conv2d(3, 8, 0)` builds) fails at the call, unless the input has no
    channels (then torch's no-channel path runs no kernel; a transposed one fails elsewhere)."""
    if (
        isinstance(channels, int)
        and channels > 0
        and any(isinstance(k, int) and k == 0 for k in kernels)
    ):
        raise ShapeMismatch(
            f'"{op}": kernel size should be greater than zero, got {format_sizes(tuple(kernels))}'
        )


def conv_shape(
    input: Shape,
    weight: Shape,
    bias: Shape | None = None,
    stride: Param = 1,
    padding: Param | str = 0,
    dilation: Param = 1,
    groups: Dim = 1,
    *,
    spatial: int,
) -> Shape:
    """torch.nn.functional.conv{1,2,3}d.

    input `[N, C_in, *in]` or `[C_in, *in]`, weight `[C_out, C_in / groups, *k]`, bias `[C_out]`
    -> `[N, C_out, *out]` with `out = (in + 2 * padding - dilation * (k - 1) - 1) // stride + 1`
    (torch.nn.Conv2d's formula); `padding='same'` keeps `in` (stride 1 only), `'valid'` is 0.
    """
    op = f"conv{spatial}d"
    batch, channels, sizes = _split_input(input, spatial, op)
    _check_weight_rank(weight, spatial, op, "out_channels, in_channels / groups")
    strides = expand_param(stride, spatial, "stride", op)
    dilations = expand_param(dilation, spatial, "dilation", op)
    require_positive(strides, "stride", op)
    require_positive(dilations, "dilation", op)
    _check_groups(groups, weight, op)
    same = False
    if isinstance(padding, str):
        if padding == "valid":
            pads: tuple[Dim, ...] = (0,) * spatial
        elif padding == "same":
            if any(isinstance(s, int) and s != 1 for s in strides):
                raise ShapeMismatch(
                    f"\"{op}\": padding='same' is not supported for strided convolutions, "
                    f"got stride={format_param(strides)}"
                )
            same = True
            pads = (0,) * spatial
        else:
            raise ShapeMismatch(
                f"\"{op}\": invalid padding string {padding!r}, expected 'same' or 'valid'"
            )
    else:
        pads = expand_param(padding, spatial, "padding", op)
        require_non_negative(pads, "padding", op)
    require_equal(
        channels,
        weight[1] * groups,
        f'Incompatible shapes for "{op}": given groups={format_dim(groups)}, weight of size '
        f"{format_shape(weight)} expects input {format_shape(input)} to have {{b}} channels, "
        "but got {a} channels",
    )
    _check_bias(bias, weight[0], weight, op)
    _check_kernel_nonzero(channels, weight[2:], op)

    kernels = weight[2:]
    effective = tuple(d * (k - 1) + 1 for d, k in zip(dilations, kernels, strict=True))
    if same:
        # torch pads d * (k - 1) in total (the extra one on the right when odd).
        padded = tuple(n + e - 1 for n, e in zip(sizes, effective, strict=True))
    else:
        padded = tuple(n + 2 * p for n, p in zip(sizes, pads, strict=True))
    if any(is_negative(p - e) for p, e in zip(padded, effective, strict=True)):
        raise ShapeMismatch(
            f'Incompatible shapes for "{op}": kernel size {format_sizes(effective)} '
            f"can't be greater than the padded input size {format_sizes(padded)}, "
            f"input {format_shape(input)}, weight {format_shape(weight)}"
        )
    # Empty inputs, as torch treats them: an empty spatial dim is taken only when the batch or
    # the channels are empty too; an input with no channels gives an output with none (not
    # out_channels), whatever the weight says.
    nonzero_batch = batch is None or (isinstance(batch, int) and batch > 0)
    if (
        nonzero_batch
        and isinstance(channels, int)
        and channels > 0
        and any(isinstance(n, int) and n == 0 for n in sizes)
    ):
        raise ShapeMismatch(
            f'"{op}": only an input with an empty batch or no channels may have an empty '
            f"spatial dim, got input {format_shape(input)}"
        )
    out_channels: Dim = 0 if isinstance(channels, int) and channels == 0 else weight[0]
    if same:
        out: tuple[Dim, ...] = tuple(sizes)
    else:
        out = tuple((p - e) // s + 1 for p, e, s in zip(padded, effective, strides, strict=True))
    head: tuple[Dim, ...] = (out_channels,) if batch is None else (batch, out_channels)
    return head + out


def conv_transpose_shape(
    input: Shape,
    weight: Shape,
    bias: Shape | None = None,
    stride: Param = 1,
    padding: Param = 0,
    output_padding: Param = 0,
    groups: Dim = 1,
    dilation: Param = 1,
    *,
    spatial: int,
) -> Shape:
    """torch.nn.functional.conv_transpose{1,2,3}d (note torch's argument order: groups, dilation).

    input `[N, C_in, *in]` or `[C_in, *in]`, weight `[C_in, C_out / groups, *k]`,
    bias `[C_out]` -> `[N, C_out, *out]` with
    `out = (in - 1) * stride - 2 * padding + dilation * (k - 1) + output_padding + 1`.
    """
    op = f"conv_transpose{spatial}d"
    batch, channels, sizes = _split_input(input, spatial, op)
    _check_weight_rank(weight, spatial, op, "in_channels, out_channels / groups")
    strides = expand_param(stride, spatial, "stride", op)
    pads = expand_param(padding, spatial, "padding", op)
    out_pads = expand_param(output_padding, spatial, "output_padding", op)
    dilations = expand_param(dilation, spatial, "dilation", op)
    require_positive(strides, "stride", op)
    require_positive(dilations, "dilation", op)
    require_non_negative(pads, "padding", op)
    require_non_negative(out_pads, "output_padding", op)
    for o, s, d in zip(out_pads, strides, dilations, strict=True):
        if isinstance(o, int) and isinstance(s, int) and isinstance(d, int) and o >= max(s, d):
            raise ShapeMismatch(
                f'"{op}": output padding must be smaller than either stride or dilation, got '
                f"output_padding={format_param(out_pads)}, stride={format_param(strides)}, "
                f"dilation={format_param(dilations)}"
            )
    _check_groups(groups, weight, op)
    require_equal(
        channels,
        weight[0],
        f'Incompatible shapes for "{op}": weight of size {format_shape(weight)} expects '
        f"input {format_shape(input)} to have {{b}} channels, but got {{a}} channels",
    )
    out_channels = weight[1] * groups
    _check_bias(bias, out_channels, weight, op)
    _check_kernel_nonzero(channels, weight[2:], op)
    out = tuple(
        (n - 1) * s - 2 * p + d * (k - 1) + o + 1
        for n, s, p, d, k, o in zip(
            sizes, strides, pads, dilations, weight[2:], out_pads, strict=True
        )
    )
    if any(isinstance(d, int) and d <= 0 for d in out):
        raise ShapeMismatch(
            f'Incompatible shapes for "{op}": input {format_shape(input)} with weight '
            f"{format_shape(weight)} gives output size {format_sizes(out)}, which is too small"
        )
    head: tuple[Dim, ...] = (out_channels,) if batch is None else (batch, out_channels)
    return head + out
