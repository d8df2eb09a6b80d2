"""Generates the gradual part of stubs/torch-stubs from torch's own signatures.

Run `python tools/torch_stubs/gen.py` to (re)write the generated sections of the stubs;
`--check` (run by the tests) exits non-zero when a section is stale; `--stats` prints counts.
See README.md in this folder for what goes where.
"""

from __future__ import annotations

import argparse
import ast
import builtins
import importlib
import inspect
import subprocess
import sys
import tempfile
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
# Introspecting torch's modules touches deprecated aliases (`torch.distributed.reduce_op`).
warnings.filterwarnings("ignore", category=FutureWarning)
warnings.filterwarnings("ignore", category=DeprecationWarning)

import _source  # noqa: E402
import _stubs  # noqa: E402
from _render import STDLIB, Loc, Namer, Renderer, canonical, literal_type, resolve  # noqa: E402
from _source import Ref, load, lookup, runtime_object  # noqa: E402
from _stubs import ROOT, StubFile  # noqa: E402

# The public modules whose names user code reaches. Each one's public names (its `__all__`, else
# its public top-level names) are declared in the stub of the module that defines them (the
# stubs mirror torch's layout), and re-exported where torch re-exports them.
ENTRIES = [
    "torch",
    "torch.types",
    "torch.functional",
    "torch.return_types",
    "torch.random",
    "torch.serialization",
    "torch.storage",
    "torch.overrides",
    "torch.hub",
    "torch.library",
    "torch.nn",
    "torch.nn.modules",
    "torch.nn.modules.lazy",
    "torch.nn.functional",
    "torch.nn.init",
    "torch.nn.parameter",
    "torch.nn.common_types",
    "torch.nn.grad",
    "torch.nn.utils",
    "torch.nn.utils.rnn",
    "torch.nn.utils.parametrize",
    "torch.nn.utils.parametrizations",
    "torch.nn.utils.prune",
    "torch.nn.utils.stateless",
    "torch.nn.utils.clip_grad",
    "torch.nn.parallel",
    "torch.nn.attention",
    "torch.optim",
    "torch.optim.optimizer",
    "torch.optim.lr_scheduler",
    "torch.optim.swa_utils",
    "torch.utils",
    "torch.utils.data",
    "torch.utils.checkpoint",
    "torch.utils.hooks",
    "torch.autograd",
    "torch.autograd.functional",
    "torch.autograd.grad_mode",
    "torch.autograd.graph",
    "torch.autograd.function",
    "torch.autograd.profiler",
    "torch.amp",
    "torch.cuda",
    "torch.cuda.amp",
    "torch.cpu",
    "torch.mps",
    "torch.xpu",
    "torch.accelerator",
    "torch.backends",
    "torch.backends.cudnn",
    "torch.backends.cuda",
    "torch.backends.mps",
    "torch.backends.mkldnn",
    "torch.backends.cpu",
    "torch.backends.opt_einsum",
    "torch.linalg",
    "torch.fft",
    "torch.special",
    "torch.sparse",
    "torch.nested",
    "torch.masked",
    "torch.distributions",
    "torch.testing",
    "torch.jit",
    "torch.fx",
    "torch.func",
    "torch.export",
    "torch.compiler",
    "torch.profiler",
    "torch.multiprocessing",
    "torch.distributed",
    "torch.onnx",
    "torch.quantization",
    "torch.ao",
    "torch._dynamo",
    "torch._utils",
]
# Private modules whose definitions are placed in their own stub (others go to the public module
# that exports them).
PRIVATE_HOMES = frozenset(
    {"torch._C", "torch._C._VariableFunctions", "torch._C._nn", "torch._tensor", "torch._utils"}
)
# Modules never given a stub: heavy, internal, or shadowed.
NO_STUB_PREFIXES = ("torch._inductor", "torch._subclasses", "torch.testing._internal")

# Packages a checker only reads when user code imports them: a stub outside one never names what
# is inside it (that annotation becomes `Any`), and `torch` does not re-export them. Each costs
# tens of files (distributed, fx, export, jit, ...), and most programs never touch them.
HEAVY = (
    "torch.distributed",
    "torch.distributions",
    "torch.fx",
    "torch.export",
    "torch.jit",
    "torch.onnx",
    "torch._dynamo",
    "torch.profiler",
    "torch.autograd.profiler",
    "torch.autograd.profiler_util",
    "torch.utils.data.datapipes",
    "torch.ao",
    "torch.quantization",
    "torch.xpu",
    "torch.mps",
    "torch.masked",
    "torch.nested",
    "torch.multiprocessing",
    "torch.compiler",
    "torch.accelerator",
    "torch.futures",
    "torch.library",
    "torch.hub",
    "torch.overrides",
    "torch.utils.throughput_benchmark",
    "torch.utils.backend_registration",
    "torch.utils.cpp_backtrace",
    "torch.nn.parallel.distributed",
)


def _package_of_heavy(module: str) -> str | None:
    for heavy in HEAVY:
        if module == heavy or module.startswith(heavy + "."):
            return heavy
    return None


