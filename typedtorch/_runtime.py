"""`Tensor[...]` at runtime, and the decorators that check it.

`Tensor[CPU, Float32, B, L[3]]` evaluates to a class, a subclass of `torch.Tensor` made for the
annotation (`TensorAnnotation`), so that everything torch does with annotations keeps working:
FX's symbolic tracing, TorchScript (`torch.jit.script` reads it as `Tensor`), `torch.compile`.
`isinstance(x, Tensor[...])` checks device, dtype, rank and fixed dims. `typechecked` checks
each call with jaxtyping + beartype, binding `B` across one call's arguments and return value:
for that, the class carries its jaxtyping form,
`Annotated[jaxtyping.Float32[torch.Tensor, "B 3"], IsAttr["device", ...IsEqual["cpu"]]]`, and
its parsed form (`_checking.TensorSpec`), from which a failed check gets its message.
"""

from __future__ import annotations

import functools
import inspect
import types
import typing
from collections.abc import Callable, Sequence
from typing import Any, TypeVar, cast

import torch

from . import _checking as c
from ._devices import Device
from ._dtypes import BoolDType, ComplexFloating, DType, Floating, Integer

_F = TypeVar("_F", bound=Callable[..., Any])


class TensorAnnotation(type(torch.Tensor)):  # type: ignore[misc]
    """The metaclass of the classes `Tensor[...]` builds: `isinstance` checks device, dtype, rank
    and fixed dims (no binding across values: that is `typechecked`'s job)."""

    __typedtorch_spec__: c.TensorSpec
    __typedtorch_check__: Any

    def __instancecheck__(cls, instance: object) -> bool:
        return (
            isinstance(instance, torch.Tensor)
            and c.mismatch(cls.__typedtorch_spec__, instance, {}) is None
        )

    def __subclasscheck__(cls, subclass: type) -> bool:
        return subclass is cls


_KEEP: list[object] = []

_USAGE = "write Tensor[Device, DType, *dims], e.g. Tensor[CPU, Float32, B, L[3]]"


def tensor_annotation(params: Any) -> Any:
    """The runtime annotation for `Tensor[params]` (called by `Tensor.__class_getitem__`)."""
    if not isinstance(params, tuple):
        params = (params,)
    try:
        hash(params)
    except TypeError:
        annotation = _build(params)
        _KEEP.append(annotation)
        return annotation
    return _cached(params)


def spec_of(annotation: object) -> c.TensorSpec | None:
    """The parsed form of an annotation built by `Tensor[...]`, or None for anything else."""
    return annotation.__typedtorch_spec__ if isinstance(annotation, TensorAnnotation) else None


def checkable(annotation: object) -> Any:
    """What jaxtyping + beartype check for an annotation: for `Tensor[...]` its jaxtyping form,
    inside unions, optionals and tuples too; anything else as it is."""
    if isinstance(annotation, TensorAnnotation):
        return annotation.__typedtorch_check__
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if not args or not any(_mentions_tensor(a) for a in args):
        return annotation
    if origin in (typing.Union, types.UnionType):
        return typing.Union[tuple(checkable(a) for a in args)]  # noqa: UP007
    if origin is tuple:
        return tuple[tuple(checkable(a) for a in args)]  # type: ignore[misc]
    return annotation


@functools.cache
def _cached(params: tuple[Any, ...]) -> Any:
    return _build(params)


