"""Where op families register their hooks, keyed by the fully-qualified name mypy asks about.

A family module (`_matmul.py`, ...) decorates a hook with `@op("torch._tensor.Tensor.view")`;
`_plugin.py` imports every family and dispatches. A hook receives the bound `Call` and a fresh
`Codec` and returns the call's result type, or None to leave mypy's own type. It may raise
`RuleError`: reported at the call with the rule's code, the result's shapes made unknown.
Anything else it raises is reported as `typedtorch-internal` and mypy's default is used.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from mypy.types import Type

from ._calls import Call
from ._codec import Codec

OpHook = Callable[[Call, Codec], Type | None]

OP_HOOKS: Final[dict[str, OpHook]] = {}


def op(*fullnames: str) -> Callable[[OpHook], OpHook]:
    """Register `hook` for each `module.Class.method` / `module.function` name."""

    def decorate(hook: OpHook) -> OpHook:
        for name in fullnames:
            if name in OP_HOOKS:
                raise RuntimeError(f"two typedtorch hooks registered for {name}")
            OP_HOOKS[name] = hook
        return hook

    return decorate