def _visible(module: str, consumer: str) -> bool:
    """Whether the stub of `consumer` may name what `module` defines."""
    heavy = _package_of_heavy(module)
    return heavy is None or _package_of_heavy(consumer) == heavy


TENSOR_BASE = "TensorBase"
# Where torch's own annotations reject ordinary code, the stubs say what torch accepts (each
# entry: (module, qualified name) -> parameter -> annotation, in that module's names).
PATCHES = {
    # `ConcatDataset([a, b])`: torch's bare `Dataset` leaves the item type unsolved.
    ("torch.utils.data.dataset", "ConcatDataset.__init__"): {
        "datasets": "Iterable[Dataset[_T_co]]"
    },
    # A custom `Function`'s `backward(ctx, grad)`: pyright accepts an override of a base that
    # also takes `**kwargs: Any` (a gradual signature), not one of `(ctx, *grad_outputs)`.
    ("torch.autograd.function", "_SingleLevelFunction.backward"): {"**kwargs": "Any"},
    ("torch.autograd.function", "_SingleLevelFunction.vjp"): {"**kwargs": "Any"},
    ("torch.autograd.function", "_SingleLevelFunction.jvp"): {"**kwargs": "Any"},
}
# Members never added to a hand-written class: its hand-written typing decides them.
CLASS_SECTION_SKIP = frozenset({"__init__", "__new__", "__call__", "forward", "__getattr__"})


@dataclass
class Item:
    """One generated definition."""

    kind: str  # "class", "def", "alias", "typevar", "var", "tensorbase"
    name: str  # as the stub names it
    source: str  # the torch module its declaration is read from
    node: Any  # ClassDef | list[FunctionDef] | expr | Call | None
    value: Any = None  # "var": the runtime value when there is no annotation


@dataclass
class Target:
    """A stub file the generator writes to."""

    stub: StubFile
    items: dict[str, Item] = field(default_factory=dict)
    reexports: dict[str, Loc] = field(default_factory=dict)
    module_reexports: dict[str, str] = field(default_factory=dict)
    class_items: dict[str, list[tuple[str, list[Any], str]]] = field(default_factory=dict)
    copies: dict[tuple[str, str], str] = field(default_factory=dict)

    @property
    def module(self) -> str:
        return self.stub.module


