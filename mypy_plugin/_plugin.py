"""The plugin class: thin dispatch from mypy's hook names to the op families' hooks.

Why signature hooks: an op's error must be reported where the call is written. mypy checks an
overloaded call by trying each overload with errors suppressed, and takes an error raised by a
result hook during that trial to mean "this overload does not match"; the error is then lost.
So op hooks run as *signature* hooks, which mypy applies before resolving overloads: the hook
computes the result once (on the first overload item), reports any error, and hands back every
overload item with its return type set to the result and its parameters relaxed to `Any`, all
but those no shape, dtype or device decides (`int`, `Sequence[int]`, `str`: mypy checks those as
declared, so `x.view(2.5)` is its `call-overload`; see `plain_parameter`).

Binary operators are tried as `a.__op__(b)` and then `b.__rop__(a)` with errors suppressed; mypy
reports the first variant's errors only when every variant fails. Families therefore register
the reflected dunder too, so that both fail on a bad call and the user sees our message.

Every hook is total: a `RuleError` becomes one diagnostic with the rule's code and an unknown-
shape result (errors do not cascade); any other exception becomes one `typedtorch-internal`
diagnostic and mypy's default. Set TYPEDTORCH_PLUGIN_DEBUG=1 to let exceptions through.
"""

from __future__ import annotations

import functools
import hashlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import Final

from mypy.nodes import (
    AssignmentStmt,
    CallExpr,
    Context,
    Decorator,
    FakeInfo,
    FuncDef,
    NameExpr,
    OverloadedFuncDef,
    RefExpr,
    ReturnStmt,
    TypeInfo,
    Var,
)
from mypy.options import Options
from mypy.plugin import (
    AnalyzeTypeContext,
    AttributeContext,
    CheckerPluginInterface,
    FunctionContext,
    FunctionSigContext,
    MethodContext,
    MethodSigContext,
    Plugin,
    ReportConfigContext,
    TypeAnalyzerPluginInterface,
)
from mypy.plugins.default import DefaultPlugin
from mypy.types import (
    AnyType,
    CallableType,
    FunctionLike,
    Instance,
    Type,
    TypeOfAny,
    TypeVarTupleType,
    TypeVarType,
    UnionType,
    get_proper_type,
)

import typedtorch._shapes
from typedtorch._shapes import RuleError
from typedtorch._shapes._symbolic import assuming

from . import (
    _activations,  # noqa: F401
    _conv,  # noqa: F401
    _diag,  # noqa: F401
    _einsum,  # noqa: F401
    _elementwise,  # noqa: F401
    _factories,  # noqa: F401
    _function_forms,
    _functional_dropout,  # noqa: F401
    _functional_layers,  # noqa: F401
    _functional_loss,  # noqa: F401
    _functional_more,  # noqa: F401
    _indexing,  # noqa: F401
    _joins,  # noqa: F401
    _layout,  # noqa: F401
    _layout_more,
    _linalg,  # noqa: F401
    _losses_more,  # noqa: F401
    _matmul,  # noqa: F401  (each family registers its hooks on import)
    _movers,  # noqa: F401
    _new_tensors,  # noqa: F401
    _nn,  # noqa: F401
    _nn_attention,  # noqa: F401
    _nn_loss,  # noqa: F401
    _nn_rnn,  # noqa: F401
    _pointwise_more,  # noqa: F401
    _reductions,  # noqa: F401
    _reductions_more,  # noqa: F401
    _reshape,  # noqa: F401
    _retype,  # noqa: F401
    _scalar_compare,  # noqa: F401
    _scattering,  # noqa: F401
    _sorting,  # noqa: F401
    _stats,  # noqa: F401
)
from ._annotations import check_tensor_annotation, with_defaults
from ._boundary import (
    bind_sizes,
    check_arguments,
    check_result,
    declared_tensor,
    plain_parameter,
    union_relaxed,
)
from ._calls import bind_call
from ._codec import TENSOR, Codec
from ._errors import INTERNAL, after_error, report, report_rule_error, unknown_after_error
from ._facts import facts_at
from ._indexing import size_tuple
from ._kind_values import TORCH_DEVICE, device_constructor
from ._names import MODULE
from ._nn import register_hook, registered_attribute, unmoored, walk_statements
from ._operators import OPERATORS, analyze_operator, defer, has_canonical, normalize
from ._registry import OP_HOOKS, OpHook

