"""The hand-typed stubs accept every parameter torch declares.

For each torch function, Tensor method and nn layer constructor that the stubs type by hand,
this writes one call site per overload torch declares, passing every parameter it can give a
value of the declared type (by keyword where torch allows it: `x.std(unbiased=False)`,
`x.flip(0, 1)`, `torch.zeros(size=(2, 3))`, `out=t`, `nn.BatchNorm1d(3, bias=False)`), and checks
that plain mypy (without the plugin) and basedpyright accept all of them. torch's signatures are
read as the generator reads them (tools/torch_stubs/_source.py).
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
STUBS = ROOT / "stubs" / "torch-stubs"
sys.path.insert(0, str(ROOT / "tools" / "torch_stubs"))

import _source  # noqa: E402
import _stubs  # noqa: E402

# Values of torch's own types, by the name torch defines them under.
_TORCH_VALUES = {
    "torch._tensor.Tensor": "t",
    "torch.Tensor": "t",
    "torch._C.dtype": "torch.float32",
    "torch._C.device": 'torch.device("cpu")',
    "torch._C.memory_format": "torch.contiguous_format",
    "torch._C.layout": "torch.strided",
    "torch._C.Generator": "torch.Generator()",
    "torch._C.Size": "torch.Size([2, 3])",
    "torch._C.qscheme": "torch.per_tensor_affine",
    "torch.SymInt": "1",
    "torch.SymFloat": "1.0",
    "torch.SymBool": "True",
    "torch.nn.parameter.Parameter": "p",
}
_BUILTIN_VALUES = {
    "int": "1",
    "float": "1.0",
    "bool": "False",
    "str": '"mean"',
    "complex": "1j",
    "bytes": 'b""',
}
_SEQUENCES = {
    "builtins.list": "[{0}, {0}]",
    "typing.List": "[{0}, {0}]",
    "builtins.tuple": "({0}, {0})",
    "typing.Tuple": "({0}, {0})",
    "typing.Sequence": "({0}, {0})",
    "collections.abc.Sequence": "({0}, {0})",
    "typing.Iterable": "[{0}, {0}]",
    "collections.abc.Iterable": "[{0}, {0}]",
}
# Strings torch accepts for the parameters that take one (any other str for the rest).
_STRINGS = {
    "device": '"cpu"',
    "padding": '"same"',
    "padding_mode": '"zeros"',
    "mode": '"nearest"',
    "approximate": '"tanh"',
    "nonlinearity": '"tanh"',
    "activation": '"relu"',
    "rounding_mode": '"trunc"',
    "indexing": '"ij"',
}
# Values for parameters torch leaves unannotated, by their name.
_UNANNOTATED = {"device": '"cpu"', "dtype": "torch.float32"}
# Parameters torch's stubs name that its runtime only takes by position (`torch.numel(self=t)` and
# `t.requires_grad_(mode=True)` raise TypeError), and functions' `self`.
_POSITIONAL = {("t.requires_grad_", "mode"), ("torch.set_num_threads", "nthreads")}
# Parameters that only name dimensions (torch's named-tensor API, which the stubs do not type).
_NAMED_DIMS = ("EllipsisType", "str | ellipsis", "Dimname")
_NAMED_PARAMS = ("names", "dim", "dims")


@dataclass(frozen=True)
class Target:
    """A hand-typed callable and where torch declares it."""

    kind: str  # "method", "function", "layer"
    name: str  # how the generated call names it: `t.std`, `torch.zeros`, `nn.Linear`
    source: str  # torch module of the declaration
    defs: tuple[ast.FunctionDef, ...]


def _hand_part(path: Path) -> ast.Module:
    return ast.parse(_stubs.without_generated(path.read_text()))


def _functions(tree: ast.Module) -> list[str]:
    return sorted(
        {n.name for n in tree.body if isinstance(n, ast.FunctionDef) and not n.name.startswith("_")}
    )


def _class_defs(module: str, cls: str) -> dict[str, list[ast.FunctionDef]]:
    src = _source.load(module)
    assert src is not None
    node = src.bindings[cls].node
    out: dict[str, list[ast.FunctionDef]] = {}
    for stmt in node.body:
        if isinstance(stmt, ast.FunctionDef):
            out.setdefault(stmt.name, []).append(stmt)
    return out


def _inherited(
    module: str, cls: str, method: str, depth: int = 0
) -> tuple[str, list[ast.FunctionDef]] | None:
    """`cls.method` as torch declares it, in `cls` or the first base that has it."""
    defs = _class_defs(module, cls).get(method)
    if defs:
        return module, defs
    src = _source.load(module)
    if src is None or depth > 8:
        return None
    for base in src.bindings[cls].node.bases:
        ref = (
            _source.resolve_expr(module, base)
            if isinstance(base, ast.Name | ast.Attribute)
            else None
        )
        if ref is not None and ref.kind == "def" and ref.module.startswith("torch."):
            base_src = _source.load(ref.module)
            if (
                base_src is not None
                and getattr(base_src.bindings.get(ref.name), "kind", "") == "class"
            ):
                found = _inherited(ref.module, ref.name, method, depth + 1)
                if found is not None:
                    return found
    return None


def _overloads(defs: list[ast.FunctionDef]) -> tuple[ast.FunctionDef, ...]:
    marked = [d for d in defs if any(ast.unparse(x).endswith("overload") for x in d.decorator_list)]
    return tuple(marked or defs[-1:])


def _is_property(defs: list[ast.FunctionDef]) -> bool:
    return any(ast.unparse(x) == "property" for d in defs for x in d.decorator_list)


def targets() -> Iterator[Target]:
    # Tensor methods typed in _tensor.pyi; torch's are the Python `Tensor`'s, else `TensorBase`'s.
    tensor = next(
        n
        for n in _hand_part(STUBS / "_tensor.pyi").body
        if isinstance(n, ast.ClassDef) and n.name == "Tensor"
    )
    python_defs = _class_defs("torch._tensor", "Tensor")
    base_defs = _class_defs("torch._C", "TensorBase")
    for name in sorted({n.name for n in tensor.body if isinstance(n, ast.FunctionDef)}):
        if name.startswith("_"):
            continue
        source, defs = (
            ("torch._tensor", python_defs[name])
            if name in python_defs
            else ("torch._C", base_defs.get(name, []))
        )
        if defs and not _is_property(defs):
            yield Target("method", f"t.{name}", source, _overloads(defs))
    # Functions typed by hand: where torch itself declares them.
    for stub, module in (
        ("_C/_VariableFunctions.pyi", "torch"),
        ("functional.pyi", "torch"),
        ("__init__.pyi", "torch"),
        ("nn/functional.pyi", "torch.nn.functional"),
    ):
        public = "torch" if module == "torch" else "F"
        for name in _functions(_hand_part(STUBS / stub)):
            ref = _source.lookup(module, name)
            if ref is None or ref.kind != "def":
                continue
            src = _source.load(ref.module)
            binding = src.bindings.get(ref.name) if src is not None else None
            if binding is not None and binding.kind == "def":
                yield Target("function", f"{public}.{name}", ref.module, _overloads(binding.node))
    # Layer constructors typed by hand.
    for path in sorted((STUBS / "nn" / "modules").glob("*.pyi")):
        module = f"torch.nn.modules.{path.stem}"
        src = _source.load(module)
        if src is None:
            continue
        for node in _hand_part(path).body:
            if not isinstance(node, ast.ClassDef) or node.name.startswith("_"):
                continue
            binding = src.bindings.get(node.name)
            if binding is None or binding.kind != "class" or node.name == "Module":
                continue
            found = _inherited(module, node.name, "__init__")
            if found is not None:
                yield Target("layer", f"nn.{node.name}", found[0], _overloads(found[1]))


_Bindings = dict[str, tuple[ast.expr, str]]  # a generic alias's TypeVars -> its arguments


def sample(
    expr: ast.expr | None, source: str, depth: int = 0, bound: _Bindings | None = None
) -> str | None:
    """A value of the type `expr` (an annotation of torch module `source`), or None."""
    if expr is None or depth > 12:
        return None
    bound = bound or {}
    if isinstance(expr, ast.Constant):
        if expr.value is None:
            return "None"
        if isinstance(expr.value, str):
            try:
                return sample(ast.parse(expr.value, mode="eval").body, source, depth + 1)
            except SyntaxError:
                return None
        return None
    if isinstance(expr, ast.BinOp) and isinstance(expr.op, ast.BitOr):
        return _first(_union_members(expr), source, depth, bound)
    if isinstance(expr, ast.Name | ast.Attribute):
        ref = _source.resolve_expr(source, expr)
        if ref is None:
            return None
        if ref.kind == "external":
            if ref.module == "builtins":
                return _BUILTIN_VALUES.get(ref.name)
            return None
        if ref.kind != "def":
            return None
        if ref.qualified in _TORCH_VALUES:
            return _TORCH_VALUES[ref.qualified]
        if ref.qualified in bound:
            arg, arg_source = bound[ref.qualified]
            return sample(arg, arg_source, depth + 1)
        src = _source.load(ref.module)
        binding = src.bindings.get(ref.name) if src is not None else None
        if binding is not None and binding.kind in ("alias", "assign"):
            return sample(binding.node, ref.module, depth + 1, bound)
        return None
    if isinstance(expr, ast.Subscript):
        ref = (
            _source.resolve_expr(source, expr.value)
            if isinstance(expr.value, ast.Name | ast.Attribute)
            else None
        )
        args = list(expr.slice.elts) if isinstance(expr.slice, ast.Tuple) else [expr.slice]
        base = ref.qualified if ref is not None else ""
        if base in ("typing.Optional",):
            return sample(args[0], source, depth + 1, bound)
        if base == "typing.Union":
            return _first(args, source, depth, bound)
        if base in ("typing.Literal", "typing_extensions.Literal"):
            first = args[0]
            return repr(first.value) if isinstance(first, ast.Constant) else None
        if base in ("builtins.tuple", "typing.Tuple") and not (
            len(args) == 2 and isinstance(args[1], ast.Constant) and args[1].value is Ellipsis
        ):
            items = [sample(a, source, depth + 1, bound) for a in args]
            if any(i is None for i in items):
                return None
            return "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"  # type: ignore[arg-type]
        if base in _SEQUENCES:
            item = sample(args[0], source, depth + 1, bound)
            return None if item is None else _SEQUENCES[base].format(item)
        if ref is not None and ref.kind == "def":
            # A generic alias (`_size_2_t = _scalar_or_tuple_2_t[int]`): its TypeVars bound.
            src = _source.load(ref.module)
            binding = src.bindings.get(ref.name) if src is not None else None
            if binding is not None and binding.kind in ("alias", "assign"):
                params = _typevars(binding.node, ref.module)
                inner = dict(zip(params, [(a, source) for a in args], strict=False))
                return sample(binding.node, ref.module, depth + 1, inner)
        return None
    return None


def _typevars(expr: ast.expr, source: str) -> list[str]:
    """The TypeVars a generic alias's value uses, in order of appearance."""
    out: list[str] = []
    for node in ast.walk(expr):
        if isinstance(node, ast.Name):
            ref = _source.resolve_expr(source, node)
            if ref is not None and ref.kind == "def" and ref.qualified not in out:
                src = _source.load(ref.module)
                binding = src.bindings.get(ref.name) if src is not None else None
                if binding is not None and binding.kind == "typevar":
                    out.append(ref.qualified)
    return out