class Planner:
    """Which definitions go to which stub, found from the entries' public names and from what
    the rendered code needs (`locate`, called while rendering, plans on demand)."""

    def __init__(self) -> None:
        self.targets: dict[str, Target] = {}
        self.hand_locs: set[Loc] = set()  # defined by a hand-written part
        # Where a runtime class or function is declared in the stubs, by identity (so that
        # `torch.autograd.no_grad` is the hand-written `torch.no_grad`); `_alive` keeps the
        # objects, hence their ids, alive.
        self.by_id: dict[int, Loc] = {}
        self._alive: list[Any] = []
        self.changed = False
        self.submodules: list[tuple[str, str, str]] = []  # (entry, name, module) re-exported
        self.existing = frozenset(_stubs.existing_modules())
        for module in sorted(set(_stubs.existing_modules()) | set(ENTRIES)):
            if self.stub_allowed(module):
                self.target(module)

    # -- targets ----------------------------------------------------------------------------

    def stub_allowed(self, module: str) -> bool:
        if module.startswith(NO_STUB_PREFIXES) or load(module) is None:
            return False
        if module in PRIVATE_HOMES or module in self.existing:
            return True
        parts = module.split(".")
        if any(p.startswith("_") for p in parts[1:]) and module not in PRIVATE_HOMES:
            return False
        # A submodule that its package shadows with another object (`torch.nn.utils.weight_norm`
        # the function) cannot be stubbed: the checker would see the module.
        parent, _, last = module.rpartition(".")
        if parent:
            obj = runtime_object(parent, last)
            if obj is not None and not inspect.ismodule(obj):
                return False
        return True

    def target(self, module: str) -> Target:
        if module not in self.targets:
            stub = StubFile.read(module)
            self.targets[module] = Target(stub)
            for name in stub.defined_names:
                self.hand_locs.add((module, name))
                self._identify(runtime_object(module, name), (module, name))
            self.changed = True
        return self.targets[module]

    def _identify(self, obj: Any, loc: Loc) -> None:
        if _identifiable(obj):
            self._alive.append(obj)
            self.by_id.setdefault(id(obj), loc)

    def planned(self, loc: Loc) -> bool:
        t = self.targets.get(loc[0])
        return t is not None and loc[1] in t.items

    def placeable(self, module: str, name: str) -> bool:
        """Whether `module`'s stub may define `name`: not when that would shadow a builtin its
        hand-written part uses (`torch.complex` the function, beside `complex` the type)."""
        t = self.target(module)
        return not (hasattr(builtins, name) and name in t.stub.used_names)

    def add(self, module: str, item: Item) -> Loc:
        t = self.target(module)
        if item.name not in t.items and item.name not in t.stub.top_names:
            t.items[item.name] = item
            self.changed = True
            if item.kind in ("class", "def"):
                self._identify(runtime_object(item.source, _source_name(item)), (module, item.name))
        return (module, item.name)

    # -- where a torch definition lives in the stubs ----------------------------------------

    def locate(self, ref: Ref, consumer: str) -> Loc | None:
        loc = self._locate(ref, consumer)
        if loc is not None and not _visible(loc[0], consumer):
            return None
        return loc

    def _locate(self, ref: Ref, consumer: str) -> Loc | None:
        if ref.kind != "def":
            return None
        loc = (ref.module, ref.name)
        if loc in self.hand_locs or self.planned(loc):
            return loc
        src = load(ref.module)
        binding = src.bindings.get(ref.name) if src is not None else None
        obj = runtime_object(ref.module, ref.name)
        if _identifiable(obj) and id(obj) in self.by_id:
            return self.by_id[id(obj)]
        if binding is None:
            return None
        if binding.kind in ("class", "def"):
            if ref.module in self.targets and self.placeable(ref.module, ref.name):
                return self.add(ref.module, Item(binding.kind, ref.name, ref.module, binding.node))
            return None
        if binding.kind in ("alias", "typevar") or (
            binding.kind == "assign" and _is_type_expr(binding.node)
        ):
            kind = "typevar" if binding.kind == "typevar" else "alias"
            if ref.module in self.targets:
                if ref.name in self.targets[ref.module].stub.top_names:
                    return loc
                return self.add(ref.module, Item(kind, ref.name, ref.module, binding.node))
            # A private alias or TypeVar of a module without a stub: copied where it is used.
            t = self.target(consumer)
            key = (ref.module, ref.name)
            if key not in t.copies:
                name = ref.name
                while name in t.stub.top_names or (
                    name in t.items and t.items[name].source != ref.module
                ):
                    name = f"_{name}"
                t.copies[key] = name
                self.add(consumer, Item(kind, name, ref.module, binding.node))
            return (consumer, t.copies[key])
        return None

    # -- the public surface -----------------------------------------------------------------

    def plan_entry(self, entry: str) -> None:
        t = self.target(entry)
        for name in public_names(entry):
            if name in t.stub.top_names or name in t.items or name in t.reexports:
                continue
            obj = runtime_object(entry, name)
            ref = lookup(entry, name)
            if ref is None:
                continue
            if ref.kind == "module":
                if ref.module.startswith(entry + "."):
                    self.submodules.append((entry, name, ref.module))
                continue
            if ref.kind == "external":
                if _is_scalar(obj):
                    self.add(entry, Item("var", name, entry, None, value=obj))
                continue
            found = self.by_id.get(id(obj)) if _identifiable(obj) else None
            if found is not None:
                if found != (entry, name) and _visible(found[0], entry):
                    t.reexports[name] = found
                continue
            if not _visible(ref.module, entry):
                continue
            src = load(ref.module)
            binding = src.bindings.get(ref.name) if src is not None else None
            if binding is None:
                continue
            item = _item_for(ref, binding, obj)
            if item is None:
                continue
            # At home when its stub exists or may (a public module of the entry's package),
            # else in the entry.
            home = ref.module
            if (
                home != entry
                and (
                    home in self.targets
                    or (home.startswith(entry + ".") and self.stub_allowed(home))
                )
                and self.placeable(home, ref.name)
            ):
                loc = self.add(home, item)
                if loc != (entry, name):
                    t.reexports[name] = loc
            elif self.placeable(entry, name):
                item.name = name
                self.add(entry, item)

    def plan_packages(self) -> None:
        """A stub for every package above a stubbed module (else the checker falls back to
        torch's own package, and to all of torch's sources with it); the stubbed submodules a
        module exports as attributes (`torch.optim`)."""
        for module in list(self.targets):
            parts = module.split(".")
            for i in range(1, len(parts)):
                self.target(".".join(parts[:i]))
        # torch's packages expose their (imported) submodules as attributes: `torch.optim`.
        for module in list(self.targets):
            parent, _, last = module.rpartition(".")
            if (
                parent in self.targets
                and not last.startswith("_")
                and inspect.ismodule(runtime_object(parent, last))
            ):
                self.submodules.append((parent, last, module))
        for entry, name, module in self.submodules:
            t = self.targets[entry]
            if module in self.targets and name not in t.stub.top_names and _visible(module, entry):
                t.module_reexports[name] = module

    def plan_tensor_base(self) -> None:
        self.add("torch._C", Item("tensorbase", TENSOR_BASE, "torch._C", None))

    def plan_class_sections(self) -> None:
        """Members of hand-written classes that torch has and the stub lacks (`Module`)."""
        for module, t in self.targets.items():
            src = load(module)
            if src is None or t.stub.placeholder:
                continue
            for cls, members in t.stub.class_members.items():
                if cls == "Tensor" or module == "torch._C":
                    continue
                b = src.bindings.get(cls)
                if b is None or b.kind != "class":
                    continue
                extra = [
                    m
                    for m in class_members(b.node, module, private=False)
                    if m[0] not in members and m[0] not in CLASS_SECTION_SKIP
                ]
                if extra:
                    t.class_items[cls] = extra