# After every family: function forms fall back to their method only where no family typed them.
_function_forms.register()

# Bump whenever inference changes: mypy keys its cache on it (report_config_data).
PLUGIN_VERSION: Final = "0.10.0"


@functools.cache
def cache_key() -> str:
    """The version and a digest of the plugin's own sources, for mypy's cache.

    mypy fingerprints only the plugin's entry module, so an edit to a family module or to a
    shape rule (or a forgotten version bump) would otherwise leave stale inferred types in every
    cache.
    """
    try:
        rules = Path(typedtorch._shapes.__file__).parent
        digest = hashlib.sha256()
        for source in sorted(Path(__file__).parent.glob("*.py")) + sorted(rules.glob("*.py")):
            digest.update(source.read_bytes())
    except OSError:  # sources not readable (a zipped install): the version alone
        return PLUGIN_VERSION
    return f"{PLUGIN_VERSION}+{digest.hexdigest()[:16]}"


_DEBUG_ENV: Final = "TYPEDTORCH_PLUGIN_DEBUG"
# Calls into these never return typed tensors: no need to look at their results.
_BUILTIN_PREFIXES: Final = ("builtins.", "typing.", "typing_extensions.", "_typeshed.")


def checker_codec(api: CheckerPluginInterface) -> Codec:
    # Look classes up in mypy's module table directly: `named_generic_type` asserts on a name
    # whose module is not bound as an attribute of its package.
    modules = api.modules  # type: ignore[attr-defined]

    def make(fullname: str, args: list[Type]) -> Instance:
        module, _, name = fullname.rpartition(".")
        tree = modules.get(module)
        node = tree.names.get(name) if tree is not None else None
        if node is None or not isinstance(node.node, TypeInfo):
            raise LookupError(f"typedtorch plugin cannot find {fullname}; is typedtorch imported?")
        return Instance(node.node, args)

    return Codec(make)


def analyzer_codec(api: TypeAnalyzerPluginInterface) -> Codec:
    return Codec(lambda fullname, args: api.named_type(fullname, args))


def _internal_error(
    api: CheckerPluginInterface | TypeAnalyzerPluginInterface,
    name: str,
    exc: Exception,
    context: Context,
) -> None:
    if os.environ.get(_DEBUG_ENV):
        raise exc
    report(
        api,
        f'typedtorch plugin failed on "{name}" ({type(exc).__name__}: {exc}); '
        "the result is unchecked. Please report this",
        context,
        INTERNAL,
    )


def _is_first_item(signature: CallableType, api: CheckerPluginInterface) -> bool:
    """Whether `signature` is the first item of its overload (or not overloaded at all)."""
    defn = signature.definition
    if not isinstance(defn, FuncDef):
        return True
    if isinstance(defn.info, FakeInfo):
        # A module-level function (its `info` is mypy's placeholder): find it in its module.
        module, _, _ = defn.fullname.rpartition(".")
        tree = api.modules.get(module)  # type: ignore[attr-defined]
        owner = tree.names.get(defn.name) if tree is not None else None
    else:
        owner = defn.info.names.get(defn.name)
    node = owner.node if owner is not None else None
    if not isinstance(node, OverloadedFuncDef) or not node.items:
        return True
    first = node.items[0]
    first_func = first.func if isinstance(first, Decorator) else first
    return first_func is defn