def _build(params: tuple[Any, ...]) -> Any:
    import jaxtyping
    from beartype.vale import IsAttr, IsEqual

    if len(params) < 2:
        raise TypeError(f"Tensor[...] needs a device kind and a dtype kind: {_USAGE}")
    device, device_type = _device(params[0])
    dtype, dtype_ok, jaxtyping_dtype = _dtype(params[1])
    dims: list[c.Dim] = []
    for param in params[2:]:
        dims.extend(_dims(param))
    if sum(isinstance(d, c.Rest) for d in dims) > 1:
        raise TypeError(f"Tensor[...] allows one unknown-rank part (*Shape), got {params}")
    spec = c.TensorSpec(device, device_type, dtype, dtype_ok, tuple(dims))
    shape = " ".join(c.jaxtyping_dim(d, _jaxtyping_name) for d in dims)
    check: Any = getattr(jaxtyping, jaxtyping_dtype)[torch.Tensor, shape]
    if device_type is not None:
        check = typing.Annotated[check, IsAttr["device", IsAttr["type", IsEqual[device_type]]]]
    return TensorAnnotation(
        "Tensor",
        (torch.Tensor,),
        {
            "__module__": "typedtorch",
            "__qualname__": spec.show(),
            "__doc__": f"The annotation `{spec.show()}` (typedtorch).",
            "__typedtorch_spec__": spec,
            "__typedtorch_check__": check,
        },
    )


def _jaxtyping_name(name: str) -> str:
    # jaxtyping reads a leading `_` as "anonymous dim": keep private TypeVars (`_B`) binding.
    return "tt" + name if name.startswith("_") else name


def _device(param: Any) -> tuple[str, str | None]:
    if param is Any:
        return "Any", None
    if isinstance(param, TypeVar):
        return param.__name__, None
    if isinstance(param, type) and issubclass(param, Device):
        return param.__name__, param.torch_type or None
    raise TypeError(f"Tensor[...]'s first parameter must be a device kind, got {param!r}: {_USAGE}")


_ABSTRACT_DTYPES: dict[type[DType], tuple[Callable[[torch.dtype], bool], str]] = {
    Floating: (lambda d: d.is_floating_point, "Float"),
    ComplexFloating: (lambda d: d.is_complex, "Complex"),
    Integer: (lambda d: not (d.is_floating_point or d.is_complex or d == torch.bool), "Integer"),
    BoolDType: (lambda d: d == torch.bool, "Bool"),
    DType: (lambda d: True, "Shaped"),
}


def _dtype(param: Any) -> tuple[str, Callable[[torch.dtype], bool], str]:
    """The dtype kind's name, the predicate it stands for, and jaxtyping's dtype class name."""
    import jaxtyping

    if param is Any:
        return "Any", _ABSTRACT_DTYPES[DType][0], "Shaped"
    kind = param
    if isinstance(param, TypeVar):
        kind = param.__bound__ if param.__bound__ is not None else DType
    if isinstance(kind, type) and issubclass(kind, DType):
        name = param.__name__
        # `torch_dtype` exists at runtime only (the static view makes kinds torch.dtypes).
        torch_dtype: torch.dtype | None = getattr(kind, "torch_dtype", None)
        if torch_dtype is not None:
            jaxtyping_name = kind.__name__
            if not hasattr(jaxtyping, jaxtyping_name):
                jaxtyping_name = "Shaped"  # pragma: no cover - every kind has a jaxtyping twin
            return name, lambda d: d == torch_dtype, jaxtyping_name
        for abstract in kind.__mro__:
            if abstract in _ABSTRACT_DTYPES:
                ok, jaxtyping_name = _ABSTRACT_DTYPES[abstract]
                return name, ok, jaxtyping_name
    raise TypeError(f"Tensor[...]'s second parameter must be a dtype kind, got {param!r}: {_USAGE}")


def _dims(param: Any) -> list[c.Dim]:
    """The dims one parameter stands for (an unpacked tuple stands for several)."""
    origin = typing.get_origin(param)
    if origin is typing.Unpack or getattr(param, "__unpacked__", False):
        inner = typing.get_args(param)[0] if origin is typing.Unpack else param
        if isinstance(inner, typing.TypeVarTuple):
            return [c.Rest(inner.__name__)]
        args = typing.get_args(inner)
        if len(args) == 2 and args[1] is Ellipsis:
            return [c.Rest(None)]
        return [_dim(a) for a in args]
    return [_dim(param)]