def _item_order(item: Item) -> tuple[int, str, int, str]:
    """TypeVars, then aliases, then the rest in torch's source order."""
    rank = {"typevar": 0, "alias": 1}.get(item.kind, 2)
    node = item.node[0] if isinstance(item.node, list) else item.node
    line = getattr(node, "lineno", 0) if item.kind in ("class", "def") else 0
    return (rank, item.source, line, item.name)


def _source_name(item: Item) -> str:
    if item.kind == "class":
        return item.node.name
    if item.kind == "def":
        return item.node[0].name
    return item.name


def _identifiable(obj: Any) -> bool:
    return obj is not None and (
        inspect.isclass(obj) or inspect.isfunction(obj) or inspect.isbuiltin(obj)
    )


def _is_scalar(obj: Any) -> bool:
    return type(obj) in (bool, int, float, str, complex)


def _is_type_expr(node: Any) -> bool:
    return isinstance(node, ast.Subscript) or (
        isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr)
    )


def _item_for(ref: Ref, binding: _source.Binding, obj: Any) -> Item | None:
    """The item declaring a public name. A value torch computes (`norm = _add_docstr(...)`)
    is a variable of its runtime type (`Any` unless the stubs have that class)."""
    if binding.kind in ("class", "def", "var", "alias"):
        return Item(binding.kind, ref.name, ref.module, binding.node)
    if binding.kind == "assign":
        return Item("var", ref.name, ref.module, None, value=obj)
    return None


def public_names(module: str) -> list[str]:
    """`__all__` when the module has one, else its public top-level names."""
    src = load(module)
    try:
        mod: Any = importlib.import_module(module)
    except Exception:
        mod = None
    names: list[str] = []
    declared = getattr(mod, "__all__", None) if mod is not None else None
    if declared is None and src is not None and src.all is not None:
        declared = src.all
    if declared is not None:
        names = [n for n in declared if isinstance(n, str)]
    else:
        if mod is not None:
            names = [n for n in dir(mod) if not n.startswith("_")]
        if src is not None:
            names += [n for n in src.bindings if not n.startswith("_") and n not in names]
    # Names a module only imports from elsewhere outside torch (`Optional`, `math`) are not its API.
    out = []
    for n in names:
        if n.startswith("__"):
            continue
        b = src.bindings.get(n) if src is not None else None
        if declared is None and b is not None and b.kind == "module":
            target = b.target
            if not target.startswith(module + "."):
                continue
        out.append(n)
    return out


# -- class members ----------------------------------------------------------------------------

Member = tuple[str, list[Any], str]  # (name, [nodes], kind); kind: "def", "attr", "alias", "enum"


def _is_dunder(name: str) -> bool:
    return name.startswith("__") and name.endswith("__")


def _public(name: str, private: bool) -> bool:
    return private or not name.startswith("_") or _is_dunder(name)


_members_cache: dict[tuple[int, str, bool], list[Member]] = {}


def class_members(node: ast.ClassDef, source: str, *, private: bool) -> list[Member]:
    """A class's members in source order: methods (with their overloads), attributes. (The
    nodes stay alive in the cached sources, so their ids key the cache.)"""
    key = (id(node), source, private)
    if key not in _members_cache:
        _members_cache[key] = _class_members(node, source, private=private)
    return _members_cache[key]


def _class_members(node: ast.ClassDef, source: str, *, private: bool) -> list[Member]:
    members: dict[str, Member] = {}
    self_attrs: dict[str, Member] = {}

    def add(name: str, member: Member) -> None:
        if name in members and member[2] == "def" and members[name][2] == "def":
            members[name][1].append(member[1][0])
        else:
            members.pop(name, None)
            members[name] = member

    for stmt in _flatten(node.body):
        if isinstance(stmt, ast.FunctionDef | ast.AsyncFunctionDef):
            if _public(stmt.name, private):
                add(stmt.name, (stmt.name, [stmt], "def"))
            for sub in ast.walk(stmt):
                target = None
                annotation = None
                if isinstance(sub, ast.AnnAssign):
                    target, annotation = sub.target, sub.annotation
                elif isinstance(sub, ast.Assign) and len(sub.targets) == 1:
                    target = sub.targets[0]
                if (
                    isinstance(target, ast.Attribute)
                    and isinstance(target.value, ast.Name)
                    and target.value.id == "self"
                    and _public(target.attr, private)
                    and not _is_dunder(target.attr)
                ):
                    prev = self_attrs.get(target.attr)
                    if prev is None or (prev[1][0] is None and annotation is not None):
                        self_attrs[target.attr] = (target.attr, [annotation], "attr")
        elif isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
            name = stmt.target.id
            if _public(name, private) and not (_is_dunder(name) and name != "__hash__"):
                add(name, (name, [stmt.annotation, stmt.value], "attr"))
        elif isinstance(stmt, ast.Assign):
            if _source._assign_binding(stmt.value).kind == "typevar":
                continue  # a TypeVar scoped in the class body (`Module.T_destination`)
            for target in stmt.targets:
                if isinstance(target, ast.Name) and _public(target.id, private):
                    if target.id in ("__module__", "__slots__", "__constants__", "__doc__"):
                        continue
                    add(target.id, (target.id, [stmt.value], "alias"))
    # Attributes first (class-level, then those set on `self`), then methods, in source order.
    attrs = [m for m in members.values() if m[2] != "def"]
    attrs += [m for name, m in self_attrs.items() if name not in members]
    return attrs + [m for m in members.values() if m[2] == "def"]


