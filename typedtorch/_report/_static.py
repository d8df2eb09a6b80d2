"""The static half of the report: run mypy (with the typedtorch plugin) in-process on one file and
read the type of every step of each model's `forward` out of mypy's exported type map.

No user code runs here: parameter counts come from the constructor calls of `__init__`, by
formula for torch's common layers, else by rebuilding the layer on the meta device in a process
started before mypy (see `_params.py`), so that importing torch there overlaps mypy's run: the
report costs about one mypy run of the file (one mypy build, with the options and the cache of
a plain `mypy FILE`).
"""

from __future__ import annotations

import ast
import importlib
import importlib.metadata
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from mypy.build import build
from mypy.errors import CompileError
from mypy.main import process_options
from mypy.messages import format_type_bare
from mypy.modulefinder import BuildSource
from mypy.nodes import (
    AssignmentStmt,
    Block,
    CallExpr,
    ClassDef,
    Decorator,
    Expression,
    ExpressionStmt,
    FuncDef,
    IndexExpr,
    MemberExpr,
    MypyFile,
    NameExpr,
    OperatorAssignmentStmt,
    OverloadedFuncDef,
    ReturnStmt,
    StrExpr,
    SuperExpr,
    TypeInfo,
)
from mypy.options import Options
from mypy.plugin import Plugin
from mypy.types import (
    CallableType,
    Instance,
    LiteralType,
    NoneType,
    Type,
    TypeVarType,
    get_proper_type,
)

from .._lsp._render import render_type
from .._shapes import Dim
from ._formulas import COVERED
from ._params import CACHE_FILE, Count, ParamBuilder, UserLayer, describe
from ._walk import calls, statement_expressions, statements

__all__ = ["ModelReport", "ReportError", "Row", "analyze", "find_config"]

PLUGIN: Final = "typedtorch_mypy"
_TORCH_MODULE: Final = "torch.nn.modules.module.Module"
_CONFIG_FILES: Final = ("mypy.ini", ".mypy.ini", "pyproject.toml", "setup.cfg")
_CODE_WIDTH: Final = 40


class ReportError(Exception):
    """The report cannot be built (no such file or class, or mypy could not analyse the file)."""


@dataclass
class Row:
    """One step of a `forward`: a layer call, an assignment or a return.

    Attributes:
        line: source line of the step.
        kind: `"layer"`, `"assign"` or `"return"`.
        code: the step's source text (shortened).
        type: the statically computed type, readable (`Tensor[CPU, Float32, B, 10]`).
        shape: the static shape as dims when the type is a typed tensor of known rank.
        attr: for layer calls, the attribute called (`conv` for `self.conv(x)`).
        layer_type: for layer calls, the layer's class name.
        params: for layer calls, the layer's parameter count (None: not computable statically).
        real: filled in by `--compare`: the real shape, as text.
        mismatch: filled in by `--compare`: why the real shape disagrees (None: it agrees).
    """

    line: int
    kind: str
    code: str
    type: str
    shape: tuple[Dim, ...] | None = None
    targets: tuple[str, ...] = ()
    attr: str | None = None
    layer_type: str | None = None
    params: int | None = None
    real: str | None = None
    mismatch: str | None = None
    end_line: int = 0

    def __post_init__(self) -> None:
        self.end_line = max(self.end_line, self.line)


@dataclass
class ModelReport:
    """The report for one `nn.Module` subclass of the analysed file."""

    name: str
    path: Path
    rows: list[Row] = field(default_factory=list)
    inputs: list[tuple[str, str, tuple[Dim, ...] | None, str]] = field(default_factory=list)
    # attr -> parameter count (None: not computable); every layer assigned in `__init__`. A
    # count is an int, or a `Polynomial` in symbolic dims (`64*V`).
    layer_params: dict[str, Count | None] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    # Layers `__init__` builds in a branch or loop: they may not exist.
    conditional: list[str] = field(default_factory=list)

    def total_params(self) -> tuple[Count, list[str]]:
        """The model's parameter count: the summed counts of every layer `__init__` builds (as
        `sum(p.numel() for p in model.parameters())` counts them, layers `forward` does not
        call included), and the attributes whose count is unknown (or that a branch or loop
        may not build)."""
        total: Count = 0
        unknown: list[str] = []
        for attr, count in self.layer_params.items():
            if count is None or attr in self.conditional:
                unknown.append(attr)
            else:
                total += count
        return total, unknown


