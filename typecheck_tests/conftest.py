"""Type-check tests: `.py` files whose expectations are written inline, in mypy's convention.

    y = x @ w  # E: Incompatible shapes for "matmul": [B, 3] @ [4, 5], ...  [shape]
    reveal_type(y)  # N: Revealed type is "torch._tensor.Tensor[...]"

Each directory is checked by ONE mypy run (with the project's config and plugin), shared by its
files; each file is a test comparing what mypy reported with what the file expects. Every error
must be expected, and every expected error and note must be reported. Notes other than revealed
types are only compared on lines that expect a note.

A file with no `# E:` expectation is a pass-file: it must also give zero errors under
basedpyright (one run for all pass-files) and run cleanly with runtime checking on.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TESTS = Path(__file__).resolve().parent
_EXPECT = re.compile(r"#\s*([EN]):\s*(.*?)\s*(?=#\s*[EN]:|$)")
_REPORT = re.compile(r"^(?P<file>[^:\n]+\.py):(?P<line>\d+): (?P<sev>error|note): (?P<msg>.*)$")


@dataclass(frozen=True, order=True)
class Diagnostic:
    line: int
    severity: str  # "E" or "N"
    message: str

    def __str__(self) -> str:
        return f"{self.line}: {self.severity}: {self.message}"


def expectations(path: Path) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    for number, text in enumerate(path.read_text().splitlines(), start=1):
        if "#" not in text:
            continue
        comment = text[text.index("#") :]
        for sev, msg in _EXPECT.findall(comment):
            out.append(Diagnostic(number, sev, msg.strip()))
    return out


def is_pass_file(path: Path) -> bool:
    return not any(d.severity == "E" for d in expectations(path))


def checked_files(directory: Path) -> list[Path]:
    return sorted(
        p for p in directory.glob("*.py") if p.name != "conftest.py" and not p.name.startswith("_")
    )


_mypy_runs: dict[Path, dict[Path, list[Diagnostic]]] = {}


def mypy_results(directory: Path) -> dict[Path, list[Diagnostic]]:
    """Run mypy once over every test file of `directory`; diagnostics by file."""
    if directory in _mypy_runs:
        return _mypy_runs[directory]
    if not _mypy_runs:
        _require_unique_names()
    files = checked_files(directory)
    # One cache for every directory: the runs are sequential, and all but the first then find
    # torch and typedtorch already analysed (a cold torch costs several seconds per run).
    # TYPEDTORCH_TEST_MYPY_CACHE: another cache, for test runs side by side.
    cache = Path(
        os.environ.get("TYPEDTORCH_TEST_MYPY_CACHE", ROOT / ".mypy_cache" / "typecheck_tests")
    )
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--config-file",
            str(ROOT / "pyproject.toml"),
            "--cache-dir",
            str(cache),
            "--no-error-summary",
            "--no-color-output",
            "--no-pretty",
            "--show-error-codes",
            *[str(f.relative_to(ROOT)) for f in files],
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "MYPY_FORCE_COLOR": "0"},
    )
    by_file: dict[Path, list[Diagnostic]] = {f: [] for f in files}
    unparsed: list[str] = []
    for text in proc.stdout.splitlines():
        m = _REPORT.match(text)
        if m is None:
            unparsed.append(text)
            continue
        path = (ROOT / m["file"]).resolve()
        sev = "E" if m["sev"] == "error" else "N"
        by_file.setdefault(path, []).append(Diagnostic(int(m["line"]), sev, m["msg"].strip()))
    if proc.returncode not in (0, 1) or "INTERNAL ERROR" in proc.stdout + proc.stderr:
        raise RuntimeError(f"mypy crashed on {directory}:\n{proc.stdout}\n{proc.stderr}")
    foreign = [p for p in by_file if p not in files]
    if foreign:
        raise RuntimeError(
            "mypy reported errors outside the test files (the library must check clean):\n"
            + "\n".join(str(d) + f" ({p})" for p in foreign for d in by_file[p])
        )
    _mypy_runs[directory] = by_file
    return by_file


_pyright_run: dict[Path, list[str]] | None = None


def pyright_errors(path: Path) -> list[str]:
    """basedpyright errors for `path`, from one run over every pass-file of the suite."""
    global _pyright_run
    if _pyright_run is None:
        pass_files = [f for d in checked_dirs() for f in checked_files(d) if is_pass_file(f)]
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "basedpyright",
                "--outputjson",
                *[str(f) for f in pass_files],
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        import json

        try:
            report = json.loads(proc.stdout)
        except json.JSONDecodeError as err:
            raise RuntimeError(f"basedpyright failed:\n{proc.stdout}\n{proc.stderr}") from err
        _pyright_run = {}
        for diag in report.get("generalDiagnostics", []):
            if diag.get("severity") != "error":
                continue
            file = Path(diag["file"]).resolve()
            line = diag["range"]["start"]["line"] + 1
            _pyright_run.setdefault(file, []).append(f"{line}: {diag['message']}")
    return _pyright_run.get(path.resolve(), [])


def _require_unique_names() -> None:
    # Files outside packages are modules named by their stem; two `pass_x.py` in different
    # directories would share entries in the shared mypy cache.
    seen: dict[str, Path] = {}
    for d in checked_dirs():
        for f in checked_files(d):
            if f.stem in seen:
                raise RuntimeError(f"type-check test names must be unique: {f} and {seen[f.stem]}")
            seen[f.stem] = f


def checked_dirs() -> list[Path]:
    return sorted(
        {
            p.parent
            for p in TESTS.rglob("*.py")
            if p.name != "conftest.py" and "__pycache__" not in p.parts
        }
    )


class _Item(pytest.Item):
    # pytest-lsp's runtest hook assumes every item has `funcargs` (it fails to yield otherwise).
    funcargs: dict[str, object] = {}


class TypecheckFile(pytest.File):
    def collect(self) -> Iterator[pytest.Item]:
        yield MypyItem.from_parent(self, name="mypy")
        if is_pass_file(self.path):
            yield PyrightItem.from_parent(self, name="pyright")
            yield RuntimeItem.from_parent(self, name="runtime")


class MypyItem(_Item):
    def runtest(self) -> None:
        path = self.path.resolve()
        actual = mypy_results(path.parent).get(path, [])
        expected = expectations(path)
        note_lines = {d.line for d in expected if d.severity == "N"}
        compared = [
            d
            for d in actual
            if d.severity == "E" or d.message.startswith("Revealed type is") or d.line in note_lines
        ]
        missing = sorted(set(expected) - set(compared))
        unexpected = sorted(set(compared) - set(expected))
        if missing or unexpected:
            raise TypecheckMismatch(missing, unexpected)

    def repr_failure(
        self, excinfo: pytest.ExceptionInfo[BaseException], style: object = None
    ) -> str:
        if isinstance(excinfo.value, TypecheckMismatch):
            return str(excinfo.value)
        return str(super().repr_failure(excinfo))

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, 0, f"mypy: {self.path.name}"


class TypecheckMismatch(AssertionError):
    def __init__(self, missing: list[Diagnostic], unexpected: list[Diagnostic]) -> None:
        parts = []
        if missing:
            parts.append("Expected but not reported:\n  " + "\n  ".join(map(str, missing)))
        if unexpected:
            parts.append("Reported but not expected:\n  " + "\n  ".join(map(str, unexpected)))
        super().__init__("\n".join(parts))


class PyrightItem(_Item):
    def runtest(self) -> None:
        errors = pyright_errors(self.path)
        assert not errors, "basedpyright errors:\n  " + "\n  ".join(errors)

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, 0, f"pyright: {self.path.name}"


class RuntimeItem(_Item):
    """Run the pass-file as a script with typedtorch's runtime checks on."""

    def runtest(self) -> None:
        proc = subprocess.run(
            [sys.executable, "-m", "typedtorch._run_checked", str(self.path)],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        assert proc.returncode == 0, (
            f"running {self.path.name} failed:\n{proc.stdout}\n{proc.stderr}"
        )

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, 0, f"runtime: {self.path.name}"


def pytest_collect_file(parent: pytest.Collector, file_path: Path) -> pytest.File | None:
    if (
        file_path.suffix == ".py"
        and file_path.name != "conftest.py"
        and not file_path.name.startswith("_")
        and TESTS in file_path.resolve().parents
    ):
        return TypecheckFile.from_parent(parent, path=file_path)
    return None


class _NotAPythonTestModule(pytest.File):
    def collect(self) -> Iterator[pytest.Item]:
        return iter(())


def pytest_pycollect_makemodule(module_path: Path, parent: pytest.Collector) -> pytest.File | None:
    # A file named on the command line is imported as a test module by default; these files
    # are only type-checked (and run as scripts by RuntimeItem).
    if TESTS in module_path.resolve().parents and module_path.name != "conftest.py":
        return _NotAPythonTestModule.from_parent(parent, path=module_path)
    return None