class _OpSignatureHook:
    """Runs an op hook for a call and rewrites each overload item to return its result."""

    def __init__(self, name: str, hook: OpHook) -> None:
        self.name = name
        self.hook = hook
        self.reflected = name.rsplit(".", 1)[-1] in _REFLECTED
        # The result for the call whose overload items are being rewritten right now: mypy
        # rewrites all items of one call in a row, starting with the first.
        self._last: tuple[Context, Type | None] | None = None

    def __call__(self, ctx: MethodSigContext | FunctionSigContext) -> FunctionLike:
        signature = ctx.default_signature
        try:
            first = _is_first_item(signature, ctx.api)
        except Exception:  # noqa: BLE001  (a hook must never crash mypy: compute afresh)
            first = True
        if first or self._last is None or self._last[0] is not ctx.context:
            declared = _type_context(ctx)
            result = self._compute(ctx)
            result = self._check_declared(ctx, result, declared)
            self._last = (ctx.context, result)
        else:
            result = self._last[1]
        if result is None:
            return signature
        # The result is computed from the actual arguments, so the callee's own type variables
        # are gone: dropping them stops mypy inferring them again from the surrounding context
        # (which, against a union holding `Any`, crashes mypy's TypeVarTuple expansion).
        # Parameters no shape, dtype or device decides keep their declared types (`x.view(2.5)`
        # is mypy's error); the rest are the hook's to check. After the hook's own error, all are
        # relaxed: one error per mistake (`avg_pool2d(x, (2, 2, 2))`).
        reported = after_error(result)
        return signature.copy_modified(
            arg_types=[
                t
                if not reported and plain_parameter(t)
                else AnyType(TypeOfAny.implementation_artifact)
                for t in signature.arg_types
            ],
            ret_type=result,
            variables=[],
        )

    def _check_declared(
        self,
        ctx: MethodSigContext | FunctionSigContext,
        result: Type | None,
        declared: tuple[Type, bool] | None,
    ) -> Type | None:
        """The result checked against what the code declares for it here (see
        `_declared_result`)."""
        if result is None or declared is None:
            return result
        return _declared_result(ctx, result, declared, self.name.rsplit(".", 1)[-1])

    def compute_for(self, ctx: FunctionContext) -> Type | None:
        """The hook's result for a call mypy gives no signature hook (see `_ResultHook`)."""
        return self._compute(ctx)

    def _compute(self, ctx: MethodSigContext | FunctionSigContext | FunctionContext) -> Type | None:
        codec = checker_codec(ctx.api)
        receiver = ctx.type if isinstance(ctx, MethodSigContext) else None
        try:
            if (
                self.name.endswith((".__call__", ".forward"))
                and isinstance(receiver, Instance)
                and receiver.type.has_base(MODULE)
            ):
                receiver = get_proper_type(unmoored(ctx.api, ctx.context, receiver, codec))
            call = bind_call(ctx.api, ctx.context, receiver, self.reflected)
            if call.unbindable and not getattr(self.hook, "reads_spread", False):
                return None
            if any(after_error(t) for t in [*call.positional, *call.keywords.values()]):
                return unknown_after_error()
            with assuming(facts_at(ctx.api, ctx.context, codec)):
                result = self.hook(call, codec)
            if result is not None and has_canonical(result):
                result = normalize(result, codec)
            return result
        except RuleError as err:
            report_rule_error(ctx.api, err, ctx.context)
            # Unknown, so that nothing downstream reports an error that follows from this one:
            # ops given it answer `Any` too (`after_error`). A tensor with unknown shape would
            # not do: mypy's redefinition widening keeps a rebound variable's earlier types
            # beside it (`x = layer(x)`), and they overlap an unknown shape, so the final
            # `return x` failed.
            return unknown_after_error()
        except Exception as exc:  # noqa: BLE001  (a hook must never crash mypy)
            _internal_error(ctx.api, self.name, exc, ctx.context)
            return None


_REFLECTED: Final = frozenset(
    {
        "__radd__",
        "__rsub__",
        "__rmul__",
        "__rtruediv__",
        "__rfloordiv__",
        "__rmod__",
        "__rpow__",
        "__rmatmul__",
        "__rand__",
        "__ror__",
        "__rxor__",
    }
)


def _normalize_result(ctx: MethodContext | FunctionContext) -> Type:
    """Any call whose result holds dim arithmetic: fold it after TypeVar substitution."""
    result = ctx.default_return_type
    if not has_canonical(result):
        return result
    try:
        return normalize(result, checker_codec(ctx.api))
    except Exception as exc:  # noqa: BLE001
        _internal_error(ctx.api, "dim arithmetic", exc, ctx.context)
        return result