def find_config(start: Path) -> Path | None:
    """The mypy config that governs `start`: the nearest mypy.ini / .mypy.ini / pyproject.toml
    (with a `[tool.mypy]` table) / setup.cfg (with a `[mypy]` section) upward from it."""
    for directory in [start, *start.parents]:
        for name in _CONFIG_FILES:
            candidate = directory / name
            if not candidate.is_file():
                continue
            if name == "pyproject.toml" and "[tool.mypy]" not in candidate.read_text():
                continue
            if name == "setup.cfg" and "[mypy]" not in candidate.read_text():
                continue
            return candidate
    return None


@contextmanager
def _cwd(path: Path) -> Iterator[None]:
    # mypy resolves the cache dir and relative config paths against the working directory.
    old = os.getcwd()
    os.chdir(path)
    try:
        yield
    finally:
        os.chdir(old)


def analyze(
    path: Path, class_name: str | None = None, config: Path | None = None
) -> list[ModelReport]:
    """Type-check `path` with the typedtorch plugin and report each model's `forward`.

    Args:
        path: a Python file defining one or more `nn.Module` subclasses.
        class_name: report only this class (default: every class with a `forward`).
        config: the mypy config file (default: the nearest one upward from `path`).

    Returns:
        One report per model class, in source order.

    Raises:
        ReportError: the file or class does not exist, or mypy stopped on a blocking error.
    """
    path = path.resolve()
    if not path.is_file():
        raise ReportError(f"No such file: {path}")
    return _analyze(path, class_name, config)


def _analyze(path: Path, class_name: str | None, config: Path | None) -> list[ModelReport]:
    if config is None:
        config = find_config(path.parent)
    else:
        config = config.resolve()
    root = config.parent if config is not None else path.parent
    args = ["--config-file", str(config)] if config is not None else []
    args += ["--show-column-numbers", "--no-error-summary", str(path)]
    with _cwd(root):
        sources, options = process_options(args, require_targets=True)
        extra_plugins = []
        if PLUGIN not in options.plugins:
            # mypy loads `plugins` only from a config file: without one, pass the plugin in.
            extra_plugins.append(_plugin(options))
        _add_typedtorch_path(options, root)
        builder = ParamBuilder(Path(options.cache_dir).resolve() / _params_cache_name())
        # Imports torch in its own process while mypy runs, where a layer may need it.
        builder.start(_needs_torch(path))
        try:
            return _build_reports(path, class_name, sources, options, extra_plugins, root, builder)
        finally:
            builder.save()
            builder.close()


def _needs_torch(path: Path) -> bool:
    """Whether counting the layers `path`'s constructors build may need torch: a call in a
    `self.attr = ...` of an `__init__` names a class without a formula (`Linear` has one) that
    the file does not define (a user's class or function is never built). Read from the source
    alone, before mypy runs; a guess either way costs only time."""
    try:
        tree = ast.parse(path.read_bytes())
    except (OSError, SyntaxError, ValueError):
        return True
    own = {
        node.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
    }
    # Module-level aliases (`ConvBNReLU = ConvBNActivation`).
    own |= {
        target.id
        for node in tree.body
        if isinstance(node, ast.Assign)
        for target in node.targets
        if isinstance(target, ast.Name)
    }
    for init in ast.walk(tree):
        if not isinstance(init, ast.FunctionDef) or init.name != "__init__":
            continue
        for stmt in ast.walk(init):
            if not isinstance(stmt, ast.Assign | ast.AnnAssign) or stmt.value is None:
                continue
            for call in ast.walk(stmt.value):
                if not isinstance(call, ast.Call):
                    continue
                func = call.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
                if name is not None and name[:1].isupper() and name not in COVERED | own:
                    return True
    return False


def _params_cache_name() -> str:
    """The counts' cache file, per torch version (a layer's parameters may change with it)."""
    try:
        version = importlib.metadata.version("torch")
    except importlib.metadata.PackageNotFoundError:
        version = "none"
    return CACHE_FILE.format(torch=version)