def _dim(param: Any) -> c.Fixed | c.Named | c.AnyDim | c.Expr:
    from . import _dims

    if isinstance(param, TypeVar):
        return c.Named(param.__name__)
    origin = typing.get_origin(param)
    if origin is typing.Literal:
        (size,) = typing.get_args(param)
        if isinstance(size, int) and not isinstance(size, bool):
            return c.Fixed(size)
    name = getattr(origin, "__name__", None)
    operators: dict[str, str] = getattr(_dims, "OPERATORS", {})  # runtime-only (see _dims.py)
    if isinstance(name, str) and name in operators and origin is getattr(_dims, name):
        left, right = typing.get_args(param)
        return c.Expr(name, _dim(left), _dim(right))
    # `Any`, `int`, and anything else: a dim we do not check.
    return c.AnyDim()


# -- the decorator ----------------------------------------------------------------------------


def typechecked(fn: _F) -> _F:
    """Check a function's `Tensor[...]` annotations (and all others) at every call.

    Arguments are checked before the call and the return value after it, with jaxtyping +
    beartype; a symbolic dim (`B`) must have the same size in every argument and in the return
    value of one call.

    Raises:
        TensorTypeError: at call time, naming the argument (or the return value), the expected
            and actual tensor type, and the dim bindings, e.g. `B=4`.

    Example:
        ```python
        @tt.typechecked
        def f(x: Tensor[CPU, Float32, B, L[3]]) -> Tensor[CPU, Float32, B]: ...
        ```
    """
    import jaxtyping
    from beartype import beartype

    if isinstance(fn, type):
        return cast(_F, jaxtyping.jaxtyped(fn, typechecker=beartype))
    checked = jaxtyping.jaxtyped(_with_checkable_hints(fn), typechecker=beartype)
    code = getattr(inspect.unwrap(fn), "__code__", None)
    type_check_error = jaxtyping.TypeCheckError

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        __tracebackhide__ = True
        if _compiling():
            return fn(*args, **kwargs)
        try:
            return checked(*args, **kwargs)
        except type_check_error as err:
            if _raised_in(err, code):
                raise  # from the body: not this call's check
            raise _explain(fn, args, kwargs, err) from None

    return cast(_F, wrapper)


def _compiling() -> bool:
    """Whether torch.compile (Dynamo) or torch.export is tracing this call.

    Checks are skipped there: jaxtyping and beartype run on fake tensors that Dynamo cannot
    trace (`fullgraph=True` fails on them) and on which they can fail falsely. Dynamo evaluates
    this to a constant and traces only the function itself; the compiled code is unchecked,
    as torch's own Python-level asserts are. Call the function uncompiled to check it.
    """
    return bool(torch.compiler.is_compiling())


def _with_checkable_hints(fn: Callable[..., Any]) -> Callable[..., Any]:
    """A twin of `fn` (same code, defaults, closure) whose annotations are what jaxtyping and
    beartype check: `fn` itself keeps the annotations its author wrote, which FX, TorchScript
    and `inspect` read."""
    if not isinstance(fn, types.FunctionType):
        return fn
    hints = typing.get_type_hints(fn, include_extras=True)
    if not any(_mentions_tensor(h) for h in hints.values()):
        return fn
    twin = types.FunctionType(
        fn.__code__, fn.__globals__, fn.__name__, fn.__defaults__, fn.__closure__
    )
    twin.__kwdefaults__ = fn.__kwdefaults__
    twin.__qualname__ = fn.__qualname__
    twin.__module__ = fn.__module__
    twin.__doc__ = fn.__doc__
    twin.__dict__.update(fn.__dict__)
    twin.__annotations__ = {name: checkable(hint) for name, hint in hints.items()}
    return twin


def _raised_in(err: BaseException, code: object) -> bool:
    tb = err.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code is code:
            return True
        tb = tb.tb_next
    return False


