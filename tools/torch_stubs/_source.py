"""torch's own declarations, read statically: one `Source` per torch module (its shipped `.pyi`
when there is one, else its `.py`), and name resolution across them.

A name used in torch's code resolves to a `Ref`: an external name (`typing.Any`,
`builtins.int`), a torch module, or a top-level definition in some torch module (a class, a
function, an alias, a TypeVar, a variable). Imports, `from m import *` (honouring `__all__`) and
simple aliases (`_int = int`, `from builtins import int as _int`) are followed; what the source
binds dynamically is looked up at runtime (`torch.abs` comes from a loop over
`torch._C._VariableFunctions`).
"""

from __future__ import annotations

import ast
import builtins
import importlib
import importlib.util
import inspect
import sys
import types
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import torch

TORCH = Path(torch.__file__).resolve().parent

# Calls that return their first argument (to the type checker): `detach = _add_docstr(f, doc)`.
PASS_THROUGH_CALLS = frozenset(
    {
        "torch._C._add_docstr",
        "torch._C.TensorBase._add_docstr",
        "torch._tensor._handle_torch_function_and_wrap_type_error_to_not_implemented",
        "torch.overrides.handle_torch_function",
        "torch._jit_internal.boolean_dispatch",
    }
)
TYPEVAR_CALLS = frozenset(
    {
        "typing.TypeVar",
        "typing.ParamSpec",
        "typing.TypeVarTuple",
        "typing_extensions.TypeVar",
        "typing_extensions.ParamSpec",
        "typing_extensions.TypeVarTuple",
    }
)


@dataclass
class Binding:
    """What a top-level name of a source is bound to."""

    kind: str  # "import", "module", "class", "def", "assign", "alias", "typevar", "var"
    node: Any = None  # ClassDef | list[FunctionDef] | value/annotation expr | Assign
    target: str = ""  # "import": the qualified name imported; "module": the module name


@dataclass(frozen=True)
class Ref:
    """A resolved name: `kind` is "external", "module" or "def"."""

    kind: str
    module: str
    name: str = ""

    @property
    def qualified(self) -> str:
        return f"{self.module}.{self.name}" if self.name else self.module


@dataclass
class Source:
    name: str
    path: Path
    tree: ast.Module
    bindings: dict[str, Binding] = field(default_factory=dict)
    stars: list[str] = field(default_factory=list)
    all: list[str] | None = None

    @property
    def is_stub(self) -> bool:
        return self.path.suffix == ".pyi"

    @property
    def package(self) -> str:
        return self.name if self.path.stem == "__init__" else self.name.rpartition(".")[0]


def _is_type_checking(test: ast.expr) -> bool:
    return "TYPE_CHECKING" in ast.unparse(test)


def module_path(name: str) -> Path | None:
    """The file torch ships for module `name`: its `.pyi` if any, else its `.py`."""
    if name != "torch" and not name.startswith("torch."):
        return None
    rel = Path(*name.split(".")[1:])
    for candidate in (
        TORCH / rel / "__init__.pyi",
        TORCH / rel.with_suffix(".pyi") if rel.parts else None,
        TORCH / rel / "__init__.py",
        TORCH / rel.with_suffix(".py") if rel.parts else None,
    ):
        if candidate is not None and candidate.is_file():
            return candidate
    return None


@cache
def is_module(name: str) -> bool:
    if module_path(name) is not None:
        return True
    if name in sys.modules:
        return isinstance(sys.modules[name], types.ModuleType)
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError, AttributeError):
        return False


@cache
def load(name: str) -> Source | None:
    path = module_path(name)
    if path is None:
        return None
    tree = ast.parse(path.read_text(), str(path))
    src = Source(name, path, tree)
    _collect(src, tree.body)
    return src


def _absolute(src: Source, module: str | None, level: int) -> str:
    if not level:
        return module or ""
    base = src.package.split(".")
    if level > 1:
        base = base[: len(base) - (level - 1)]
    return ".".join(base + ([module] if module else []))


def _static_list(node: ast.expr) -> list[str] | None:
    if isinstance(node, ast.List | ast.Tuple):
        out = []
        for elt in node.elts:
            if not (isinstance(elt, ast.Constant) and isinstance(elt.value, str)):
                return None
            out.append(elt.value)
        return out
    return None