def _build_reports(
    path: Path,
    class_name: str | None,
    sources: list[BuildSource],
    options: Options,
    extra_plugins: list[Plugin],
    root: Path,
    builder: ParamBuilder,
) -> list[ModelReport]:
    with _cwd(root):
        options.export_types = True
        options.preserve_asts = True
        source = path.read_text()
        # Passing the text makes mypy re-check this module even when its cache is fresh (a
        # cached module has no AST and no types); its imports still come from the cache.
        for s in sources:
            if s.path is not None and Path(s.path).resolve() == path:
                s.text = source
        try:
            result = build(sources, options, extra_plugins=extra_plugins)
        except CompileError as e:
            raise ReportError("mypy could not analyse the file:\n" + "\n".join(e.messages)) from e
    target = next(
        (
            s.module
            for s in sources
            if s.path is not None and Path(s.path).resolve() == path and s.module in result.files
        ),
        None,
    )
    if target is None:
        raise ReportError(f"mypy did not analyse {path}")
    tree = result.files[target]
    errors = [m for m in result.errors if _message_path_is(m, path, root)]
    lines = source.splitlines()
    reports: list[ModelReport] = []
    # Classes of this file whose counts are known, by fullname: a later class that builds one
    # (`self.layer1 = BasicBlock(16)`) counts it. Every class is counted, in source order.
    user: dict[str, UserLayer] = {}
    for cls in _model_classes(tree):
        init = _method(cls, "__init__")
        # Calls that build no layer (`self.scale = math.sqrt(d)`) are not layers.
        constructed = {
            attr: call
            for attr, call in (_constructed(init) if init is not None else {}).items()
            if call is None or not _plain(result.types.get(call))
        }
        counts = builder.count(
            {
                attr: None if call is None else describe(call, result.types, user)
                for attr, call in constructed.items()
            }
        )
        layer = _user_layer(cls, init, counts, result.types)
        if layer is not None:
            user[cls.fullname] = layer
        if class_name is not None and cls.name != class_name:
            continue
        report = _report_class(cls, path, lines, result.types, options, result.files)
        report.errors = errors
        report.layer_params = counts
        report.conditional = [attr for attr in counts if attr not in _unconditional(init)]
        reports.append(report)
    if class_name is not None and not reports:
        found = ", ".join(c.name for c in _model_classes(tree)) or "none"
        raise ReportError(f'No class "{class_name}" with a forward() in {path} (found: {found})')
    return reports


_MODULE_BASES: Final = frozenset({_TORCH_MODULE, "typing.Generic", "builtins.object"})
# Types of what `__init__` may store besides layers without holding parameters.
_PLAIN: Final = frozenset(
    {"builtins.int", "builtins.float", "builtins.bool", "builtins.str", "builtins.NoneType"}
)


def _user_layer(
    cls: ClassDef,
    init: FuncDef | None,
    counts: dict[str, Count | None],
    types: dict[Expression, Type],
) -> UserLayer | None:
    """`cls` as a layer of known count, when its parameters are exactly those of the layers its
    `__init__` builds (each of known count): it derives from `nn.Module` alone, and its
    `__init__` only calls `super().__init__(...)` / `self.register_buffer(...)` and assigns
    built layers, plain values (ints, floats, strings, None) and locals, with no branch or
    loop. Anything else (an `nn.Parameter`, a layer passed in, a loop): None."""
    if any(base.type.fullname not in _MODULE_BASES for base in cls.info.bases):
        return None
    if init is None:
        return UserLayer(0, ())
    names = {argument.variable.name for argument in init.arguments}
    plain: set[str] = set()
    for stmt in init.body.body:
        if isinstance(stmt, ExpressionStmt):
            expr = stmt.expr
            if isinstance(expr, StrExpr):
                continue
            if isinstance(expr, CallExpr) and (
                isinstance(expr.callee, SuperExpr)
                and expr.callee.name == "__init__"
                or isinstance(expr.callee, MemberExpr)
                and expr.callee.name == "register_buffer"
                and _is_self(expr.callee.expr)
            ):
                continue
            return None
        if not isinstance(stmt, AssignmentStmt):
            return None
        for lvalue in stmt.lvalues:
            if isinstance(lvalue, NameExpr):
                if lvalue.name in names:
                    return None  # a parameter rebound: a count in its name would be wrong
                continue
            attr = _is_self_attr(lvalue)
            if attr is None:
                return None
            if _plain(types.get(stmt.rvalue)):
                plain.add(attr)
            elif counts.get(attr) is None:
                return None
    total: Count = 0
    for attr, count in counts.items():
        if count is not None:
            total += count
        elif attr not in plain:
            return None
    signature = init.type
    if not isinstance(signature, CallableType):
        return None
    parameters = []
    for argument, kind, typ in zip(
        init.arguments[1:], signature.arg_kinds[1:], signature.arg_types[1:], strict=True
    ):
        proper = get_proper_type(typ)
        symbol = proper.name if isinstance(proper, TypeVarType) else None
        parameters.append(
            (argument.variable.name, symbol, argument.initializer, kind.is_positional())
        )
    # A TypeVar that types two parameters names no one size: it is bound to neither.
    symbols = [symbol for _, symbol, _, _ in parameters if symbol is not None]
    parameters = [
        (
            name,
            symbol if symbol is not None and symbols.count(symbol) == 1 else None,
            default,
            positional,
        )
        for name, symbol, default, positional in parameters
    ]
    return UserLayer(total, tuple(parameters))