def _flatten(body: list[ast.stmt]) -> Iterator[ast.stmt]:
    for stmt in body:
        if isinstance(stmt, ast.If):
            yield from _flatten(stmt.body)
            if not _source._is_type_checking(stmt.test):
                yield from _flatten(stmt.orelse)
        elif isinstance(stmt, ast.Try):
            yield from _flatten(stmt.body)
        else:
            yield stmt


_PROPERTIES = frozenset(
    {"property", "functools.cached_property", "cached_property", "lazy_property", "classproperty"}
)


def _overloads_only(defs: list[Any]) -> list[Any]:
    ov = [d for d in defs if any(ast.unparse(x).endswith("overload") for x in d.decorator_list)]
    if ov:
        return ov
    # A property's getter, setter and deleter; else the last definition.
    props = [
        d
        for d in defs
        if any(
            ast.unparse(x) in _PROPERTIES or ast.unparse(x).endswith((".setter", ".deleter"))
            for x in d.decorator_list
        )
    ]
    if props and any(ast.unparse(x) in _PROPERTIES for x in props[0].decorator_list):
        return props
    return [defs[-1]]


# -- rendering --------------------------------------------------------------------------------

_BUILTIN_SCALARS = frozenset({"int", "float", "bool", "str", "complex", "bytes", "object"})
ENUM_BASES = frozenset({"enum.Enum", "enum.IntEnum", "enum.Flag", "enum.IntFlag", "enum.StrEnum"})


