"""Opt-in runtime checks of typed layers' forwards: `with typedtorch.nn.runtime_checks(): ...`.

Typed layers are plain torch layers with no runtime code. While checks are on, torch's global
module hooks check every call of a typedtorch.nn layer with its rule (`_runtime_rules.py`: the
shared shape rules fed with the layer's runtime attributes, as the plugin feeds them with type
arguments). Before the forward: the inputs' shapes, and their dtype/device against the layer's
parameters. After the forward: that the output is what the rule computed. Inputs passed by
keyword are seen only after the forward (torch's global pre-hooks get positional arguments
only). Plain `torch.nn` layers are not checked. With checks off no hook is registered: zero
overhead. Under `torch.compile` (Dynamo tracing) the hooks check nothing: the checks are Python
on fake tensors, which the compiled graph would have to trace.
"""

from __future__ import annotations

import functools
import inspect
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import torch
from torch.utils.hooks import RemovableHandle

from .._checking import TensorTypeError
from .._shapes import format_shape
from ._runtime_rules import (
    Arguments,
    Expected,
    LayerRule,
    Outputs,
    dtype_name,
    expected_output,
    format_expected,
    label_of,
    rule_of,
)

__all__ = [
    "disable_runtime_checks",
    "enable_runtime_checks",
    "runtime_checks",
    "runtime_checks_enabled",
]


# -- a call's arguments --------------------------------------------------------------------------

_FORWARD_PARAMETERS: dict[type[torch.nn.Module], tuple[tuple[str, ...], bool]] = {}


def _forward_parameters(cls: type[torch.nn.Module]) -> tuple[tuple[str, ...], bool]:
    """The names of `cls.forward`'s parameters after self, and whether it takes `*args`."""
    known = _FORWARD_PARAMETERS.get(cls)
    if known is None:
        parameters = list(inspect.signature(cls.forward).parameters.values())[1:]
        names = tuple(
            p.name
            for p in parameters
            if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)
        )
        variadic = any(p.kind is p.VAR_POSITIONAL for p in parameters)
        known = _FORWARD_PARAMETERS[cls] = (names, variadic)
    return known


