"""Opt-in runtime checks of typed layers' forwards: `with typedtorch.nn.runtime_checks(): ...`.

Typed layers are plain torch layers with no runtime code. While checks are on, torch's global
module hooks check every call of a typedtorch.nn layer: before the forward, the input's shape
(against the shared rules in `typedtorch._shapes`, fed with the layer's runtime attributes, as
the mypy plugin feeds them with its type arguments) and its dtype/device (against the layer's
parameters); after the forward, that the output has the shape the rule computed. Plain
`torch.nn` layers and layers not listed in `_RULES` are not checked. With checks off no hook is
registered: zero overhead.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import torch
from torch.utils.hooks import RemovableHandle

from .._checking import TensorTypeError
from .._shapes import (
    RuleError,
    Shape,
    adaptive_pool_shape,
    batch_norm_shape,
    conv_shape,
    conv_transpose_shape,
    embedding_shape,
    flatten_shape,
    format_shape,
    group_norm_shape,
    layer_norm_shape,
    linear_shape,
    pool_shape,
    require_in_channels,
    require_in_features,
    unflatten_shape,
)
from ._conv import Conv1d, Conv2d, Conv3d, ConvTranspose1d, ConvTranspose2d, ConvTranspose3d
from ._embedding import Embedding
from ._flatten import Flatten, Unflatten
from ._linear import Linear
from ._norm import BatchNorm1d, BatchNorm2d, BatchNorm3d, GroupNorm, LayerNorm
from ._pool import (
    AdaptiveAvgPool1d,
    AdaptiveAvgPool2d,
    AdaptiveAvgPool3d,
    AdaptiveMaxPool1d,
    AdaptiveMaxPool2d,
    AdaptiveMaxPool3d,
    AvgPool1d,
    AvgPool2d,
    AvgPool3d,
    MaxPool1d,
    MaxPool2d,
    MaxPool3d,
)

__all__ = [
    "disable_runtime_checks",
    "enable_runtime_checks",
    "runtime_checks",
    "runtime_checks_enabled",
]

# A layer's rule: (module, its label, input shape) -> expected output shape; raises RuleError.
Rule = Callable[[Any, str, Shape], Shape]


# -- rules: the layer's runtime attributes fed to the shared shape rules -----------------------
# Each mirrors the plugin's mapping in `mypy_plugin/_nn.py` (same rule, same arguments), reading
# the module's attributes instead of its type arguments; weights are read from the parameters.


def _linear(m: Any, label: str, x: Shape) -> Shape:
    # The layer-level wording, as the plugin reports it, before the functional rule's.
    require_in_features(label, x, m.in_features)
    bias = None if m.bias is None else tuple(m.bias.shape)
    return linear_shape(x, tuple(m.weight.shape), bias)


def _channels_check(label: str, x: Shape, channels: int, spatial: int) -> None:
    require_in_channels(label, x, channels, spatial)


def _conv(spatial: int) -> Rule:
    def rule(m: Any, label: str, x: Shape) -> Shape:
        _channels_check(label, x, m.in_channels, spatial)
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


def _conv_transpose(spatial: int) -> Rule:
    def rule(m: Any, label: str, x: Shape) -> Shape:
        _channels_check(label, x, m.in_channels, spatial)
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


def _pool(kind: str, spatial: int) -> Rule:
    def rule(m: Any, label: str, x: Shape) -> Shape:
        return pool_shape(
            x,
            m.kernel_size,
            m.stride,
            m.padding,
            m.dilation if kind == "max" else 1,
            bool(m.ceil_mode),
            spatial=spatial,
            op=f"{kind}_pool{spatial}d",
        )

    return rule


def _adaptive(kind: str, spatial: int) -> Rule:
    def rule(m: Any, label: str, x: Shape) -> Shape:
        size = m.output_size
        output = tuple(size) if isinstance(size, (tuple, list)) else size
        return adaptive_pool_shape(x, output, spatial=spatial, op=f"adaptive_{kind}_pool{spatial}d")

    return rule


def _batch_norm(spatial: int) -> Rule:
    ranks = (2, 3) if spatial == 1 else (spatial + 2,)

    def rule(m: Any, label: str, x: Shape) -> Shape:
        return batch_norm_shape(x, m.num_features, ranks, label)

    return rule


def _layer_norm(m: Any, label: str, x: Shape) -> Shape:
    return layer_norm_shape(x, tuple(m.normalized_shape), label)


def _group_norm(m: Any, label: str, x: Shape) -> Shape:
    return group_norm_shape(x, m.num_groups, m.num_channels, label)


def _embedding(m: Any, label: str, x: Shape) -> Shape:
    return embedding_shape(x, m.embedding_dim)


def _flatten(m: Any, label: str, x: Shape) -> Shape:
    return flatten_shape(x, m.start_dim, m.end_dim)


def _unflatten(m: Any, label: str, x: Shape) -> Shape:
    return unflatten_shape(x, m.dim, tuple(m.unflattened_size))


_RULES: dict[type[torch.nn.Module], Rule] = {
    Linear: _linear,
    LayerNorm: _layer_norm,
    GroupNorm: _group_norm,
    Embedding: _embedding,
    Flatten: _flatten,
    Unflatten: _unflatten,
}
for _n, (_conv_cls, _convt_cls, _max, _avg, _amax, _aavg, _bn) in enumerate(
    (
        (
            Conv1d,
            ConvTranspose1d,
            MaxPool1d,
            AvgPool1d,
            AdaptiveMaxPool1d,
            AdaptiveAvgPool1d,
            BatchNorm1d,
        ),
        (
            Conv2d,
            ConvTranspose2d,
            MaxPool2d,
            AvgPool2d,
            AdaptiveMaxPool2d,
            AdaptiveAvgPool2d,
            BatchNorm2d,
        ),
        (
            Conv3d,
            ConvTranspose3d,
            MaxPool3d,
            AvgPool3d,
            AdaptiveMaxPool3d,
            AdaptiveAvgPool3d,
            BatchNorm3d,
        ),
    ),
    start=1,
):
    _RULES[_conv_cls] = _conv(_n)
    _RULES[_convt_cls] = _conv_transpose(_n)
    _RULES[_max] = _pool("max", _n)
    _RULES[_avg] = _pool("avg", _n)
    _RULES[_amax] = _adaptive("max", _n)
    _RULES[_aavg] = _adaptive("avg", _n)
    _RULES[_bn] = _batch_norm(_n)

_CONV_TRANSPOSE = (ConvTranspose1d, ConvTranspose2d, ConvTranspose3d)


def _rule_of(module: torch.nn.Module) -> Rule | None:
    # The most derived covered class: a user's subclass of a typed layer keeps its rule.
    for cls in type(module).__mro__:
        rule = _RULES.get(cls)
        if rule is not None:
            return rule
    return None


# -- checks ------------------------------------------------------------------------------------


def _checked_input(module: torch.nn.Module, args: tuple[Any, ...]) -> torch.Tensor | None:
    """The input tensor a covered layer is called with, or None when the call is not checked."""
    if len(args) != 1 or not isinstance(args[0], torch.Tensor):
        # Keyword inputs are invisible to global pre-hooks; ConvTranspose's `output_size`
        # changes the output padding: neither is checked.
        return None
    return args[0]


def _check_kinds(module: torch.nn.Module, label: str, x: torch.Tensor) -> None:
    """The input's dtype and device against the layer's parameters (as the plugin does)."""
    param = next(module.parameters(recurse=False), None)
    if isinstance(module, Embedding):
        if x.dtype not in (torch.int64, torch.int32):
            raise TensorTypeError(
                f'"{label}" expects integer indices (int64 or int32), got a '
                f"{str(x.dtype).removeprefix('torch.')} input"
            )
    elif param is not None and x.dtype != param.dtype and not _autocast_on(x):
        raise TensorTypeError(
            f'"{label}" expects a {str(param.dtype).removeprefix("torch.")} input (the dtype of '
            f"its parameters), got {str(x.dtype).removeprefix('torch.')} input "
            f"{format_shape(tuple(x.shape))}"
        )
    if param is not None and x.device != param.device:
        raise TensorTypeError(
            f'"{label}" expects an input on {param.device} (the device of its parameters), '
            f"got an input on {x.device}"
        )


def _autocast_on(x: torch.Tensor) -> bool:
    # Under autocast torch casts inputs and parameters itself: mixed dtypes are expected.
    return torch.is_autocast_enabled(x.device.type)


def _expected(module: torch.nn.Module, rule: Rule, x: torch.Tensor) -> Shape:
    label = repr(module)
    try:
        return rule(module, label, tuple(x.shape))
    except RuleError as err:
        message = err.message if label in err.message else f'"{label}": {err.message}'
        raise TensorTypeError(message) from None


def _pre_hook(module: torch.nn.Module, args: tuple[Any, ...]) -> None:
    rule = _rule_of(module)
    if rule is None:
        return
    x = _checked_input(module, args)
    if x is None:
        return
    _check_kinds(module, repr(module), x)
    _expected(module, rule, x)


def _post_hook(
    module: torch.nn.Module, args: tuple[Any, ...], kwargs: dict[str, Any], output: Any
) -> None:
    rule = _rule_of(module)
    if rule is None or kwargs:
        return
    x = _checked_input(module, args)
    if x is None:
        return
    expected = _expected(module, rule, x)
    # MaxPool / AdaptiveMaxPool with return_indices=True: (values, indices), both that shape.
    outputs = output if isinstance(output, tuple) else (output,)
    for out in outputs:
        if isinstance(out, torch.Tensor) and tuple(out.shape) != expected:
            raise TensorTypeError(
                f'"{repr(module)}" returned shape {format_shape(tuple(out.shape))} for input '
                f"{format_shape(tuple(x.shape))}, but typedtorch's shape rule computed "
                f"{format_shape(expected)}: this is a bug in typedtorch's shape rules, "
                "please report it"
            )


# -- switching -----------------------------------------------------------------------------------

_handles: list[RemovableHandle] = []


def enable_runtime_checks() -> None:
    """Check every typedtorch.nn layer's forward from now on (idempotent).

    Registers torch's global module hooks. Covered layers raise `typedtorch.TensorTypeError`
    before the forward when the input's shape, dtype or device does not fit the layer.
    """
    if _handles:
        return
    _handles.append(torch.nn.modules.module.register_module_forward_pre_hook(_pre_hook))
    _handles.append(
        torch.nn.modules.module.register_module_forward_hook(_post_hook, with_kwargs=True)
    )


def disable_runtime_checks() -> None:
    """Remove the hooks `enable_runtime_checks` registered (a no-op when checks are off)."""
    while _handles:
        _handles.pop().remove()


def runtime_checks_enabled() -> bool:
    """Whether typed layers' forwards are checked now."""
    return bool(_handles)


@contextmanager
def runtime_checks() -> Iterator[None]:
    """Check typedtorch.nn layers' forwards inside the block; restore the previous state after.

    Example:
        >>> with tnn.runtime_checks():
        ...     model(x)  # raises typedtorch.TensorTypeError naming the layer on a bad input
    """
    was_on = runtime_checks_enabled()
    enable_runtime_checks()
    try:
        yield
    finally:
        if not was_on:
            disable_runtime_checks()