def _collect(src: Source, body: list[ast.stmt]) -> None:
    b = src.bindings
    for stmt in body:
        if isinstance(stmt, ast.If):
            _collect(src, stmt.body)
            if not _is_type_checking(stmt.test):
                _collect(src, stmt.orelse)
        elif isinstance(stmt, ast.Try):
            _collect(src, stmt.body + stmt.orelse)
        elif isinstance(stmt, ast.Import):
            for alias in stmt.names:
                if alias.asname:
                    b.setdefault(alias.asname, Binding("module", target=alias.name))
                else:
                    top = alias.name.split(".")[0]
                    b.setdefault(top, Binding("module", target=top))
        elif isinstance(stmt, ast.ImportFrom):
            module = _absolute(src, stmt.module, stmt.level)
            for alias in stmt.names:
                if alias.name == "*":
                    src.stars.append(module)
                else:
                    b[alias.asname or alias.name] = Binding(
                        "import", target=f"{module}.{alias.name}"
                    )
        elif isinstance(stmt, ast.ClassDef):
            b[stmt.name] = Binding("class", stmt)
        elif isinstance(stmt, ast.FunctionDef | ast.AsyncFunctionDef):
            prev = b.get(stmt.name)
            overload = any(ast.unparse(d).endswith("overload") for d in stmt.decorator_list)
            if prev is not None and prev.kind == "def":
                defs = prev.node
                if overload or not _has_overloads(defs):
                    prev.node = [*defs, stmt] if overload else [stmt]
                # else: the implementation after its overloads; the overloads stay.
            else:
                b[stmt.name] = Binding("def", [stmt])
        elif isinstance(stmt, ast.Assign):
            for target in stmt.targets:
                if isinstance(target, ast.Name):
                    if target.id == "__all__":
                        src.all = _static_list(stmt.value)
                    else:
                        b[target.id] = _assign_binding(stmt.value)
        elif isinstance(stmt, ast.AugAssign):
            if isinstance(stmt.target, ast.Name) and stmt.target.id == "__all__":
                extra = _static_list(stmt.value)
                if src.all is not None and extra is not None:
                    src.all = src.all + extra
        elif isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
            name = stmt.target.id
            if name == "__all__":
                if stmt.value is not None:
                    src.all = _static_list(stmt.value)
            elif ast.unparse(stmt.annotation).endswith("TypeAlias") and stmt.value is not None:
                b[name] = Binding("alias", stmt.value)
            else:
                b[name] = Binding("var", stmt.annotation)
        elif isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call):
            call = stmt.value
            if (
                ast.unparse(call.func) in ("__all__.extend", "__all__.append")
                and src.all is not None
                and call.args
            ):
                arg = call.args[0]
                extra = (
                    [arg.value]
                    if isinstance(arg, ast.Constant) and isinstance(arg.value, str)
                    else _static_list(arg)
                )
                if extra is not None:
                    src.all = src.all + extra


def _has_overloads(defs: list[ast.FunctionDef]) -> bool:
    return any(ast.unparse(d).endswith("overload") for f in defs for d in f.decorator_list)


def _assign_binding(value: ast.expr) -> Binding:
    if isinstance(value, ast.Call) and ast.unparse(value.func).split(".")[-1] in (
        "TypeVar",
        "ParamSpec",
        "TypeVarTuple",
    ):
        return Binding("typevar", value)
    return Binding("assign", value)


# -- resolution ---------------------------------------------------------------------------------


def lookup(module: str, name: str, depth: int = 0) -> Ref | None:
    """What `name` means at the top level of torch module `module`."""
    if depth > 30:
        return None
    src = load(module)
    if src is None:
        if is_module(f"{module}.{name}"):
            return Ref("module", f"{module}.{name}")
        return Ref("external", module, name)
    b = src.bindings.get(name)
    if b is not None:
        return _follow(src, name, b, depth)
    for star in src.stars:
        star_src = load(star)
        if star_src is not None:
            exported = star_src.all if star_src.all is not None else None
            if exported is not None and name not in exported:
                continue
            if exported is None and name.startswith("_"):
                continue
            if name in star_src.bindings or star_src.stars:
                ref = lookup(star, name, depth + 1)
                if ref is not None:
                    return ref
    if is_module(f"{module}.{name}"):
        return Ref("module", f"{module}.{name}")
    return runtime_ref(module, name)


