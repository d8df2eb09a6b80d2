"""Error codes and the one place diagnostics are emitted.

Codes: `shape` (definitely wrong), `shape-unproven` (symbolic dims that may or may not agree; a
sub-code of `shape`, so `disable_error_code = shape-unproven` relaxes it alone), `dtype`,
`device`, `layer-argument` (a layer built with arguments its constructor rejects: `Linear(-1, 3)`),
`typedtorch-annotation` (a malformed typedtorch annotation) and `typedtorch-internal` (a bug in
the plugin, reported instead of crashing mypy).
"""

from __future__ import annotations

from typing import Final

from mypy.errorcodes import ErrorCode
from mypy.nodes import Context
from mypy.plugin import CheckerPluginInterface, TypeAnalyzerPluginInterface
from mypy.types import AnyType, Type, TypeOfAny, UnionType, get_proper_type

from typedtorch._shapes import RuleError

SHAPE: Final = ErrorCode("shape", "Tensor shapes are incompatible", "typedtorch")
SHAPE_UNPROVEN: Final = ErrorCode(
    "shape-unproven",
    "Symbolic tensor dims cannot be proven compatible",
    "typedtorch",
    sub_code_of=SHAPE,
)
DTYPE: Final = ErrorCode("dtype", "Tensor dtypes are incompatible", "typedtorch")
DEVICE: Final = ErrorCode("device", "Tensors are on different devices", "typedtorch")
LAYER_ARGUMENT: Final = ErrorCode(
    "layer-argument", "A layer's constructor rejects its arguments", "typedtorch"
)
ANNOTATION: Final = ErrorCode(
    "typedtorch-annotation", "Malformed typedtorch annotation", "typedtorch"
)
INTERNAL: Final = ErrorCode(
    "typedtorch-internal", "The typedtorch plugin hit an internal error", "typedtorch"
)

_BY_RULE_CODE: Final = {
    "shape": SHAPE,
    "shape-unproven": SHAPE_UNPROVEN,
    "dtype": DTYPE,
    "device": DEVICE,
}


def report_rule_error(
    api: CheckerPluginInterface | TypeAnalyzerPluginInterface, error: RuleError, context: Context
) -> None:
    """Emit a rule's error at the call that caused it, with the rule's code."""
    api.fail(error.message, context, code=_BY_RULE_CODE[error.code])


def unknown_after_error() -> AnyType:
    """The result of a call whose error was just reported: unknown, so that nothing downstream
    reports an error that follows from it (ops given it answer the same, see `after_error`).

    Not a tensor of unknown shape: mypy's redefinition widening keeps a rebound variable's
    earlier types beside it (`x = layer(x)`), an unknown shape overlaps them all, and the
    function's final `return x` then failed.
    """
    return AnyType(TypeOfAny.from_error)


def after_error(typ: Type) -> bool:
    """`typ` is (or holds, in a union, as a rebound variable is left) `unknown_after_error`'s
    `Any`, or an `Any` derived from it (`x.relu()` on such an `x`)."""
    p = get_proper_type(typ)
    for item in p.items if isinstance(p, UnionType) else [p]:
        q = get_proper_type(item)
        if isinstance(q, AnyType):
            source = q.source_any if q.type_of_any == TypeOfAny.from_another_any else q
            if source is not None and source.type_of_any == TypeOfAny.from_error:
                return True
    return False


def report(
    api: CheckerPluginInterface | TypeAnalyzerPluginInterface,
    message: str,
    context: Context,
    code: ErrorCode,
) -> None:
    api.fail(message, context, code=code)