def _union_members(expr: ast.expr) -> list[ast.expr]:
    if isinstance(expr, ast.BinOp) and isinstance(expr.op, ast.BitOr):
        return _union_members(expr.left) + _union_members(expr.right)
    return [expr]


def _first(
    members: list[ast.expr], source: str, depth: int, bound: _Bindings | None = None
) -> str | None:
    """The first member's value that is not None (None when only None fits)."""
    values = [sample(m, source, depth + 1, bound) for m in members]
    for v in values:
        if v is not None and v != "None":
            return v
    return "None" if "None" in values else None


def call(target: Target, fn: ast.FunctionDef) -> str | None:
    """`target(...)` passing every parameter of `fn` that has a value, or None if a required
    one has none (or the overload is torch's named-dimension API)."""
    a = fn.args
    params = [*a.posonlyargs, *a.args]
    defaults = [False] * (len(params) - len(a.defaults)) + [True] * len(a.defaults)
    if target.kind != "function":
        params, defaults = params[1:], defaults[1:]  # self
    posonly = {p.arg for p in a.posonlyargs}
    values: list[str | None] = []
    # Parameters up to the last one that must be positional are all passed by position.
    last_positional = -1
    for i, (arg, has_default) in enumerate(zip(params, defaults, strict=True)):
        if _named_dims(arg):
            return None
        value = _value(arg, target.source)
        if value is None or (value == "None" and not has_default):
            if not has_default:
                return None
            value = None
        values.append(value)
        if (
            arg.arg in posonly
            or a.vararg is not None
            or (target.name, arg.arg) in _POSITIONAL
            or (arg.arg == "self" and target.kind == "function")
        ) and value is not None:
            last_positional = i
    positional: list[str] = []
    keywords: list[str] = []
    for i, (arg, value) in enumerate(zip(params, values, strict=True)):
        if i <= last_positional:
            if value is None:
                return None  # an optional parameter without a value, before a positional one
            positional.append(value)
        elif value is not None:
            keywords.append(f"{arg.arg}={value}")
    if a.vararg is not None:
        value = sample(a.vararg.annotation, target.source)
        if value is None or value == "None" or any(v is None for v in values):
            return None  # `*args` of unknown type, or a gap before them
        positional += [value, value]
    for arg, default in zip(a.kwonlyargs, a.kw_defaults, strict=True):
        if _named_dims(arg):
            return None
        value = _value(arg, target.source)
        if value is None or (value == "None" and default is None):
            if default is None:
                return None
            continue
        keywords.append(f"{arg.arg}={value}")
    return f"{target.name}({', '.join(positional + keywords)})"