def _plain(typ: Type | None) -> bool:
    proper = get_proper_type(typ) if typ is not None else None
    if isinstance(proper, LiteralType | NoneType):
        return True
    if isinstance(proper, TypeVarType):
        return _plain(proper.upper_bound)
    return isinstance(proper, Instance) and proper.type.fullname in _PLAIN


def _is_self(expr: Expression) -> bool:
    return isinstance(expr, NameExpr) and expr.name == "self"


def _plugin(options: Options) -> Plugin:
    from mypy.version import __version__

    # Imported by name: the plugin installs under a name mypy itself does not see when editable.
    entry = importlib.import_module(PLUGIN).plugin
    plugin_class: type[Plugin] = entry(__version__)
    return plugin_class(options)


def _add_typedtorch_path(options: Options, root: Path) -> None:
    """Let mypy find typedtorch when it is installed in editable mode (an import hook mypy does
    not follow) and the analysed file lies outside its checkout."""
    import typedtorch

    package_root = Path(typedtorch.__file__).resolve().parent.parent
    if package_root.name == "site-packages" or package_root == root.resolve():
        return
    if str(package_root) not in options.mypy_path:
        options.mypy_path.append(str(package_root))


def _message_path_is(message: str, path: Path, root: Path) -> bool:
    file = message.split(":", 1)[0]
    try:
        return (root / file).resolve() == path
    except OSError:
        return False


def _model_classes(tree: MypyFile) -> list[ClassDef]:
    return [d for d in tree.defs if isinstance(d, ClassDef) and _method(d, "forward") is not None]


def _method(cls: ClassDef, name: str) -> FuncDef | None:
    for stmt in cls.defs.body:
        if isinstance(stmt, Decorator):
            stmt = stmt.func
        elif isinstance(stmt, OverloadedFuncDef) and stmt.impl is not None:
            impl = stmt.impl
            stmt = impl.func if isinstance(impl, Decorator) else impl
        if isinstance(stmt, FuncDef) and stmt.name == name:
            return stmt
    return None


def _is_self_attr(expr: Expression) -> str | None:
    if (
        isinstance(expr, MemberExpr)
        and isinstance(expr.expr, NameExpr)
        and expr.expr.name == "self"
    ):
        return expr.name
    return None


class _Renderer:
    def __init__(
        self, types: dict[Expression, Type], options: Options, files: dict[str, MypyFile]
    ) -> None:
        self.types = types
        self.options = options
        # Reading a union of tensors builds `tuple[Any, ...]` (an unknown rank): the codec makes
        # instances of classes the build analysed.
        codec_module = importlib.import_module(PLUGIN + "._codec")
        self.codec: Any = codec_module.Codec(_Instances(files))

    def render(self, typ: Type | None) -> str:
        if typ is None:
            return "?"
        return render_type(format_type_bare(typ, self.options, verbosity=2))

    def shape(self, typ: Type | None) -> tuple[Dim, ...] | None:
        if typ is None:
            return None
        try:
            tensor = self.codec.tensor(typ)
        except _NoInstance:
            return None
        if tensor is None:
            return None
        shape: tuple[Dim, ...] | None = tensor.shape
        return shape


class _NoInstance(Exception):
    """A class the codec asked for is not among the analysed modules."""


class _Instances:
    """The codec's instance factory, from the modules of the finished build."""

    def __init__(self, files: dict[str, MypyFile]) -> None:
        self.files = files

    def __call__(self, fullname: str, args: list[Type]) -> Instance:
        module, _, name = fullname.rpartition(".")
        tree = self.files.get(module)
        node = tree.names.get(name) if tree is not None else None
        if node is None or not isinstance(node.node, TypeInfo):
            raise _NoInstance(fullname)
        return Instance(node.node, args)


def _forward_rows(body: Block, renderer: _Renderer, lines: Sequence[str]) -> list[Row]:
    """The rows of one `forward`: each statement's layer calls (in the order they run), then the
    statement itself if it is an assignment or a return."""
    rows: list[Row] = []
    for stmt in statements(body):
        for expr in statement_expressions(stmt):
            for call in calls(expr):
                row = _layer_row(call, renderer, lines)
                if row is not None:
                    rows.append(row)
        if isinstance(stmt, AssignmentStmt):
            typ = renderer.types.get(stmt.rvalue)
            targets = tuple(t.name for t in stmt.lvalues if isinstance(t, NameExpr))
            rows.append(
                Row(
                    stmt.line,
                    "assign",
                    _source(lines, stmt),
                    renderer.render(typ),
                    renderer.shape(typ),
                    targets,
                    end_line=stmt.end_line or stmt.line,
                )
            )
        elif isinstance(stmt, ReturnStmt) and stmt.expr is not None:
            typ = renderer.types.get(stmt.expr)
            rows.append(
                Row(
                    stmt.line,
                    "return",
                    _source(lines, stmt),
                    renderer.render(typ),
                    renderer.shape(typ),
                )
            )
    return rows


