"""Writing torch's declarations into one stub file.

`Namer` decides how the stub spells each name it needs (importing it, or reusing the name the
hand-written part already binds to it); `Renderer` turns torch's signatures into stub text, an
annotation surviving only when every name in it can be spelled, else becoming `Any`.
"""

from __future__ import annotations

import ast
import builtins
import typing
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import _source
from _source import Ref

# Where a name lives in the stubs: (module, name). `("builtins", "int")` for builtins.
Loc = tuple[str, str]

# Standard-library modules a stub may import from (typeshed: cheap for the checker).
STDLIB = frozenset(
    {
        "builtins",
        "typing",
        "typing_extensions",
        "collections",
        "collections.abc",
        "types",
        "enum",
        "contextlib",
        "os",
        "io",
        "pathlib",
        "abc",
        "dataclasses",
        "numbers",
        "datetime",
        "weakref",
        "re",
        "logging",
        "functools",
        "threading",
        "inspect",
        "concurrent.futures",
        "warnings",
    }
)
_TYPING_BUILTINS = {
    "List": "list",
    "Dict": "dict",
    "Tuple": "tuple",
    "Set": "set",
    "FrozenSet": "frozenset",
    "Type": "type",
    "Text": "str",
}
_TYPING_COLLECTIONS = {
    "DefaultDict": "defaultdict",
    "OrderedDict": "OrderedDict",
    "Deque": "deque",
    "Counter": "Counter",
    "ChainMap": "ChainMap",
}
_TYPING_ABC = {
    "Callable",
    "Iterable",
    "Iterator",
    "Sequence",
    "Mapping",
    "MutableMapping",
    "Generator",
    "AsyncIterator",
    "AsyncIterable",
    "AsyncGenerator",
    "Awaitable",
    "Coroutine",
    "Container",
    "Collection",
    "Hashable",
    "Sized",
    "Reversible",
    "MutableSequence",
    "MutableSet",
    "KeysView",
    "ValuesView",
    "ItemsView",
    "MappingView",
}
# torch's own descriptors that read like a property on an instance.
_PROPERTY_LIKE = frozenset(
    {"torch.distributions.utils.lazy_property", "torch._utils.classproperty"}
)
# Decorators kept on functions (by the qualified name they resolve to) and how they are written.
_KEPT_DECORATORS = {
    "typing.overload": ("typing", "overload"),
    "typing_extensions.overload": ("typing", "overload"),
    "contextlib.contextmanager": ("contextlib", "contextmanager"),
    "builtins.staticmethod": ("builtins", "staticmethod"),
    "builtins.classmethod": ("builtins", "classmethod"),
    "builtins.property": ("builtins", "property"),
    "functools.cached_property": ("builtins", "property"),
    "typing.no_type_check": None,
}


def canonical(module: str, name: str) -> Loc:
    """The spelling ruff's pyupgrade rules expect: `list` for `typing.List`, ..."""
    head, _, rest = name.partition(".")
    if module in ("typing", "typing_extensions") and not rest:
        if head in _TYPING_BUILTINS:
            return ("builtins", _TYPING_BUILTINS[head])
        if head in _TYPING_COLLECTIONS:
            return ("collections", _TYPING_COLLECTIONS[head])
        if head in _TYPING_ABC:
            return ("collections.abc", head)
        if head == "AbstractSet":
            return ("collections.abc", "Set")
        if head == "ContextManager":
            return ("contextlib", "AbstractContextManager")
        if head == "AsyncContextManager":
            return ("contextlib", "AbstractAsyncContextManager")
        if module == "typing_extensions" and hasattr(typing, head):
            return ("typing", head)
    if module == "collections" and name in ("abc",):
        return (module, name)
    return (module, name)