def _named_dims(arg: ast.arg) -> bool:
    """Whether `arg` belongs to torch's named-tensor API (`names=`, `dim="C"`)."""
    if arg.annotation is None:
        return False
    text = ast.unparse(arg.annotation)
    return any(n in text for n in _NAMED_DIMS) or (arg.arg in _NAMED_PARAMS and "str" in text)


def _value(arg: ast.arg, source: str) -> str | None:
    if arg.annotation is None:
        return _UNANNOTATED.get(arg.arg)
    value = sample(arg.annotation, source)
    if value == _BUILTIN_VALUES["str"]:
        return _STRINGS.get(arg.arg, value)
    return value


def program() -> tuple[str, dict[int, str]]:
    """The call sites, and which torch declaration each line comes from."""
    lines = [
        "# Generated by tests/test_torch_signatures.py: one call per overload torch declares.",
        "import torch",
        "import torch.nn as nn",
        "import torch.nn.functional as F",
        "",
        "",
        "def calls(t: torch.Tensor, p: nn.Parameter) -> None:",
    ]
    origin: dict[int, str] = {}
    for target in targets():
        for fn in target.defs:
            text = call(target, fn)
            if text is not None:
                lines.append(f"    {text}")
                origin[len(lines)] = f"{target.source}: {ast.unparse(fn.args)}"
    return "\n".join(lines) + "\n", origin