class FileRenderer:
    """The generated parts of one stub: its imports, its module section, its class sections.

    Names are spelled as the hand-written part already binds them where it does (its imports,
    `_int = int`), else imported into the generated imports block.
    """

    def __init__(self, planner: Planner, t: Target) -> None:
        self.planner = planner
        self.t = t
        bound = set(t.stub.top_names) | set(t.items) | set(t.reexports) | set(t.module_reexports)
        self.namer = Namer(t.module, bound)
        self._hand_reverse()
        # A re-export under torch's other name (`DistError` for `torch._C._DistError`) is an
        # assignment: checkers only re-export `from m import x as x`.
        self.renamed: dict[str, Loc] = {}
        for local, loc in t.reexports.items():
            if local == loc[1]:
                self.namer.reexports[local] = loc
                self.namer.reverse.setdefault(loc, local)
            else:
                self.renamed[local] = loc
        self.namer.module_reexports.update(t.module_reexports)
        self.r = Renderer(self.namer, planner.locate, patches=PATCHES)

    def _hand_reverse(self) -> None:
        for stmt in self.t.stub.hand_tree.body:
            if isinstance(stmt, ast.ImportFrom) and stmt.module and not stmt.level:
                for alias in stmt.names:
                    local = alias.asname or alias.name
                    loc = _stub_loc(self.planner, stmt.module, alias.name)
                    self.namer.reverse.setdefault(loc, local)
            elif isinstance(stmt, ast.ImportFrom) and stmt.level:
                base = self.t.module.split(".")
                if self.t.stub.path.stem != "__init__":
                    base = base[:-1]
                base = base[: len(base) - (stmt.level - 1)]
                module = ".".join(base + ([stmt.module] if stmt.module else []))
                for alias in stmt.names:
                    loc = _stub_loc(self.planner, module, alias.name)
                    self.namer.reverse.setdefault(loc, alias.asname or alias.name)
            elif (
                isinstance(stmt, ast.Assign)
                and len(stmt.targets) == 1
                and isinstance(stmt.targets[0], ast.Name)
                and isinstance(stmt.value, ast.Name)
                and stmt.value.id in _BUILTIN_SCALARS
            ):
                # `_int = int`: how the hand-written part spells a shadowed builtin.
                self.namer.reverse.setdefault(("builtins", stmt.value.id), stmt.targets[0].id)

    # -- items ------------------------------------------------------------------------------

    def render(self) -> tuple[str, str, dict[str, str]]:
        lines: list[str] = []
        for local, loc in sorted(self.renamed.items()):
            self.namer.bound.discard(local)  # its own name, not to be imported as
            lines.append(f"{local} = {self.namer.spell(loc)}")
            self.namer.bound.add(local)
        for item in sorted(self.t.items.values(), key=_item_order):
            lines += self.item(item)
        class_sections = {}
        for cls, members in self.t.class_items.items():
            scope = frozenset(self.t.stub.class_members.get(cls, set()) | {m[0] for m in members})
            body: list[str] = []
            for member in members:
                body += self.member(member, self.t.module, scope, cls)
            class_sections[cls] = "\n".join(body) + "\n" if body else ""
        if self.t.stub.owned:
            any_ = self.r.spell_any()
            lines.append(f"def __getattr__(name: str) -> {any_}: ...")
        for local, original in self.namer.aliases.items():
            ta = self.namer.spell(("typing", "TypeAlias"))
            lines.append(f"{local}: {ta} = {original}")
        section = "\n".join(lines) + "\n" if lines else ""
        return self.namer.import_lines(), section, class_sections

    def item(self, item: Item) -> list[str]:
        if item.kind == "def":
            return self.r.function(
                item.node, item.source, frozenset(), method=False, name=item.name
            )
        if item.kind == "class":
            return self.klass(item.node, item.source, item.name)
        if item.kind == "tensorbase":
            return self.tensor_base()
        if item.kind == "alias":
            ta = self.namer.spell(("typing", "TypeAlias"))
            return [f"{item.name}: {ta} = {self.r.annotation(item.node, item.source, frozenset())}"]
        if item.kind == "typevar":
            return [self.typevar(item)]
        if item.kind == "var":
            if item.node is not None:
                return [f"{item.name}: {self.r.annotation(item.node, item.source, frozenset())}"]
            return [f"{item.name}: {self.value_type(item.value)}"]
        raise AssertionError(item.kind)

    def value_type(self, value: Any) -> str:
        kind = literal_type(value)
        if kind is not None:
            return self.namer.spell(("builtins", kind))
        if type(value) is complex:
            return self.namer.spell(("builtins", "complex"))
        cls = type(value)
        loc = self.planner.by_id.get(id(cls))
        if loc is not None:
            return self.namer.spell(loc)
        return self.r.spell_any()

    def typevar(self, item: Item) -> str:
        call: ast.Call = item.node
        kind = ast.unparse(call.func).split(".")[-1]
        has_default = any(k.arg == "default" for k in call.keywords)
        module = "typing_extensions" if has_default else "typing"
        fn = self.namer.spell((module, kind))
        args = [repr(item.name)]
        for a in call.args[1:]:
            args.append(self.r.annotation(a, item.source, frozenset()))
        for k in call.keywords:
            if k.arg in ("bound", "default"):
                args.append(f"{k.arg}={self.r.annotation(k.value, item.source, frozenset())}")
            elif k.arg in ("covariant", "contravariant", "infer_variance") and isinstance(
                k.value, ast.Constant
            ):
                args.append(f"{k.arg}={k.value.value!r}")
        return f"{item.name} = {fn}({', '.join(args)})"

    # -- classes ----------------------------------------------------------------------------

    def bases(self, node: ast.ClassDef, source: str) -> list[str]:
        out = []
        for base in node.bases:
            text = self.r.annotation(base, source, frozenset())
            if text == self.r.spell_any() and out and any(b == text for b in out):
                continue
            out.append(text)
        for k in node.keywords:
            if k.arg == "total" and isinstance(k.value, ast.Constant):
                out.append(f"total={k.value.value!r}")
        return out

    def is_enum(self, node: ast.ClassDef, source: str, depth: int = 0) -> bool:
        for base in node.bases:
            target = base.value if isinstance(base, ast.Subscript) else base
            if not isinstance(target, ast.Name | ast.Attribute):
                continue
            ref = resolve(source, target)
            if ref is None:
                continue
            if ref.kind == "external" and f"{ref.module}.{ref.name}" in ENUM_BASES:
                return True
            if ref.kind == "def" and depth < 5:
                src = load(ref.module)
                b = src.bindings.get(ref.name) if src else None
                if (
                    b is not None
                    and b.kind == "class"
                    and self.is_enum(b.node, ref.module, depth + 1)
                ):
                    return True
        return False

    def decorators(self, node: ast.ClassDef, source: str) -> list[str]:
        out = []
        for d in node.decorator_list:
            target = d.func if isinstance(d, ast.Call) else d
            if not isinstance(target, ast.Name | ast.Attribute):
                continue
            ref = resolve(source, target)
            if ref is None or ref.kind != "external" or ref.qualified != "dataclasses.dataclass":
                continue
            text = "@" + self.namer.spell(("dataclasses", "dataclass"))
            if isinstance(d, ast.Call):
                kws = [
                    f"{k.arg}={k.value.value!r}"
                    for k in d.keywords
                    if isinstance(k.value, ast.Constant) and k.arg is not None
                ]
                text += f"({', '.join(kws)})"
            out.append(text)
        return out

    def klass(self, node: ast.ClassDef, source: str, name: str) -> list[str]:
        private = False
        members = class_members(node, source, private=private)
        inherited = inherited_names(node, source)
        members = [
            m for m in members if not (m[2] == "attr" and m[0] in inherited and m[1][0] is None)
        ]
        scope = frozenset(m[0] for m in members)
        bases = self.bases(node, source)
        decorators = self.decorators(node, source)
        record = bool(decorators) or any(b.endswith(("NamedTuple", "TypedDict")) for b in bases)
        enum = self.is_enum(node, source)
        head = f"class {name}({', '.join(bases)}):" if bases else f"class {name}:"
        body: list[str] = []
        for member in members:
            body += self.member(member, source, scope, name, record=record, enum=enum, node=node)
        return [*decorators, head, *(body or ["    ..."])]

    def member(
        self,
        member: Member,
        source: str,
        scope: frozenset[str],
        cls: str,
        *,
        record: bool = False,
        enum: bool = False,
        node: ast.ClassDef | None = None,
        lookup_def=None,
    ) -> list[str]:
        name, nodes, kind = member
        if kind == "def":
            return self.r.function(
                _overloads_only(nodes),
                source,
                scope,
                method=True,
                indent="    ",
                qualname=f"{node.name if node is not None else cls}.{name}",
            )
        if kind == "attr":
            annotation = nodes[0]
            value = nodes[1] if len(nodes) > 1 else None
            if annotation is not None and ast.unparse(annotation).endswith("TypeAlias"):
                ta = self.namer.spell(("typing", "TypeAlias"), scope)
                saved = self.namer.snapshot()
                text = self.r.annotation(value, source, scope)
                if "Self" in text.replace("[", " ").replace(",", " ").split():
                    self.namer.restore(saved)
                    text = self.r.spell_any(scope)  # `Self` is not valid in an alias
                return [f"    {name}: {ta} = {text}"]
            text = self.r.annotation(annotation, source, scope)
            tail = " = ..." if value is not None and (record or "Final" in text) else ""
            return [f"    {name}: {text}{tail}"]
        # kind == "alias": `name = value` in the class body.
        value = nodes[0]
        if enum:
            if isinstance(value, ast.Constant):
                return [f"    {name} = {value.value!r}"]
            return [f"    {name} = ..."]
        fn = self._aliased_def(value, source, node, lookup_def)
        if fn is not None:
            defs, fn_source = fn
            return self.r.function(
                _overloads_only(defs),
                fn_source,
                scope,
                method=True,
                name=name,
                indent="    ",
                qualname=f"{node.name if node is not None else cls}.{name}",
            )
        if _is_dunder(name):
            return []
        if isinstance(value, ast.Constant) and literal_type(value.value):
            return [
                f"    {name}: {self.namer.spell(('builtins', literal_type(value.value)), scope)}"
            ]
        return [f"    {name}: {self.r.spell_any(scope)}"]

    def _aliased_def(self, value: ast.expr, source: str, node, lookup_def):
        """`__rtruediv__ = __rdiv__`, `detach = _add_docstr(TensorBase.detach, ...)`."""
        while isinstance(value, ast.Call) and value.args:
            callee = ast.unparse(value.func).split(".")[-1]
            if callee == "cast" and len(value.args) == 2:
                value = value.args[1]
            elif callee in (
                "_add_docstr",
                "_handle_torch_function_and_wrap_type_error_to_not_implemented",
            ):
                value = value.args[0]
            else:
                return None
        if isinstance(value, ast.Name) and node is not None:
            for stmt in _flatten(node.body):
                if isinstance(stmt, ast.FunctionDef) and stmt.name == value.id:
                    defs = [
                        s
                        for s in _flatten(node.body)
                        if isinstance(s, ast.FunctionDef) and s.name == value.id
                    ]
                    return defs, source
        if isinstance(value, ast.Attribute) and lookup_def is not None:
            return lookup_def(value.attr)
        return None

    # -- Tensor's base ----------------------------------------------------------------------

    def tensor_base(self) -> list[str]:
        """`TensorBase`: torch._C.TensorBase's members and torch._tensor.Tensor's, the latter
        winning (as in torch's class hierarchy)."""
        c_src = load("torch._C")
        t_src = load("torch._tensor")
        assert c_src is not None and t_src is not None
        base_node = c_src.bindings["TensorBase"].node
        tensor_node = t_src.bindings["Tensor"].node
        base = [(m, "torch._C") for m in class_members(base_node, "torch._C", private=True)]
        sub = [
            (m, "torch._tensor") for m in class_members(tensor_node, "torch._tensor", private=True)
        ]
        merged: dict[str, tuple[Member, str]] = {}
        for member, src in base + sub:
            if src == "torch._tensor" and member[2] == "attr" and member[0] in merged:
                continue  # `self.x = ...` in a Python method of an attribute TensorBase declares
            merged[member[0]] = (member, src)
        base_defs = {m[0]: m for m, _ in base if m[2] == "def"}

        def lookup_def(attr: str):
            m = base_defs.get(attr)
            return (m[1], "torch._C") if m is not None else None

        scope = frozenset(merged)
        body: list[str] = []
        for member, src in merged.values():
            body += self.member(
                member,
                src,
                scope,
                TENSOR_BASE,
                node=tensor_node if src == "torch._tensor" else base_node,
                lookup_def=lookup_def,
            )
        return [f"class {TENSOR_BASE}:", *body]