@dataclass
class Namer:
    """The names one stub file binds, and the imports its generated part needs."""

    module: str
    bound: set[str]  # every module-level name (hand-written and generated)
    reverse: dict[Loc, str] = field(default_factory=dict)  # what spells a location here
    imports: dict[str, Loc] = field(default_factory=dict)  # local name -> location imported
    reexports: dict[str, Loc] = field(default_factory=dict)  # `from m import n as n`
    module_reexports: dict[str, str] = field(default_factory=dict)  # `from p import sub as sub`
    aliases: dict[str, str] = field(default_factory=dict)  # `_n: TypeAlias = n` (shadowed)
    needs_builtins: bool = False

    def snapshot(self) -> tuple[Any, ...]:
        return (
            set(self.bound),
            dict(self.reverse),
            dict(self.imports),
            dict(self.aliases),
            self.needs_builtins,
        )

    def restore(self, saved: tuple[Any, ...]) -> None:
        bound, reverse, imports, aliases, self.needs_builtins = saved
        self.bound, self.reverse, self.imports, self.aliases = bound, reverse, imports, aliases

    def spell(self, loc: Loc, scope: frozenset[str] = frozenset()) -> str:
        module, name = loc
        if module == "builtins":
            if name not in self.bound and name not in scope:
                return name
            alt = self.reverse.get(loc)
            if alt is not None and alt not in scope:
                return alt
            self.needs_builtins = True
            return f"builtins.{name}"
        if module == self.module:
            return name if name not in scope else self._alias(loc, scope)
        local = self.reverse.get(loc)
        if local is None:
            local = self._allocate(name.split(".")[-1], scope)
            self.imports[local] = loc
            self.bound.add(local)
            self.reverse[loc] = local
        if local in scope:
            return self._alias(loc, scope)
        return local

    def _allocate(self, name: str, scope: frozenset[str]) -> str:
        for candidate in (name, f"_{name}", f"{name}_", f"_{name}_"):
            if candidate not in self.bound and candidate not in scope:
                return candidate
        i = 2
        while f"_{name}_{i}" in self.bound or f"_{name}_{i}" in scope:
            i += 1
        return f"_{name}_{i}"

    def _alias(self, loc: Loc, scope: frozenset[str]) -> str:
        key = (f"alias:{loc[0]}", loc[1])
        if key in self.reverse and self.reverse[key] not in scope:
            return self.reverse[key]
        local = self._allocate(loc[1], scope)
        self.bound.add(local)
        self.reverse[key] = local
        if loc[0] == self.module:
            self.aliases[local] = loc[1]
        else:
            self.imports[local] = loc
        return local

    def import_lines(self) -> str:
        by_module: dict[str, list[str]] = {}
        for local, (module, name) in sorted(self.imports.items()):
            by_module.setdefault(module, []).append(name if local == name else f"{name} as {local}")
        for local, (module, name) in sorted(self.reexports.items()):
            by_module.setdefault(module, []).append(f"{name} as {local}")
        lines = ["import builtins\n"] if self.needs_builtins else []
        for local, module in sorted(self.module_reexports.items()):
            parent, _, sub = module.rpartition(".")
            by_module.setdefault(parent, []).append(f"{sub} as {local}")
        for module in sorted(by_module):
            lines.append(f"from {module} import {', '.join(sorted(set(by_module[module])))}\n")
        return "".join(lines)


class Unspellable(Exception):
    """An annotation uses a name the stubs cannot spell: it becomes `Any`."""


