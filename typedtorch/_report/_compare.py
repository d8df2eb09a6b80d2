"""`--compare`: run the model once and hold each static shape of the report against the real one.

The layers' outputs are caught with forward hooks, the assigned values by tracing the `forward`
frame (`sys.settrace`, line events: when execution leaves a statement, its targets are bound).
Symbolic dims bind on first sight (from the inputs first: `B` is the batch size given) and must
then agree everywhere.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from types import FrameType, ModuleType
from typing import Any, Final

import torch

from .._shapes import UNKNOWN, Dim, Expr
from .._shapes._symbolic import Sym, substitute
from ._static import ModelReport, ReportError, Row

__all__ = ["compare"]

# What a symbolic input dim is set to when the input is built from the annotation: not 1, which
# would hide a dim mixed up with a literal 1.
DEFAULT_SYMBOLIC_DIM: Final = 2


def compare(report: ModelReport, example_input: Sequence[int] | None = None) -> dict[Sym, int]:
    """Run `report`'s model once and fill in each row's `real` shape and `mismatch`.

    The model is built with no arguments. Its input is, in order of preference: a tensor of
    shape `example_input`; what the file's module-level `example_input()` returns; a tensor
    built from the `forward` annotation (symbolic dims set to 2).

    Args:
        report: a static report (from `analyze`).
        example_input: the input's shape, e.g. `(1, 1, 28, 28)`.

    Returns:
        The symbolic dims' values in this run.

    Raises:
        ReportError: the model cannot be built or run, or no input can be made.
    """
    module = _import(report.path)
    cls = getattr(module, report.name, None)
    if not isinstance(cls, type) or not issubclass(cls, torch.nn.Module):
        raise ReportError(f'"{report.name}" in {report.path} is not an nn.Module class')
    try:
        model = cls()
    except Exception as e:
        raise ReportError(f'Cannot build "{report.name}()" with no arguments: {e}') from e
    model.eval()
    inputs = _inputs(report, module, example_input)

    bindings: dict[Sym, int] = {}
    for (name, _, shape, _), value in zip(report.inputs, inputs, strict=False):
        problem = _match(shape, value, bindings)
        if problem is not None:
            raise ReportError(f'Input "{name}" does not match its annotation: {problem}')

    outputs: dict[str, list[object]] = {}
    handles = []
    for attr in dict.fromkeys(r.attr for r in report.rows if r.attr is not None):
        layer = getattr(model, attr, None)
        if isinstance(layer, torch.nn.Module):
            handles.append(layer.register_forward_hook(_recorder(outputs.setdefault(attr, []))))
    assigned = _Tracer(type(model).forward.__code__, report.rows)
    try:
        with torch.no_grad(), assigned:
            result = model(*inputs)
    except Exception as e:
        raise ReportError(f'Running "{report.name}" failed: {type(e).__name__}: {e}') from e
    finally:
        for handle in handles:
            handle.remove()

    layer_rows: dict[str, list[Row]] = {}
    for row in report.rows:
        if row.attr is not None:
            layer_rows.setdefault(row.attr, []).append(row)
    for attr, rows in layer_rows.items():
        values = outputs.get(attr, [])
        if len(rows) == len(values):
            for row, value in zip(rows, values, strict=True):
                _fill(row, [value], bindings)
        elif len(rows) == 1 and values:
            _fill(rows[0], values, bindings)
        else:
            for row in rows:
                row.real = f"called {len(values)}x"
    for row in report.rows:
        if row.kind == "assign":
            _fill(row, assigned.values.get(id(row), []), bindings)
        elif row.kind == "return":
            _fill(row, [result], bindings)
    return bindings


def _import(path: Path) -> ModuleType:
    name = "_typedtorch_report_" + path.stem
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise ReportError(f"Cannot import {path}")
    module = importlib.util.module_from_spec(spec)
    # The file's own directory first, as `python FILE` would have it: its sibling imports work.
    sys.path.insert(0, str(path.parent))
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except Exception as e:
        raise ReportError(f"Importing {path} failed: {type(e).__name__}: {e}") from e
    finally:
        sys.path.remove(str(path.parent))
    return module


def _inputs(
    report: ModelReport, module: ModuleType, example_input: Sequence[int] | None
) -> tuple[object, ...]:
    if example_input is not None:
        dtype = report.inputs[0][3] if report.inputs else "Float32"
        return (_tensor(tuple(example_input), dtype),)
    make = getattr(module, "example_input", None)
    if callable(make):
        value = make()
        return tuple(value) if isinstance(value, tuple) else (value,)
    inputs = []
    for name, text, shape, dtype in report.inputs:
        if shape is None or any(
            d is UNKNOWN or (isinstance(d, Expr) and _symbol(d) is None) for d in shape
        ):
            raise ReportError(
                f'Cannot build input "{name}" from its type {text}: pass --example-input '
                f"or define example_input() in the file"
            )
        sizes = tuple(d if isinstance(d, int) else DEFAULT_SYMBOLIC_DIM for d in shape)
        inputs.append(_tensor(sizes, dtype))
    return tuple(inputs)


def _tensor(shape: tuple[int, ...], dtype_name: str) -> torch.Tensor:
    dtype = getattr(torch, dtype_name.lower(), None)
    if not isinstance(dtype, torch.dtype):
        dtype = torch.float32
    if dtype.is_floating_point or dtype.is_complex:
        return torch.randn(shape, dtype=dtype)
    return torch.zeros(shape, dtype=dtype)


def _recorder(into: list[object]) -> Callable[[torch.nn.Module, Any, object], None]:
    def hook(module: torch.nn.Module, args: Any, output: object) -> None:
        into.append(output)

    return hook


class _Tracer:
    """Records the values bound by the assignment rows while `forward` runs."""

    def __init__(self, code: object, rows: Sequence[Row]) -> None:
        self.code = code
        self.rows = [r for r in rows if r.kind == "assign" and r.targets]
        self.values: dict[int, list[object]] = {}
        self._current: Row | None = None
        self._previous: Any = None

    def __enter__(self) -> None:
        self._previous = sys.gettrace()
        sys.settrace(self._global)

    def __exit__(self, *exc: object) -> None:
        sys.settrace(self._previous)

    def _global(self, frame: FrameType, event: str, arg: object) -> Any:
        if frame.f_code is self.code:
            return self._local
        return None

    def _local(self, frame: FrameType, event: str, arg: object) -> Any:
        if event in ("line", "return"):
            row = self._current
            if row is not None and (event == "return" or not _within(row, frame.f_lineno)):
                self._current = None
                value = tuple(frame.f_locals.get(t) for t in row.targets)
                self.values.setdefault(id(row), []).append(value[0] if len(value) == 1 else value)
            if event == "line" and self._current is None:
                self._current = next((r for r in self.rows if r.line == frame.f_lineno), None)
        return self._local


def _within(row: Row, line: int) -> bool:
    return row.line <= line <= row.end_line


def _fill(row: Row, values: Sequence[object], bindings: dict[Sym, int]) -> None:
    if not values:
        row.real = "not run"
        return
    for value in values:
        row.real = _show(value)
        problem = _match(row.shape, value, bindings)
        if problem is not None:
            row.mismatch = problem
            return


def _show(value: object) -> str:
    if isinstance(value, torch.Tensor):
        return "[" + ", ".join(str(n) for n in value.shape) + "]"
    if isinstance(value, tuple):
        return "(" + ", ".join(_show(v) for v in value) + ")"
    return type(value).__name__


def _symbol(d: Expr) -> Sym | None:
    """The symbol `d` is, if it is a lone symbol (`B`, not `B + 1`)."""
    if len(d.terms) == 1:
        mono, coef = d.terms[0]
        if coef == 1 and len(mono) == 1 and isinstance(mono[0], Sym):
            return mono[0]
    return None


def _match(shape: tuple[Dim, ...] | None, value: object, bindings: dict[Sym, int]) -> str | None:
    """Why `value` does not have `shape` (binding new symbols as it goes), or None."""
    if shape is None or not isinstance(value, torch.Tensor):
        return None
    real = tuple(value.shape)
    if len(real) != len(shape):
        return f"rank {len(shape)} expected, got rank {len(real)}"
    for i, (static, actual) in enumerate(zip(shape, real, strict=True)):
        if isinstance(static, Expr):
            symbol = _symbol(static)
            if symbol is not None and symbol not in bindings:
                bindings[symbol] = actual
                continue
            static = substitute(static, bindings)
        if isinstance(static, int) and static != actual:
            shown = ", ".join(f"{s}={v}" for s, v in bindings.items())
            where = f" (with {shown})" if shown else ""
            return f"dim {i}: static {static}, real {actual}{where}"
    return None