_inherited_cache: dict[int, set[str]] = {}


def inherited_names(node: ast.ClassDef, source: str, depth: int = 0) -> set[str]:
    """Names the torch classes this one derives from declare (theirs win over `self.x = ...`)."""
    if id(node) not in _inherited_cache:
        _inherited_cache[id(node)] = _inherited_names(node, source, depth)
    return _inherited_cache[id(node)]


def _inherited_names(node: ast.ClassDef, source: str, depth: int) -> set[str]:
    names: set[str] = set()
    if depth > 8:
        return names
    for base in node.bases:
        target = base.value if isinstance(base, ast.Subscript) else base
        if not isinstance(target, ast.Name | ast.Attribute):
            continue
        ref = resolve(source, target)
        if ref is None or ref.kind != "def":
            continue
        src = load(ref.module)
        b = src.bindings.get(ref.name) if src else None
        if b is None or b.kind != "class":
            continue
        names |= {m[0] for m in class_members(b.node, ref.module, private=True)}
        names |= inherited_names(b.node, ref.module, depth + 1)
    return names


def _stub_loc(planner: Planner, module: str, name: str, depth: int = 0) -> Loc:
    """What `from module import name` in a stub refers to."""
    if module in STDLIB:
        return canonical(module, name)
    t = planner.targets.get(module)
    if t is None or depth > 10:
        return (module, name)
    for stmt in t.stub.hand_tree.body:
        if isinstance(stmt, ast.ImportFrom) and stmt.module and not stmt.level:
            for alias in stmt.names:
                if (alias.asname or alias.name) == name:
                    return _stub_loc(planner, stmt.module, alias.name, depth + 1)
    if name in t.reexports:
        return t.reexports[name]
    return (module, name)


