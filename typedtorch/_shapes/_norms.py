"""Normalizations not covered in `_layers.py`: `rms_norm` (`RMSNorm`), `instance_norm`
(`InstanceNorm1d/2d/3d`) and `local_response_norm` (`LocalResponseNorm`). All keep the input's
shape.

`rms_norm` is `layer_norm`'s contract (`layer_norm_shape`, `norm_weight_shape`). `instance_norm`
is a batch norm over `[1, N * C, *]`: per-channel tensors (running stats, weight, bias) have `C`
elements, and torch's functional form (in training) wants more than one spatial element.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from ._common import Shape, require_equal, require_same_shape, shape_numel
from ._conv import is_negative
from ._dtypes import category, require_same_dtype
from ._errors import DTypeMismatch, ShapeMismatch
from ._functional import norm_weight_shape
from ._kernels import check_kernel
from ._layers import layer_norm_shape
from ._symbolic import Dim, format_dim, format_shape


def rms_norm_shape(
    input: Shape, normalized_shape: Sequence[Dim], weight: Shape | None = None, op: str = "rms_norm"
) -> Shape:
    """`F.rms_norm(input, normalized_shape, weight)` / `RMSNorm(normalized_shape)`: the trailing
    dims of the input are `normalized_shape` (at least one dim), `weight` has that shape.

    `op` names the call in messages (`RMSNorm((3, 4))` for a layer).
    """
    if not normalized_shape:
        raise ShapeMismatch(f'"{op}" expects a normalized_shape with at least one dim, got ()')
    out = layer_norm_shape(input, normalized_shape, op)
    if weight is not None:
        norm_weight_shape(weight, normalized_shape, "weight", op)
    return out


def _per_channel(t: Shape, what: str, input: Shape, use_input_stats: bool, op: str) -> None:
    """torch repeats `t` N times and hands it to batch_norm over `N * C` channels, which checks
    the count only for a non-empty input; in training it then writes the statistics (`[C]`)
    back into running stats, which must have that shape; it fails to index a weight or bias
    that is empty once repeated (an empty batch, or no entries)."""
    batch, channels = input[0], input[1]
    message = (
        f'Incompatible shapes for "{op}": {what} must have one entry per channel, '
        f"{format_dim(channels)} for input {format_shape(input)}, got {what} {format_shape(t)}"
    )
    if len(t) > 1:
        raise ShapeMismatch(message)
    running = what.startswith("running")
    if running and use_input_stats:
        # The `[C]` statistics are copied into it, broadcasting (which an empty batch, whose
        # count torch does not check, lets a single channel do).
        if len(t) != 1:
            raise ShapeMismatch(message)
        if not (batch == 0 and channels == 1):
            require_same_shape(t, (channels,), message)
        return
    repeated = shape_numel(t) * batch
    if not running and isinstance(repeated, int) and repeated == 0:
        raise ShapeMismatch(
            f'"{op}" cannot apply an empty {what} {format_shape(t)} (repeated for the batch of '
            f"input {format_shape(input)})"
        )
    if any(d == 0 for d in input):
        return
    # A symbolic batch stands for a non-empty one: the count must be C.
    require_equal(shape_numel(t), channels, message.replace("{", "{{").replace("}", "}}"))


def instance_norm_shape(
    input: Shape,
    running_mean: Shape | None = None,
    running_var: Shape | None = None,
    weight: Shape | None = None,
    bias: Shape | None = None,
    use_input_stats: bool = True,
    op: str = "instance_norm",
) -> Shape:
    """`F.instance_norm(input, running_mean, running_var, weight, bias, use_input_stats)`:
    input `[N, C, *]` -> same shape. `op` names the call in messages.

    Raises:
        ShapeMismatch: a 0-dim or 1-D input, per-channel tensors without `C` elements, no running
            stats without `use_input_stats`, or (with `use_input_stats`) one spatial element.
            As torch: with `use_input_stats` the running stats are `[C]`; for an empty
            input (a literal 0) the counts are not checked, but an empty weight or bias (once
            repeated for the batch) is an error.
    """
    if use_input_stats and isinstance(spatial := shape_numel(input[2:]), int) and spatial == 1:
        raise ShapeMismatch(
            f'"{op}" expects more than 1 spatial element when using input statistics, got input '
            f"{format_shape(input)}"
        )
    if not use_input_stats and (running_mean is None or running_var is None):
        raise ShapeMismatch(f'"{op}" expects running_mean and running_var without use_input_stats')
    if len(input) < 2:
        raise ShapeMismatch(
            f'"{op}" expects an input [N, C, *] with at least 2 dims, got {format_shape(input)}'
        )
    for what, t in (
        ("weight", weight),
        ("bias", bias),
        ("running_mean", running_mean),
        ("running_var", running_var),
    ):
        if t is not None:
            _per_channel(t, what, input, use_input_stats, op)
    return input


def instance_norm_layer_shape(
    input: Shape,
    num_features: Dim,
    spatial: int,
    affine: bool = False,
    track_running_stats: bool = False,
    training: bool = True,
    *,
    layer: str,
) -> Shape:
    """`InstanceNorm{1,2,3}d(num_features, affine, track_running_stats)`: an unbatched
    `[C, *spatial]` or batched `[N, C, *spatial]` input -> same shape.

    `C` must be `num_features` when the layer has a weight (`affine`), and its running stats
    (`track_running_stats`) need `num_features` channels too, except in an empty batch; otherwise
    torch only warns. Input statistics (training, or no running stats) need more than one spatial
    element.
    """
    unbatched, batched = spatial + 1, spatial + 2
    if len(input) not in (unbatched, batched):
        raise ShapeMismatch(
            f'"{layer}" expects a {unbatched}-D (unbatched) or {batched}-D (batched) input, got '
            f"{len(input)}-D input {format_shape(input)}"
        )
    channel = len(input) - spatial - 1
    if affine:
        require_equal(
            input[channel],
            num_features,
            f'"{layer}" expects {{b}} channels (dim {channel}), got {{a}} in input '
            f"{format_shape(input)}",
        )
    batched_input = input if len(input) == batched else (1, *input)
    stats = (num_features,) if track_running_stats else None
    weight = (num_features,) if affine else None
    instance_norm_shape(
        batched_input,
        stats,
        stats,
        weight,
        weight,
        use_input_stats=training or not track_running_stats,
        op=layer,
    )
    return input


def local_response_norm_shape(input: Shape, size: Dim) -> Shape:
    """`F.local_response_norm(input, size)` / `LocalResponseNorm(size)`: input `[N, C, *]` with at
    least 3 dims -> same shape. An empty input (a literal 0) is returned before `size` is used.

    Raises:
        ShapeMismatch: an input with fewer than 3 dims, or `size < 1`.
    """
    op = "local_response_norm"
    if len(input) < 3:
        raise ShapeMismatch(
            f'"{op}" expects an input [N, C, *] with at least 3 dims, got {len(input)}-D input '
            f"{format_shape(input)}"
        )
    if any(d == 0 for d in input):
        return input
    if is_negative(size - 1):
        raise ShapeMismatch(f'"{op}" expects size > 0, got {format_dim(size)}')
    return input


def norm_params_dtype(params: str, input: str, op: str) -> str:
    """The output dtype of a normalization with an affine weight (batch, layer, group, instance
    norm) of dtype `params`: the input's, which must be the weight's, or float16/bfloat16 with a
    float32 weight (torch's mixed-precision kernels).

    Raises:
        DTypeMismatch: any other pair ("mixed dtype (CPU)").
    """
    if params == "float32" and input in ("float16", "bfloat16"):
        return input
    return require_same_dtype(op, params, input, ("the layer", "the input"))


_HALF: Final = frozenset({"float16", "bfloat16"})


def norm_dtype(op: str, input: str, params: Sequence[tuple[str, str]], empty: bool = False) -> str:
    """The output dtype of `batch_norm` / `layer_norm` / `group_norm` of an `input` dtype with
    `params` (`(name, dtype)` of each of running_mean, running_var, weight, bias given).

    torch's CPU kernels take a floating point input with parameters of its dtype, or a float16 /
    bfloat16 input with float32 parameters (mixed precision), and give the input's dtype.
    `batch_norm` of an empty input runs no kernel: any dtypes; the result is then the input's,
    or for a bool or integer input the weight's (else the bias') dtype.

    Raises:
        DTypeMismatch: no kernel for the input's dtype, or parameters of another dtype.
    """
    if op == "batch_norm" and empty:
        if category(input) <= 1:
            affine = [p for what, p in params if what in ("weight", "bias")]
            return affine[0] if affine else input
        return input
    check_kernel(op, input, None)
    mixed = input in _HALF and all(p == "float32" for _, p in params)
    for what, p in params:
        if p != input and not mixed:
            raise DTypeMismatch(
                f'Incompatible dtypes for "{op}": input is {input} and {what} is {p} (convert '
                f"{what} with .to(torch.{input})"
                + (", or pass float32 parameters for mixed precision)" if input in _HALF else ")")
            )
    return input