def _called_through_variable(ctx: FunctionContext) -> bool:
    """Whether a class is called through a variable that holds it (`norm_layer(planes)` with
    `norm_layer: type[nn.BatchNorm2d]`): mypy then runs no signature hook, only result hooks."""
    context = ctx.context
    return (
        isinstance(context, CallExpr)
        and isinstance(context.callee, RefExpr)
        and isinstance(context.callee.node, Var)
    )


class _ResultHook:
    """Any call's result: folded (`_normalize_result`), then checked against the tensor type the
    code declares for it there (`x.clone()` returned where another shape is declared)."""

    def __init__(self, fullname: str, constructor: _OpSignatureHook | None = None) -> None:
        self.op = fullname.rsplit(".", 1)[-1]
        # A class's own hook, for where it is called through a variable (torchvision's injected
        # `norm_layer`): the layer it builds, read as if the class were named.
        self.constructor = constructor

    def __call__(self, ctx: MethodContext | FunctionContext) -> Type:
        if (
            self.constructor is not None
            and isinstance(ctx, FunctionContext)
            and _called_through_variable(ctx)
        ):
            built = self.constructor.compute_for(ctx)
            if built is not None:
                return built
        result = _normalize_result(ctx)
        try:
            declared = _type_context(ctx)
        except Exception as exc:  # noqa: BLE001  (a hook must never crash mypy)
            _internal_error(ctx.api, self.op, exc, ctx.context)
            return result
        return result if declared is None else _declared_result(ctx, result, declared, self.op)


def _declared_result(
    ctx: MethodSigContext | FunctionSigContext | MethodContext | FunctionContext,
    result: Type,
    declared: tuple[Type, bool],
    op: str,
) -> Type:
    """`result` where the code declares a tensor type for it: unknown after reporting that it
    cannot be that; the declared type where only the facts the code states make it fit (mypy,
    which knows no facts, then accepts it); else `result`."""
    expected, rigid = declared
    try:
        codec = checker_codec(ctx.api)
        with assuming(facts_at(ctx.api, ctx.context, codec)):
            verdict = check_result(ctx.api, codec, result, expected, op, ctx.context, rigid=rigid)
    except Exception as exc:  # noqa: BLE001  (a hook must never crash mypy)
        _internal_error(ctx.api, op, exc, ctx.context)
        return result
    if verdict == "reported":
        return unknown_after_error()
    return expected if verdict == "fitted" else result


def _defer_result(ctx: MethodSigContext | FunctionSigContext) -> FunctionLike:
    """Any callee: check tensor arguments against its declared tensor parameters (see
    `_boundary.py`); if its declared result holds dim arithmetic, defer it (see `defer`)."""
    signature = _check_boundaries(ctx, ctx.default_signature)
    if any(isinstance(v, TypeVarTupleType) for v in signature.variables):
        try:
            if any(after_error(ctx.api.get_expression_type(e)) for a in ctx.args for e in a):
                # An argument left unknown by an earlier error: the result is unknown too, and
                # no error follows from the first (nor mypy's crash on inferring from it).
                return signature.copy_modified(
                    arg_types=[AnyType(TypeOfAny.special_form)] * len(signature.arg_types),
                    ret_type=unknown_after_error(),
                    variables=[],
                )
            _drop_context_with_any(ctx)
        except Exception as exc:  # noqa: BLE001  (a hook must never crash mypy)
            _internal_error(ctx.api, "unknown after an error", exc, ctx.context)
            return signature
    if not has_canonical(signature.ret_type):
        return signature
    try:
        return signature.copy_modified(ret_type=defer(signature.ret_type, checker_codec(ctx.api)))
    except Exception as exc:  # noqa: BLE001
        _internal_error(ctx.api, "dim arithmetic", exc, ctx.context)
        return signature


