"""The static half of the report: run mypy (with the typedtorch plugin) in-process on one file and
read the type of every step of each model's `forward` out of mypy's exported type map.

No user code runs here: parameter counts come from rebuilding the constructor calls of `__init__`
on the meta device, in a process started before mypy (see `_params.py`), so that importing torch
there overlaps mypy's run: the report costs about one mypy run of the file.
"""

from __future__ import annotations

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
    FuncDef,
    MemberExpr,
    MypyFile,
    NameExpr,
    OverloadedFuncDef,
    ReturnStmt,
)
from mypy.options import Options
from mypy.plugin import Plugin
from mypy.types import Instance, Type, get_proper_type

from .._lsp._render import render_type
from .._shapes import Dim
from ._params import CACHE_FILE, Count, ParamBuilder, describe
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

    def total_params(self) -> tuple[Count, list[str]]:
        """The summed parameter count of the layers called in `forward` (each counted once),
        and the attributes whose count is unknown."""
        total: Count = 0
        unknown: list[str] = []
        for attr in dict.fromkeys(r.attr for r in self.rows if r.attr is not None):
            count = self.layer_params.get(attr)
            if count is None:
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
        # Imports torch in its own process while mypy runs (unless its cache has the counts).
        builder.start()
        try:
            return _build_reports(path, class_name, sources, options, extra_plugins, root, builder)
        finally:
            builder.save()
            builder.close()


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
    calls: dict[tuple[int, str], Any] = {}
    for cls in _model_classes(tree):
        if class_name is not None and cls.name != class_name:
            continue
        report = _report_class(cls, path, lines, result.types, options)
        report.errors = errors
        init = _method(cls, "__init__")
        if init is not None:
            for attr, call in _constructed(init).items():
                calls[(len(reports), attr)] = describe(call, result.types)
        reports.append(report)
    if class_name is not None and not reports:
        found = ", ".join(c.name for c in _model_classes(tree)) or "none"
        raise ReportError(f'No class "{class_name}" with a forward() in {path} (found: {found})')
    keys = {f"{i}.{attr}": (i, attr) for i, attr in calls}
    counts = builder.count({key: calls[where] for key, where in keys.items()})
    for key, (i, attr) in keys.items():
        reports[i].layer_params[attr] = counts[key]
    return reports


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
    def __init__(self, types: dict[Expression, Type], options: Options) -> None:
        self.types = types
        self.options = options
        # Reading dims needs no writing back: the codec's instance factory is never called.
        codec_module = importlib.import_module(PLUGIN + "._codec")
        self.codec: Any = codec_module.Codec(_no_instances)

    def render(self, typ: Type | None) -> str:
        if typ is None:
            return "?"
        return render_type(format_type_bare(typ, self.options, verbosity=2))

    def shape(self, typ: Type | None) -> tuple[Dim, ...] | None:
        if typ is None:
            return None
        tensor = self.codec.tensor(typ)
        if tensor is None:
            return None
        shape: tuple[Dim, ...] | None = tensor.shape
        return shape


def _no_instances(fullname: str, args: list[Type]) -> Instance:
    raise AssertionError("the report only reads types")


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
) -> ModelReport:
    renderer = _Renderer(types, options)
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


def _constructed(init: FuncDef) -> dict[str, CallExpr]:
    """The layers `__init__` assigns: `self.attr = Layer(...)`."""
    constructed: dict[str, CallExpr] = {}
    for stmt in statements(init.body):
        if isinstance(stmt, AssignmentStmt) and isinstance(stmt.rvalue, CallExpr):
            for lvalue in stmt.lvalues:
                attr = _is_self_attr(lvalue)
                if attr is not None:
                    constructed[attr] = stmt.rvalue
    return constructed