def _return_value(err: BaseException) -> tuple[bool, object]:
    """The value jaxtyping was checking as the return value, if it was checking one.

    jaxtyping does not hand it over; its checking frame still holds it as `out`.
    """
    tb = err.__traceback__
    found: tuple[bool, object] = (False, None)
    while tb is not None:
        frame = tb.tb_frame
        if frame.f_code.co_name == "wrapped_fn_impl" and "out" in frame.f_locals:
            found = (True, frame.f_locals["out"])
        tb = tb.tb_next
    return found


def _explain(
    fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any], err: BaseException
) -> c.TensorTypeError:
    name = getattr(fn, "__qualname__", getattr(fn, "__name__", repr(fn)))
    try:
        hints = typing.get_type_hints(fn, include_extras=True)
        signature = inspect.signature(fn)
        bound = signature.bind(*args, **kwargs)
        bound.apply_defaults()
    except Exception:
        return c.TensorTypeError(str(err))
    checks: list[tuple[str, Any, object]] = []
    for pname, value in bound.arguments.items():
        kind = signature.parameters[pname].kind
        hint = hints.get(pname)
        what = f'Argument "{pname}" of "{name}"'
        if kind is inspect.Parameter.VAR_POSITIONAL:
            for i, v in enumerate(value):
                checks.extend(_expand(f'Argument "{pname}[{i}]" of "{name}"', hint, v))
        elif kind is inspect.Parameter.VAR_KEYWORD:
            for k, v in value.items():
                checks.extend(_expand(f'Argument "{k}" of "{name}"', hint, v))
        else:
            checks.extend(_expand(what, hint, value))
    is_return, out = _return_value(err)
    if is_return and "return" in hints:
        checks.extend(_expand(f'Return value of "{name}"', hints["return"], out))
    bindings: dict[str, c.Binding] = {}
    found = c.find_mismatch(checks, bindings)
    if found is None:
        return c.TensorTypeError(str(err))
    return c.TensorTypeError(c.describe_failure(*found, bindings))


def _expand(what: str, hint: Any, value: object) -> list[tuple[str, Any, object]]:
    """`(what, spec, value)` for every tensor annotation reachable in `hint`."""
    spec = spec_of(hint)
    if spec is not None:
        return [(what, spec, value)]
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        if value is None and type(None) in args:
            return []
        specs = [a for a in args if spec_of(a) is not None]
        return [(what, spec_of(specs[0]), value)] if len(specs) == 1 else []
    if origin is tuple and isinstance(value, tuple) and Ellipsis not in args:
        if len(args) != len(value):
            return []
        out: list[tuple[str, Any, object]] = []
        for i, (a, v) in enumerate(zip(args, value, strict=True)):
            out.extend(_expand(f"{what}[{i}]", a, v))
        return out
    return []


# -- checking code we did not decorate ----------------------------------------------------------


def _mentions_tensor(hint: object, depth: int = 0) -> bool:
    if isinstance(hint, str):
        return "Tensor" in hint
    if isinstance(hint, TensorAnnotation):
        return True
    if depth > 8:
        return False
    return any(_mentions_tensor(a, depth + 1) for a in typing.get_args(hint))


def _is_sync_function(fn: object) -> bool:
    return inspect.isfunction(fn) and not inspect.iscoroutinefunction(fn)


def instrument(fn: _F) -> _F:
    """`typechecked`, for code instrumented wholesale (import hook, `_run_checked`).

    Only functions with a `Tensor[...]` annotation are checked. Annotations are resolved at the
    first call, when forward references can be; a function whose annotations cannot be resolved
    runs unchecked rather than failing.
    """
    plain = _is_sync_function(fn)
    annotations: dict[str, object] = getattr(fn, "__annotations__", {}) if plain else {}
    if not any(_mentions_tensor(a) for a in annotations.values()):
        return fn
    impl: list[Callable[..., Any]] = []

    @functools.wraps(fn)
    def lazy(*args: Any, **kwargs: Any) -> Any:
        __tracebackhide__ = True
        if _compiling():
            return fn(*args, **kwargs)
        if not impl:
            impl.append(_resolve_and_check(fn))
        return impl[0](*args, **kwargs)

    return cast(_F, lazy)