def _check_boundaries(
    ctx: MethodSigContext | FunctionSigContext, signature: CallableType
) -> CallableType:
    """Bind the callee's dim variables given as sizes (`bind_sizes`); report tensor arguments
    that cannot fit the callee's declared tensor parameters, and relax those parameters so mypy
    reports nothing more. Overload items are left alone: another item may accept the call."""
    try:
        if (
            signature.variables
            and any(isinstance(get_proper_type(t), TypeVarType) for t in signature.arg_types)
            and not _is_overload_item(signature, ctx.api)
        ):
            signature = bind_sizes(ctx.api, checker_codec(ctx.api), signature, ctx.args)
    except Exception as exc:  # noqa: BLE001  (a hook must never crash mypy)
        _internal_error(ctx.api, "size arguments", exc, ctx.context)
    if not any(declared_tensor(t) for t in signature.arg_types):
        return signature
    try:
        if _is_overload_item(signature, ctx.api):
            return signature
        codec = checker_codec(ctx.api)
        with assuming(facts_at(ctx.api, ctx.context, codec)):
            bad, unions = check_arguments(ctx.api, codec, signature, ctx.args)
    except Exception as exc:  # noqa: BLE001  (a hook must never crash mypy)
        _internal_error(ctx.api, "boundary check", exc, ctx.context)
        return signature
    if not bad:
        return union_relaxed(signature, unions) if unions else signature
    # The result follows from the error: unknown, so that nothing downstream reports more.
    return signature.copy_modified(
        arg_types=[AnyType(TypeOfAny.special_form)] * len(signature.arg_types),
        ret_type=unknown_after_error(),
        variables=[],
    )


def _is_overload_item(signature: CallableType, api: CheckerPluginInterface) -> bool:
    defn = signature.definition
    if not isinstance(defn, FuncDef):
        return False
    if isinstance(defn.info, FakeInfo):
        module, _, _ = defn.fullname.rpartition(".")
        tree = api.modules.get(module)  # type: ignore[attr-defined]
        owner = tree.names.get(defn.name) if tree is not None else None
    else:
        owner = defn.info.names.get(defn.name)
    return owner is not None and isinstance(owner.node, OverloadedFuncDef)


def _type_context(
    ctx: MethodSigContext | FunctionSigContext | MethodContext | FunctionContext,
) -> tuple[Type, bool] | None:
    """The tensor type the code around a call declares for its value, if any (mypy's type
    context), and whether its type variables are the enclosing function's own (a declared
    return type, an annotated variable) rather than a callee's (a parameter). Not the type a
    variable had before it is rebound (`x = x.flatten(1)`): rebinding to a new shape is how
    torch code reads."""
    stack = getattr(getattr(ctx.api, "expr_checker", None), "type_context", None)
    if not isinstance(stack, list) or not stack or not isinstance(stack[-1], Type):
        return None
    if declared_tensor(stack[-1]) is None:
        return None
    role = _role(ctx.api, ctx.context)
    if role == "rebinds":
        return None
    return stack[-1], role == "declared"


def _role(api: CheckerPluginInterface, call: Context) -> str:
    """What `call`'s value is for: "declared" (returned, or assigned to an annotated variable),
    "rebinds" (assigned to a variable whose type was inferred, or to a parameter), or "other"."""
    scope = getattr(api, "scope", None)
    function = scope.current_function() if scope is not None else None
    tree = getattr(api, "tree", None)
    statements = function.body.body if function is not None else getattr(tree, "defs", [])
    for s in walk_statements(statements):
        if isinstance(s, ReturnStmt) and s.expr is call:
            return "declared"
        if isinstance(s, AssignmentStmt) and s.rvalue is call:
            if s.type is not None:
                return "declared"
            target = s.lvalues[-1] if s.lvalues else None
            var = target.node if isinstance(target, NameExpr) else None
            if not isinstance(var, Var) or var.is_inferred or var.is_argument:
                return "rebinds"
            return "declared"
    return "other"


def _drop_context_with_any(ctx: MethodSigContext | FunctionSigContext) -> None:
    """Let a call of a function generic in a TypeVarTuple ignore a type context that is a union
    holding `Any` (`x = f(x)` after `x` was redefined from a typed tensor to `Any`, e.g. the
    result of an erroneous call): mypy 2.4.1 infers the TypeVarTuple from that union and crashes
    ("Invalid type replacement to expand"). The arguments alone still solve it."""
    stack = getattr(getattr(ctx.api, "expr_checker", None), "type_context", None)
    if not isinstance(stack, list) or not stack or stack[-1] is None:
        return
    if _union_with_any(stack[-1]):
        stack[-1] = None