@pytest.fixture(scope="module")
def calls_file(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[int, str]]:
    text, origin = program()
    path = tmp_path_factory.mktemp("signatures") / "torch_calls.py"
    path.write_text(text)
    return path, origin


def test_calls_cover_the_hand_typed_surface(calls_file: tuple[Path, dict[int, str]]) -> None:
    text = calls_file[0].read_text()
    for expected in (
        "t.std(unbiased=False)",
        "t.flip(1, 1)",
        "t.squeeze(1, 1)",
        "torch.zeros(size=(1, 1)",
        "out=t",
        "nn.BatchNorm1d(num_features=1",
        "t.to(",
    ):
        assert expected in text, expected
    assert text.count("\n    ") > 300


def _described(errors: list[tuple[int, str]], origin: dict[int, str], lines: list[str]) -> str:
    return "\n".join(
        f"{line}: {lines[line - 1].strip()}\n    {message}\n    torch: {origin.get(line, '?')}"
        for line, message in errors
    )


def test_plain_mypy_accepts_every_torch_parameter(
    calls_file: tuple[Path, dict[int, str]], tmp_path: Path
) -> None:
    path, origin = calls_file
    config = tmp_path / "mypy.ini"
    config.write_text("[mypy]\npython_version = 3.11\n")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--config-file",
            str(config),
            "--cache-dir",
            str(tmp_path / "cache"),
            "--no-error-summary",
            "--show-error-codes",
            "--hide-error-context",
            str(path),
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={**os.environ, "MYPY_FORCE_COLOR": "0"},
    )
    assert "INTERNAL ERROR" not in proc.stdout + proc.stderr, proc.stderr
    errors = []
    for text in proc.stdout.splitlines():
        head, _, message = text.partition(": error: ")
        if message and head.startswith(str(path)):
            errors.append((int(head.rsplit(":", 1)[1]), message))
    lines = path.read_text().splitlines()
    assert not errors, f"{len(errors)} rejected calls:\n" + _described(errors, origin, lines)


def test_basedpyright_accepts_every_torch_parameter(
    calls_file: tuple[Path, dict[int, str]],
) -> None:
    path, origin = calls_file
    proc = subprocess.run(
        [sys.executable, "-m", "basedpyright", "--outputjson", str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    report = json.loads(proc.stdout)
    errors = [
        (d["range"]["start"]["line"] + 1, d["message"].splitlines()[0])
        for d in report["generalDiagnostics"]
        if d["severity"] == "error"
    ]
    lines = path.read_text().splitlines()
    assert not errors, f"{len(errors)} rejected calls:\n" + _described(errors, origin, lines)