def _layer_row(call: CallExpr, renderer: _Renderer, lines: Sequence[str]) -> Row | None:
    attr = _is_self_attr(call.callee)
    if attr is None:
        return None
    layer = get_proper_type(renderer.types.get(call.callee))
    if not isinstance(layer, Instance) or not layer.type.has_base(_TORCH_MODULE):
        return None
    typ = renderer.types.get(call)
    return Row(
        call.line,
        "layer",
        _source(lines, call),
        renderer.render(typ),
        renderer.shape(typ),
        attr=attr,
        layer_type=layer.type.name,
    )


def _source(lines: Sequence[str], node: Expression | AssignmentStmt | ReturnStmt) -> str:
    """The node's source text on one line, shortened to the table's code column."""
    first, last = node.line, node.end_line or node.line
    if first < 1 or last > len(lines):
        return "?"
    chunk = list(lines[first - 1 : last])
    if node.end_column is not None and len(chunk) >= 1:
        chunk[-1] = chunk[-1][: node.end_column]
    if node.column >= 0:
        chunk[0] = chunk[0][node.column :]
    text = " ".join(part.strip() for part in chunk)
    if len(text) > _CODE_WIDTH:
        text = text[: _CODE_WIDTH - 3] + "..."
    return text


def _report_class(
    cls: ClassDef,
    path: Path,
    lines: Sequence[str],
    types: dict[Expression, Type],
    options: Options,
    files: dict[str, MypyFile],
) -> ModelReport:
    renderer = _Renderer(types, options, files)
    report = ModelReport(cls.name, path)
    forward = _method(cls, "forward")
    assert forward is not None
    for argument in forward.arguments[1:]:
        var = argument.variable
        typ = var.type
        report.inputs.append(
            (var.name, renderer.render(typ), renderer.shape(typ), _dtype_name(typ))
        )
    report.rows = _forward_rows(forward.body, renderer, lines)
    return report


def _dtype_name(typ: Type | None) -> str:
    p = get_proper_type(typ) if typ is not None else None
    if isinstance(p, Instance) and p.type.fullname == "torch._tensor.Tensor" and p.args:
        dtype = get_proper_type(p.args[1])
        if isinstance(dtype, Instance):
            return dtype.type.name
    return "?"


def _unconditional(init: FuncDef | None) -> set[str]:
    """The attributes `__init__` assigns outside any branch or loop."""
    if init is None:
        return set()
    return {
        attr
        for stmt in init.body.body
        if isinstance(stmt, AssignmentStmt)
        for attr in map(_is_self_attr, stmt.lvalues)
        if attr is not None
    }


def _constructed(init: FuncDef) -> dict[str, CallExpr | None]:
    """The layers `__init__` assigns: `self.attr = Layer(...)`; None for a layer the constructor
    call does not describe alone: assigned twice, or changed after (`self.layers.append(...)`,
    `self.layers[0] = ...`, `self.layers += ...`), whose count would be a guess."""
    constructed: dict[str, CallExpr | None] = {}
    changed: set[str] = set()
    for stmt in statements(init.body):
        if isinstance(stmt, AssignmentStmt | OperatorAssignmentStmt):
            lvalues = stmt.lvalues if isinstance(stmt, AssignmentStmt) else [stmt.lvalue]
            for lvalue in lvalues:
                attr = _is_self_attr(lvalue)
                if attr is None:
                    if isinstance(lvalue, IndexExpr):
                        changed.add(_is_self_attr(lvalue.base) or "")
                elif isinstance(stmt, OperatorAssignmentStmt) or attr in constructed:
                    changed.add(attr)
                elif isinstance(stmt.rvalue, CallExpr):
                    constructed[attr] = stmt.rvalue
        for expr in statement_expressions(stmt):
            for call in calls(expr):
                if isinstance(call.callee, MemberExpr):
                    changed.add(_is_self_attr(call.callee.expr) or "")
    return {attr: None if attr in changed else call for attr, call in constructed.items()}