def _union_with_any(typ: Type) -> bool:
    p = get_proper_type(typ)
    return isinstance(p, UnionType) and any(
        isinstance(get_proper_type(item), AnyType) for item in p.items
    )


_TENSOR_DEVICE: Final = f"{TENSOR}.device"


def _tensor_device(ctx: AttributeContext) -> Type:
    """`x.device` of a `Tensor[CPU, ...]` is `CPU` (a `torch.device` subclass)."""
    receiver = ctx.type
    if isinstance(receiver, Instance) and receiver.type.fullname == TENSOR and receiver.args:
        return receiver.args[0]
    return ctx.default_attr_type


_TENSOR_SHAPE: Final = f"{TENSOR}.shape"


def _tensor_shape(ctx: AttributeContext) -> Type:
    """`x.shape` is a tuple of `int`s of the tensor's rank: a size held in a variable can be given
    any other int; what dims they are is read from the code where they are used."""
    try:
        x = checker_codec(ctx.api).tensor(ctx.type)
        if x is not None and x.shape is not None:
            return size_tuple(checker_codec(ctx.api), x.shape)
    except Exception as exc:  # noqa: BLE001  (a hook must never crash mypy)
        _internal_error(ctx.api, "shape", exc, ctx.context)
    return ctx.default_attr_type


def _attribute(fullname: str, ctx: AttributeContext) -> Type:
    """An attribute with a hook (`x.mT`): its rule's result; a `RuleError` reported as an op's."""
    try:
        result = _layout_more.ATTRIBUTE_HOOKS[fullname](ctx.type, checker_codec(ctx.api))
    except RuleError as err:
        report_rule_error(ctx.api, err, ctx.context)
        return unknown_after_error()
    except Exception as exc:  # noqa: BLE001  (a hook must never crash mypy)
        _internal_error(ctx.api, fullname.rpartition(".")[2], exc, ctx.context)
        return ctx.default_attr_type
    return ctx.default_attr_type if result is None else result


def _analyze(ctx: AnalyzeTypeContext) -> Type:
    try:
        return analyze_operator(ctx, analyzer_codec(ctx.api))
    except Exception as exc:  # noqa: BLE001
        _internal_error(ctx.api, ctx.type.name, exc, ctx.context)
        return AnyType(TypeOfAny.from_error)


def _in_stub(ctx: AnalyzeTypeContext) -> bool:
    """Whether the annotation is in a stub (torch's and typedtorch's, which spell their own
    generic signatures): only code is checked."""
    return bool(getattr(getattr(ctx.api, "api", None), "is_stub_file", False))


def _register_hook(ctx: MethodContext) -> Type:
    try:
        return register_hook(ctx)
    except Exception as exc:  # noqa: BLE001  (a hook must never crash mypy)
        _internal_error(ctx.api, "register_buffer", exc, ctx.context)
        return ctx.default_return_type


def _registered_attribute(name: str, ctx: AttributeContext) -> Type:
    try:
        return registered_attribute(ctx, name)
    except Exception as exc:  # noqa: BLE001  (a hook must never crash mypy)
        _internal_error(ctx.api, name, exc, ctx.context)
        return ctx.default_attr_type


def _device_constructor(ctx: FunctionContext) -> Type:
    try:
        return device_constructor(ctx, checker_codec(ctx.api))
    except Exception as exc:  # noqa: BLE001  (a hook must never crash mypy)
        _internal_error(ctx.api, "torch.device", exc, ctx.context)
        return ctx.default_return_type