def _arguments(
    module: torch.nn.Module, rule: LayerRule, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> Arguments | None:
    """The call's arguments by parameter name; None when the call is not checked: the inputs
    are not all tensors (a PackedSequence, a nested tensor), or are passed in a way the
    forward's signature does not name."""
    names, variadic = _forward_parameters(type(module))
    if len(args) > len(names) and not variadic:
        return None  # torch raises its own TypeError
    arguments = dict(zip(names, args, strict=False))
    arguments.update(kwargs)
    for name in rule.inputs:
        value = arguments.get(name)
        if not isinstance(value, torch.Tensor) or value.is_nested:
            return None
    return arguments


# -- checks ------------------------------------------------------------------------------------


def _tensors(value: Any) -> list[torch.Tensor]:
    if isinstance(value, torch.Tensor):
        return [value]
    if isinstance(value, (tuple, list)):
        return [v for v in value if isinstance(v, torch.Tensor)]
    return []


def _check_kinds(module: torch.nn.Module, rule: LayerRule, label: str, a: Arguments) -> None:
    """The inputs' dtype and device against the layer's parameters (as the plugin does)."""
    param = next(module.parameters(), None)
    if param is None:
        return
    for name in rule.like_parameters:
        for x in _tensors(a.get(name)):
            if x.dtype != param.dtype and not _autocast_on(x):
                raise TensorTypeError(
                    f'"{label}" expects a {dtype_name(param.dtype)} {_what(name)} (the dtype '
                    f"of its parameters), got {dtype_name(x.dtype)} {_what(name)} "
                    f"{format_shape(tuple(x.shape))}"
                )
            if x.device != param.device:
                raise TensorTypeError(
                    f'"{label}" expects {_what(name, article=True)} on {param.device} (the '
                    f"device of its parameters), got {_what(name, article=True)} on {x.device}"
                )


def _what(name: str, *, article: bool = False) -> str:
    if name == "input":
        return "an input" if article else "input"
    return name


def _autocast_on(x: torch.Tensor) -> bool:
    # Under autocast torch casts inputs and parameters itself: mixed dtypes are expected.
    return bool(torch.is_autocast_enabled(x.device.type))


# -- where the failing layer is ---------------------------------------------------------------

# The frames of `Module.__call__`: their `self` are the modules being called, innermost first.
_CALL_CODES = frozenset(
    getattr(torch.nn.Module, name).__code__
    for name in ("_call_impl", "_wrapped_call_impl")
    if hasattr(getattr(torch.nn.Module, name, None), "__code__")
)


def _calling_modules(module: torch.nn.Module) -> list[torch.nn.Module]:
    """The modules whose calls are running, outermost first, ending with `module`."""
    chain: list[torch.nn.Module] = []
    frame = sys._getframe(1)
    while frame is not None:
        if frame.f_code in _CALL_CODES:
            caller = frame.f_locals.get("self")
            if isinstance(caller, torch.nn.Module) and (not chain or chain[-1] is not caller):
                chain.append(caller)
        frame = frame.f_back  # type: ignore[assignment]
    chain.reverse()
    if not chain or chain[-1] is not module:
        chain.append(module)
    return chain


def _name_in(parent: torch.nn.Module, child: torch.nn.Module) -> str | None:
    for name, candidate in parent.named_modules(remove_duplicate=False):
        if candidate is child and name:
            return name
    return None


def locate(module: torch.nn.Module, message: str) -> str:
    """`message` prefixed with where `module` sits in the model being called: its path from the
    outermost module (`encoder.layers.2.linear1`), and in a Sequential its position and the layer
    that fed it, as the static error says it. A layer called on its own gets `message` as is."""
    chain = _calling_modules(module)
    names: list[str] = []
    for parent, child in zip(chain, chain[1:], strict=False):
        name = _name_in(parent, child)
        if name is not None:
            names.append(name)
    if not names:
        return message
    path = ".".join(names)
    parent = chain[-2]
    if isinstance(parent, torch.nn.Sequential) and names[-1].isdigit():
        position = int(names[-1])
        container = ".".join(names[:-1])
        sequential = f'Sequential "{container}"' if container else "Sequential"
        which = f"{sequential} layer {position}"
        if position == 0:
            return f"{which} cannot take the input: {message}"
        before = label_of(parent[position - 1])
        return f'{which} cannot take the output of layer {position - 1} "{before}": {message}'
    return f'In "{path}": {message}'


def _located(check: Any) -> Any:
    """A hook that raises its `TensorTypeError` with the failing layer's place in the model."""

    @functools.wraps(check)
    def hook(module: torch.nn.Module, *args: Any) -> None:
        try:
            check(module, *args)
        except TensorTypeError as err:
            raise TensorTypeError(locate(module, str(err))) from None

    return hook


def _pre_hook(module: torch.nn.Module, args: tuple[Any, ...]) -> None:
    # Global pre-hooks see positional arguments only; inputs passed by keyword are checked
    # by the post-hook (after the forward, when torch has not rejected them first).
    # Compiling is asked first: dynamo cannot trace `rule_of` (`vars(cls)`) in every torch (2.6).
    if torch.compiler.is_compiling():
        return
    rule = rule_of(module)
    if rule is None:
        return
    arguments = _arguments(module, rule, args, {})
    if arguments is None:
        return
    _check_kinds(module, rule, label_of(module), arguments)
    expected_output(module, rule, arguments)


def _post_hook(
    module: torch.nn.Module, args: tuple[Any, ...], kwargs: dict[str, Any], output: Any
) -> None:
    if torch.compiler.is_compiling():
        return
    rule = rule_of(module)
    if rule is None:
        return
    arguments = _arguments(module, rule, args, kwargs)
    if arguments is None:
        return
    if kwargs:
        _check_kinds(module, rule, label_of(module), arguments)
    expected = expected_output(module, rule, arguments)
    if not _matches(expected, output):
        shapes = ", ".join(
            f"{name} {format_shape(tuple(t.shape))}"
            for name in rule.inputs
            for t in _tensors(arguments.get(name))
        )
        raise TensorTypeError(
            f'"{label_of(module)}" returned {_format_output(output)} for {shapes}, but '
            f"typedtorch's shape rule computed {format_expected(expected)}: this is a bug in "
            "typedtorch's shape rules, please report it"
        )


def _matches(expected: Expected, output: Any) -> bool:
    if expected is None:
        return True
    if isinstance(expected, Outputs):
        return (
            isinstance(output, (tuple, list))
            and len(output) == len(expected.items)
            and all(_matches(e, o) for e, o in zip(expected.items, output, strict=True))
        )
    if isinstance(output, tuple):
        # MaxPool / AdaptiveMaxPool with return_indices=True: (values, indices), both that shape.
        return all(_matches(expected, o) for o in output)
    return isinstance(output, torch.Tensor) and tuple(output.shape) == expected


def _format_output(output: Any) -> str:
    if isinstance(output, torch.Tensor):
        return f"shape {format_shape(tuple(output.shape))}"
    if isinstance(output, (tuple, list)):
        return "(" + ", ".join(_format_output(o) for o in output) + ")"
    return repr(output)


# -- switching -----------------------------------------------------------------------------------

_handles: list[RemovableHandle] = []


def enable_runtime_checks() -> None:
    """Check every typedtorch.nn layer's forward from now on (idempotent).

    Registers torch's global module hooks. Covered layers raise `typedtorch.TensorTypeError`
    before the forward when the input's shape, dtype or device does not fit the layer.
    """
    if _handles:
        return
    _handles.append(torch.nn.modules.module.register_module_forward_pre_hook(_located(_pre_hook)))
    _handles.append(
        torch.nn.modules.module.register_module_forward_hook(_located(_post_hook), with_kwargs=True)
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