def _follow(src: Source, name: str, b: Binding, depth: int) -> Ref | None:
    if b.kind == "module":
        return Ref("module", b.target) if is_module(b.target) else None
    if b.kind == "import":
        return resolve_qualified(b.target, depth + 1)
    if b.kind == "assign":
        value = b.node
        if isinstance(value, ast.Name | ast.Attribute):
            # `_int = int`, `Tensor = torch.Tensor`: an alias of another name.
            ref = resolve_expr(src.name, value, depth + 1)
            if ref is not None:
                return ref
        if isinstance(value, ast.Call):
            callee = resolve_expr(src.name, value.func, depth + 1)
            if callee is not None and callee.qualified in PASS_THROUGH_CALLS and value.args:
                ref = resolve_expr(src.name, value.args[0], depth + 1)
                if ref is not None and ref.kind == "def":
                    return ref
    return Ref("def", src.name, name)


def resolve_qualified(qualified: str, depth: int = 0) -> Ref | None:
    """`a.b.c`: the longest module prefix, then attribute lookups."""
    parts = qualified.split(".")
    for i in range(len(parts), 0, -1):
        mod = ".".join(parts[:i])
        if is_module(mod):
            ref: Ref | None = Ref("module", mod)
            for part in parts[i:]:
                ref = attribute(ref, part, depth + 1) if ref is not None else None
            return ref
    return None


def attribute(ref: Ref, name: str, depth: int = 0) -> Ref | None:
    if ref.kind == "module":
        if ref.module == "torch" or ref.module.startswith("torch."):
            return lookup(ref.module, name, depth)
        if is_module(f"{ref.module}.{name}"):
            return Ref("module", f"{ref.module}.{name}")
        return Ref("external", ref.module, name)
    if ref.kind == "external":
        return Ref("external", ref.module, f"{ref.name}.{name}")
    return None  # attributes of torch classes (nested classes, enum members): not followed


def resolve_expr(module: str, expr: ast.expr, depth: int = 0) -> Ref | None:
    """A `Name` or dotted `Attribute` expression of `module`'s top level."""
    parts: list[str] = []
    node = expr
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    parts.append(node.id)
    parts.reverse()
    src = load(module)
    first: Ref | None
    if src is not None and (parts[0] in src.bindings or src.stars):
        first = lookup(module, parts[0], depth)
        if first is not None and first.kind == "external" and first.module == module:
            first = None
    else:
        first = None
    if first is None:
        if hasattr(builtins, parts[0]):
            first = Ref("external", "builtins", parts[0])
        else:
            return None
    for part in parts[1:]:
        first = attribute(first, part, depth + 1) if first is not None else None
    return first


def runtime_object(module: str, name: str) -> Any:
    try:
        mod = importlib.import_module(module)
    except Exception:
        return None
    obj: Any = mod
    for part in name.split("."):
        obj = getattr(obj, part, None)
        if obj is None:
            return None
    return obj


def runtime_ref(module: str, name: str) -> Ref | None:
    """A name the source binds dynamically: where its runtime object is declared."""
    obj = runtime_object(module, name)
    if obj is None:
        return None
    return object_ref(obj, name)


def object_ref(obj: Any, name: str) -> Ref | None:
    if isinstance(obj, types.ModuleType):
        return Ref("module", obj.__name__)
    if inspect.isbuiltin(obj):
        qual = getattr(obj, "__qualname__", "")
        if qual.startswith("_VariableFunctionsClass."):
            return Ref("def", "torch._C._VariableFunctions", qual.partition(".")[2])
        mod = getattr(obj, "__module__", None)
        if mod in ("torch._C._nn", "torch._C._VariableFunctions"):
            return Ref("def", mod, obj.__name__)
        return None
    if inspect.isclass(obj) or inspect.isfunction(obj):
        mod = getattr(obj, "__module__", None)
        qual = getattr(obj, "__qualname__", name)
        if mod == "builtins":
            return Ref("external", "builtins", qual)
        if mod is None or "<" in qual or "." in qual:
            return None
        if mod == "torch" or mod.startswith("torch."):
            src = load(mod)
            if src is not None and qual in src.bindings:
                return lookup(mod, qual)
            return None
        return Ref("external", mod, qual)
    return None