class TypedTorchPlugin(Plugin):
    """Computes tensor shapes, dtypes and devices for typedtorch code."""

    def __init__(self, options: Options) -> None:
        super().__init__(options)
        self._op_hooks = {name: _OpSignatureHook(name, hook) for name, hook in OP_HOOKS.items()}
        self._default = DefaultPlugin(options)
        self._analyzing_tensor = False

    def get_type_analyze_hook(self, fullname: str) -> Callable[[AnalyzeTypeContext], Type] | None:
        if fullname == TENSOR and not self._analyzing_tensor:
            return self._analyze_tensor
        return _analyze if fullname in OPERATORS else None

    def _analyze_tensor(self, ctx: AnalyzeTypeContext) -> Type:
        """`Tensor[...]` in an annotation: analyzed by mypy as usual (this hook steps aside while
        it does), then its dims checked (`check_tensor_annotation`)."""
        self._analyzing_tensor = True
        try:
            analyzed = ctx.api.analyze_type(ctx.type)
        finally:
            self._analyzing_tensor = False
        if not ctx.type.args:
            return analyzed
        try:
            codec = analyzer_codec(ctx.api)
            if not _in_stub(ctx):
                check_tensor_annotation(ctx, analyzed, codec)
            return with_defaults(analyzed, codec)
        except Exception as exc:  # noqa: BLE001  (a hook must never crash mypy)
            _internal_error(ctx.api, "Tensor", exc, ctx.context)
        return analyzed

    def get_method_signature_hook(
        self, fullname: str
    ) -> Callable[[MethodSigContext], FunctionLike] | None:
        return self._op_hooks.get(fullname) or self._inherited_op_hook(fullname) or _defer_result

    def _inherited_op_hook(self, fullname: str) -> _OpSignatureHook | None:
        """A hook registered on a base class's method applies to its subclasses' calls too:
        mypy names a method call after the receiver's class (`mod.Net.__call__`), not after the
        class that defines the method (`torch.nn.modules.module.Module.__call__`)."""
        owner, _, method = fullname.rpartition(".")
        try:
            node = self.lookup_fully_qualified(owner) if owner else None
        except Exception:  # noqa: BLE001  (a name mypy cannot resolve here: no inherited hook)
            return None
        info = node.node if node is not None else None
        if not isinstance(info, TypeInfo):
            return None
        for base in info.mro:
            hook = self._op_hooks.get(f"{base.fullname}.{method}") if base is not info else None
            if hook is not None:
                return hook
            if method == "__call__" and "forward" in base.names:
                # A subclass of a layer with its own `forward` (a LoRA `Linear`): called
                # through that forward, not checked as the layer it extends.
                return self._op_hooks.get(f"{MODULE}.__call__")
        return None

    def get_function_signature_hook(
        self, fullname: str
    ) -> Callable[[FunctionSigContext], FunctionLike] | None:
        return self._op_hooks.get(fullname, _defer_result)

    # mypy asks plugins in order and takes the first hook offered, and its own default plugin
    # comes last: a result hook offered for every name would shadow it (e.g. `-1` would lose
    # its literal type). So defer to the default plugin where it has a hook.

    def get_attribute_hook(self, fullname: str) -> Callable[[AttributeContext], Type] | None:
        # torch declares `Tensor.device` a plain attribute, and mypy then keeps torch's type for
        # the typed stub's `device` property: read the device kind off the type instead.
        if fullname == _TENSOR_DEVICE:
            return _tensor_device
        if fullname == _TENSOR_SHAPE:
            return _tensor_shape
        if fullname in _layout_more.ATTRIBUTE_HOOKS:
            return functools.partial(_attribute, fullname)
        owner, _, name = fullname.rpartition(".")
        if owner == MODULE:
            # Reached through torch's `Module.__getattr__`: a registered buffer or parameter?
            return functools.partial(_registered_attribute, name)
        return None

    def get_method_hook(self, fullname: str) -> Callable[[MethodContext], Type] | None:
        if fullname.rpartition(".")[2] in ("register_buffer", "register_parameter"):
            return _register_hook
        default = self._default.get_method_hook(fullname)
        if default is not None:
            return default
        if fullname.startswith(_BUILTIN_PREFIXES):
            return None
        return _ResultHook(fullname, self._op_hooks.get(fullname))

    def get_function_hook(self, fullname: str) -> Callable[[FunctionContext], Type] | None:
        if fullname == TORCH_DEVICE:
            return _device_constructor
        default = self._default.get_function_hook(fullname)
        if default is not None:
            return default
        if fullname.startswith(_BUILTIN_PREFIXES):
            return None
        return _ResultHook(fullname, self._op_hooks.get(fullname))

    def report_config_data(self, ctx: ReportConfigContext) -> str:
        return cache_key()