def _resolve_and_check(fn: Callable[..., Any]) -> Callable[..., Any]:
    try:
        hints = typing.get_type_hints(fn, include_extras=True)
    except Exception:
        return fn
    if not any(_mentions_tensor(h) for h in hints.values()):
        return fn
    try:
        return typechecked(fn)
    except Exception:
        return fn


def instrument_tree(tree: Any) -> Any:
    """Decorate every (non-async) function in a module's AST with `instrument`."""
    import ast

    decorator = ast.parse('__import__("typedtorch._runtime")._runtime.instrument', mode="eval").body

    class _Transformer(ast.NodeTransformer):
        def visit_FunctionDef(self, node: ast.FunctionDef) -> ast.FunctionDef:
            self.generic_visit(node)
            if not any(_is_no_type_check(d) for d in node.decorator_list):
                # Innermost, so that @staticmethod, @property, ... wrap the checked function.
                node.decorator_list.append(ast.copy_location(decorator, node))
            return node

    def _is_no_type_check(node: ast.expr) -> bool:
        if isinstance(node, ast.Call):
            node = node.func
        return (isinstance(node, ast.Name) and node.id == "no_type_check") or (
            isinstance(node, ast.Attribute) and node.attr == "no_type_check"
        )

    return ast.fix_missing_locations(_Transformer().visit(tree))


def compile_checked(source: str | bytes, path: str) -> types.CodeType:
    """Compile a module's source with every function instrumented."""
    import ast

    tree = ast.parse(source, filename=path)
    return compile(instrument_tree(tree), path, "exec", dont_inherit=True)


class ImportHook:
    """An installed `install_import_hook`; `uninstall()` it, or use it as a context manager."""

    def __init__(self, packages: Sequence[str]) -> None:
        import importlib.abc
        import importlib.machinery
        import sys

        self.packages = tuple(packages)
        hook = self

        class _Loader(importlib.machinery.SourceFileLoader):
            def get_code(self, fullname: str) -> types.CodeType:
                # No bytecode cache: it would hold the uninstrumented code (or serve this
                # code to a later run without the hook).
                path = self.get_filename(fullname)
                return compile_checked(self.get_data(path), path)

        class _Finder(importlib.abc.MetaPathFinder):
            def find_spec(
                self,
                fullname: str,
                path: Sequence[str] | None,
                target: types.ModuleType | None = None,
            ) -> importlib.machinery.ModuleSpec | None:
                if not hook.covers(fullname):
                    return None
                spec = importlib.machinery.PathFinder.find_spec(fullname, path, target)
                if spec is not None and isinstance(
                    spec.loader, importlib.machinery.SourceFileLoader
                ):
                    spec.loader = _Loader(spec.loader.name, spec.loader.path)
                    return spec
                return None

        self._finder = _Finder()
        sys.meta_path.insert(0, self._finder)

    def covers(self, module: str) -> bool:
        return any(module == p or module.startswith(p + ".") for p in self.packages)

    def uninstall(self) -> None:
        import sys

        if self._finder in sys.meta_path:
            sys.meta_path.remove(self._finder)

    def __enter__(self) -> ImportHook:
        return self

    def __exit__(self, *exc: object) -> None:
        self.uninstall()


def install_import_hook(packages: str | Sequence[str]) -> ImportHook:
    """Check every `Tensor[...]` annotation in `packages` at runtime, from their next import.

    Every function of the packages' modules that has a `Tensor[...]` annotation is checked as if
    decorated with `typechecked`. Modules imported before the hook are not affected.

    Args:
        packages: a package or module name (`"mypkg"` covers `mypkg.sub` too), or several.

    Returns:
        The installed hook: call `.uninstall()`, or use it in a `with` block.
    """
    return ImportHook([packages] if isinstance(packages, str) else list(packages))