# -- driver -----------------------------------------------------------------------------------


def plan() -> Planner:
    planner = Planner()
    planner.plan_tensor_base()
    for entry in ENTRIES:
        if entry in planner.targets:
            planner.plan_entry(entry)
    planner.plan_class_sections()
    planner.plan_packages()
    return planner


def render_all(planner: Planner) -> dict[str, tuple[str, str, dict[str, str]]]:
    # Rendering plans what the rendered code needs (private aliases, bases): repeat until stable.
    for _ in range(20):
        planner.changed = False
        out = {m: FileRenderer(planner, t).render() for m, t in list(planner.targets.items())}
        if not planner.changed:
            return out
    raise RuntimeError("the stubs' plan did not settle")


def ruff(texts: dict[Path, str]) -> dict[Path, str]:
    """Each stub's text as ruff leaves it (imports sorted, pyupgrade fixes, formatted): written
    to a scratch copy of the stub tree and formatted there in two ruff runs."""
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp) / "torch-stubs"
        for path, text in texts.items():
            copy = scratch / path.relative_to(_stubs.STUBS)
            copy.parent.mkdir(parents=True, exist_ok=True)
            copy.write_text(text)
        config = ["--config", str(ROOT / "pyproject.toml")]
        for command in (
            ["check", "--fix", "--select", "I,UP", "--exit-zero", "--quiet"],
            ["format", "--quiet"],
        ):
            subprocess.run(
                [sys.executable, "-m", "ruff", *command, *config, str(scratch)],
                check=True,
                cwd=ROOT,
            )
        return {path: (scratch / path.relative_to(_stubs.STUBS)).read_text() for path in texts}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if a stub is not up to date")
    parser.add_argument("--stats", action="store_true", help="print what is generated")
    parser.add_argument("--stubs", type=Path, help="the stub package to write (a copy, for trials)")
    args = parser.parse_args(argv)
    if args.stubs is not None:
        _stubs.STUBS = args.stubs.resolve()
    planner = plan()
    rendered = render_all(planner)
    # Read and write in one step (others may edit the hand-written parts meanwhile): each stub
    # is read, spliced, and compared or written right after the formatter's one pass.
    stubs: dict[Path, StubFile] = {}
    spliced: dict[Path, str] = {}
    for module, (imports, section, class_sections) in sorted(rendered.items()):
        t = planner.targets[module]
        if (
            not (section or imports or class_sections)
            and not t.stub.owned
            and _stubs.BEGIN not in t.stub.text
        ):
            continue
        stub = StubFile.read(module)
        stubs[stub.path] = stub
        header = _stubs.GENERATED_HEADER
        spliced[stub.path] = _stubs.splice(stub, imports, section, class_sections, header)
    formatted = ruff(spliced)
    changed = [p for p, new in formatted.items() if new != stubs[p].text]
    misplaced = [m for s in stubs.values() if (m := _stubs.misplaced_placeholder(s.module))]
    stale = [str(p.relative_to(_stubs.STUBS.parent)) for p in [*changed, *misplaced]]
    if not args.check:
        edited = [p for p in changed if p.is_file() and p.read_text() != stubs[p].text]
        if edited:
            sys.exit(f"changed while generating, run the generator again: {edited}")
        for path in changed:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(formatted[path])
        for path in misplaced:
            path.unlink()
    if args.stats:
        print_stats(planner)
    if args.check and stale:
        print(f"stale generated stubs: {', '.join(stale)}: run python tools/torch_stubs/gen.py")
        return 1
    return 0


def print_stats(planner: Planner) -> None:
    for module, t in sorted(planner.targets.items()):
        kinds: dict[str, int] = {}
        for item in t.items.values():
            kinds[item.kind] = kinds.get(item.kind, 0) + 1
        if kinds or t.reexports:
            print(f"{module:45} {kinds} reexports={len(t.reexports)}")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