@dataclass
class Renderer:
    """Renders torch declarations into one stub file's text."""

    namer: Namer
    # Where a torch definition can be named from the stubs, planning it if need be; None when
    # the stubs cannot name it (its annotations become `Any`).
    locate: Callable[[Ref, str], Loc | None]
    stats: dict[str, int] = field(default_factory=dict)
    # Corrections of torch's own annotations: (module, qualname) -> parameter -> annotation.
    patches: dict[tuple[str, str], dict[str, str]] = field(default_factory=dict)

    # -- annotations ------------------------------------------------------------------------

    def annotation(
        self, expr: ast.expr | None, source: str, scope: frozenset[str], *, none_default=False
    ) -> str:
        """`expr` (torch's annotation, in module `source`) as this stub writes it, else `Any`."""
        if expr is None:
            return self.spell_any(scope)
        saved = self.namer.snapshot()
        try:
            text = self._tr(expr, source, scope)
        except Unspellable:
            self.namer.restore(saved)  # the names spelled before the failure are not needed
            self.stats["any"] = self.stats.get("any", 0) + 1
            return self.spell_any(scope)
        if none_default and not _admits_none(text):
            text = f"{text} | None"
        return text

    def spell_any(self, scope: frozenset[str] = frozenset()) -> str:
        return self.namer.spell(("typing", "Any"), scope)

    def _ref_text(self, ref: Ref | None, source: str, scope: frozenset[str]) -> str:
        if ref is None:
            raise Unspellable
        if ref.kind == "external":
            if ref.module not in STDLIB:
                raise Unspellable
            module, name = canonical(ref.module, ref.name)
            if module == "builtins" and not hasattr(builtins, name):
                raise Unspellable
            return self.namer.spell((module, name), scope)
        if ref.kind == "module":
            raise Unspellable
        loc = self.locate(ref, self.namer.module)
        if loc is None:
            raise Unspellable
        return self.namer.spell(loc, scope)

    def _tr(self, expr: ast.expr, source: str, scope: frozenset[str]) -> str:
        if isinstance(expr, ast.Constant):
            if expr.value is None:
                return "None"
            if expr.value is Ellipsis:
                return "..."
            if isinstance(expr.value, str):
                try:
                    parsed = ast.parse(expr.value.strip(), mode="eval").body
                except SyntaxError:
                    raise Unspellable from None
                return self._tr(parsed, source, scope)
            raise Unspellable
        if isinstance(expr, ast.Name | ast.Attribute):
            return self._ref_text(_resolve(source, expr), source, scope)
        if isinstance(expr, ast.BinOp) and isinstance(expr.op, ast.BitOr):
            return f"{self._tr(expr.left, source, scope)} | {self._tr(expr.right, source, scope)}"
        if isinstance(expr, ast.List):
            return "[" + ", ".join(self._tr(e, source, scope) for e in expr.elts) + "]"
        if isinstance(expr, ast.Starred):
            return "*" + self._tr(expr.value, source, scope)
        if isinstance(expr, ast.Subscript):
            return self._subscript(expr, source, scope)
        raise Unspellable

    def _subscript(self, expr: ast.Subscript, source: str, scope: frozenset[str]) -> str:
        args = list(expr.slice.elts) if isinstance(expr.slice, ast.Tuple) else [expr.slice]
        base_ref = (
            _resolve(source, expr.value)
            if isinstance(expr.value, ast.Name | ast.Attribute)
            else None
        )
        special = (
            canonical(base_ref.module, base_ref.name)
            if base_ref is not None and base_ref.kind == "external"
            else None
        )
        if special in (("typing", "Optional"),):
            inner = self._tr(args[0], source, scope)
            return inner if _admits_none(inner) else f"{inner} | None"
        if special == ("typing", "Union"):
            return " | ".join(self._tr(a, source, scope) for a in args)
        if special in (("typing", "Annotated"),):
            return self._tr(args[0], source, scope)
        if special == ("typing", "Literal"):
            values = []
            for a in args:
                if isinstance(a, ast.Constant) and not isinstance(a.value, type(Ellipsis)):
                    values.append(repr(a.value))
                elif isinstance(a, ast.UnaryOp) and isinstance(a.operand, ast.Constant):
                    values.append(ast.unparse(a))
                else:
                    raise Unspellable
            return f"{self._tr(expr.value, source, scope)}[{', '.join(values)}]"
        base = self._tr(expr.value, source, scope)
        if not args:
            return f"{base}[()]"
        return f"{base}[{', '.join(self._tr(a, source, scope) for a in args)}]"

    # -- functions --------------------------------------------------------------------------

    def function(
        self,
        defs: list[ast.FunctionDef | ast.AsyncFunctionDef],
        source: str,
        scope: frozenset[str],
        *,
        method: bool,
        name: str | None = None,
        indent: str = "",
        qualname: str | None = None,
    ) -> list[str]:
        """Stub lines for a function (all its overloads), or a method when `method`; several
        `defs` are overloads unless they are a property's getter, setter and deleter."""
        out: list[str] = []
        overloaded = len(defs) > 1 and not any(
            isinstance(d, ast.Name)
            and d.id in ("property", "cached_property")
            or isinstance(d, ast.Attribute)
            and d.attr in ("cached_property", "setter", "deleter")
            for fn in defs
            for d in fn.decorator_list
        )
        for fn in defs:
            decorators = self._decorators(fn, source, scope, overloaded)
            if decorators is None:
                continue
            static = any(d == "@staticmethod" for d in decorators)
            patch = self.patches.get((source, qualname or fn.name), {})
            params = self._params(fn, source, scope, skip_first=method and not static, patch=patch)
            returns = fn.returns
            if returns is None and fn.name == "__init__":
                ret = "None"
            else:
                ret = self.annotation(returns, source, scope)
            asyn = "async " if isinstance(fn, ast.AsyncFunctionDef) else ""
            for d in decorators:
                out.append(f"{indent}{d}")
            out.append(f"{indent}{asyn}def {name or fn.name}({params}) -> {ret}: ...")
        return out

    def _decorators(
        self, fn: ast.FunctionDef | ast.AsyncFunctionDef, source: str, scope, overloaded: bool
    ) -> list[str] | None:
        out: list[str] = []
        for d in fn.decorator_list:
            target = d.func if isinstance(d, ast.Call) else d
            text = ast.unparse(target)
            if isinstance(target, ast.Attribute) and target.attr in ("setter", "deleter"):
                if isinstance(target.value, ast.Name):
                    out.append(f"@{text}")
                continue
            ref = _resolve(source, target) if isinstance(target, ast.Name | ast.Attribute) else None
            if ref is not None and ref.qualified in _PROPERTY_LIKE:
                out.append("@property")
                continue
            if ref is None or ref.kind != "external":
                continue
            kept = _KEPT_DECORATORS.get(f"{ref.module}.{ref.name}")
            if kept is None:
                continue
            if kept == ("typing", "overload") and not overloaded:
                continue
            if kept[0] == "builtins":
                out.append(f"@{kept[1]}")
            else:
                out.append(f"@{self.namer.spell(kept, scope)}")
        if overloaded and not any(d.endswith("overload") for d in out):
            out.insert(0, f"@{self.namer.spell(('typing', 'overload'), scope)}")
        return out

    def _params(
        self, fn, source: str, scope: frozenset[str], *, skip_first: bool, patch: dict[str, str]
    ) -> str:
        a = fn.args
        parts: list[str] = []
        positional = [*a.posonlyargs, *a.args]
        defaults: list[ast.expr | None] = [None] * (len(positional) - len(a.defaults)) + list(
            a.defaults
        )

        def one(arg: ast.arg, default: ast.expr | None, first: bool) -> str:
            if first:
                text = arg.arg
            else:
                none_default = isinstance(default, ast.Constant) and default.value is None
                annotation = arg.annotation
                if arg.arg in patch:
                    annotation = ast.parse(patch[arg.arg], mode="eval").body
                kind = self.annotation(annotation, source, scope, none_default=none_default)
                text = f"{arg.arg}: {kind}"
            return text + (" = ..." if default is not None else "")

        for i, (arg, default) in enumerate(zip(positional, defaults, strict=True)):
            parts.append(one(arg, default, skip_first and i == 0))
            if a.posonlyargs and i == len(a.posonlyargs) - 1:
                parts.append("/")
        if a.vararg is not None:
            parts.append("*" + one(a.vararg, None, False))
        elif a.kwonlyargs:
            parts.append("*")
        for arg, default in zip(a.kwonlyargs, a.kw_defaults, strict=True):
            parts.append(one(arg, default, False))
        if a.kwarg is not None:
            parts.append("**" + one(a.kwarg, None, False))
        elif "**kwargs" in patch:
            parts.append(f"**kwargs: {self.annotation(None, source, scope)}")
        return ", ".join(parts)


def _admits_none(text: str) -> bool:
    return text in ("Any", "object") or text.endswith(".Any") or "None" in text.split(" | ")


_resolve_cache: dict[tuple[str, str], Ref | None] = {}


def _resolve(source: str, expr: ast.expr) -> Ref | None:
    key = (source, ast.unparse(expr))
    if key not in _resolve_cache:
        _resolve_cache[key] = _source.resolve_expr(source, expr)
    return _resolve_cache[key]


def resolve(source: str, expr: ast.expr) -> Ref | None:
    return _resolve(source, expr)


def literal_type(value: Any) -> str | None:
    """`bool`/`int`/`float`/`str` for a constant of that type."""
    for kind in (bool, int, float, str):
        if type(value) is kind:
            return kind.__name__
    return None
