"""Checking a batch of programs with ONE mypy run (with the plugin), and reading the output back.

Programs are written `per_file` to a module; all modules go to one mypy invocation, which uses
the repository's configuration (the plugin, the stubs) and a cache directory that lives for the
tester's run. A mypy INTERNAL ERROR stops mypy on the spot: the program at the line it names is
recorded as crashed (with whether the plugin's code is in the traceback) and the batch is checked
again without it.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from ._model import Line, Program, render_file

ROOT: Final = Path(__file__).resolve().parents[2]

_LINE = re.compile(
    r"^(?P<path>.+?):(?P<line>\d+): (?P<sev>error|note): (?P<msg>.*?)(?:  \[(?P<code>[a-z-]+)\])?$"
)
_REVEALED = re.compile(r'^Revealed type is "(?P<type>.*)"$')
_INTERNAL = re.compile(r"^(?P<path>.+?):(?P<line>\d+): error: INTERNAL ERROR")
_PLUGIN_FRAME = re.compile(r"typedtorch_mypy|mypy_plugin|typedtorch[/\\]_shapes")


@dataclass
class Diagnostic:
    message: str
    code: str  # "" when mypy gives none


@dataclass
class StepReport:
    reveal: str | None = None
    errors: list[Diagnostic] = field(default_factory=list)


@dataclass
class ProgramReport:
    """What mypy said about one program."""

    params: dict[str, str] = field(default_factory=dict)
    steps: dict[int, StepReport] = field(default_factory=dict)
    signature_errors: list[Diagnostic] = field(default_factory=list)
    internal_error: str | None = None  # mypy crashed on this program
    internal_in_plugin: bool = False

    def step(self, i: int) -> StepReport:
        return self.steps.setdefault(i, StepReport())


def _run_mypy(files: Sequence[Path], cache_dir: Path) -> subprocess.CompletedProcess[str]:
    cmd = [
        sys.executable,
        "-m",
        "mypy",
        "--config-file",
        str(ROOT / "pyproject.toml"),
        "--cache-dir",
        str(cache_dir),
        "--no-error-summary",
        "--show-traceback",
        "--no-pretty",
        "--hide-error-context",
        "--no-color-output",
        *map(str, files),
    ]
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)


def check(
    programs: Sequence[Program], workdir: Path, tag: str, per_file: int = 60
) -> dict[str, ProgramReport]:
    """mypy's report on each program (by pid), from one mypy run (more after a crash)."""
    workdir.mkdir(parents=True, exist_ok=True)
    cache = workdir / "mypy_cache"
    reports: dict[str, ProgramReport] = {p.pid: ProgramReport() for p in programs}
    pending = list(programs)
    attempt = 0
    while pending:
        files: list[Path] = []
        where: dict[str, dict[int, Line]] = {}
        for i in range(0, len(pending), per_file):
            path = workdir / f"dt_{tag}_{attempt}_{i // per_file}.py"
            text, lines = render_file(list(pending[i : i + per_file]))
            path.write_text(text)
            files.append(path)
            where[str(path)] = lines
        proc = _run_mypy(files, cache)
        output = proc.stdout + proc.stderr
        crashed = _crashed_program(output, where)
        if crashed is None and proc.returncode not in (0, 1):
            raise RuntimeError(f"mypy exited with {proc.returncode}:\n{output[-4000:]}")
        if crashed is not None:
            pid, text = crashed
            reports[pid] = ProgramReport(
                internal_error=text, internal_in_plugin=bool(_PLUGIN_FRAME.search(output))
            )
            pending = [p for p in pending if p.pid != pid]
            attempt += 1
            continue
        for p in pending:
            reports[p.pid] = ProgramReport()
        _read(proc.stdout, where, reports)
        break
    return reports


def _crashed_program(output: str, where: dict[str, dict[int, Line]]) -> tuple[str, str] | None:
    for raw in output.splitlines():
        m = _INTERNAL.match(raw)
        if m:
            line = where.get(m["path"], {}).get(int(m["line"]))
            if line is None:  # the crash names a line outside every program: the header
                raise RuntimeError(f"mypy crashed outside the programs:\n{output[-4000:]}")
            last = [ln for ln in output.splitlines() if ln.strip()][-1]
            return line.pid, last.strip()[:300]
    return None


def _read(
    stdout: str, where: dict[str, dict[int, Line]], reports: dict[str, ProgramReport]
) -> None:
    for raw in stdout.splitlines():
        m = _LINE.match(raw)
        if not m:
            continue
        line = where.get(m["path"], {}).get(int(m["line"]))
        if line is None:
            continue
        report = reports[line.pid]
        if m["sev"] == "note":
            rm = _REVEALED.match(m["msg"])
            if rm is None:
                continue
            if line.role == "param":
                report.params[line.name] = rm["type"]
            elif line.role == "reveal":
                report.step(line.step).reveal = rm["type"]
            continue
        diag = Diagnostic(m["msg"], m["code"] or "")
        if line.step < 0:
            report.signature_errors.append(diag)
        else:
            report.step(line.step).errors.append(diag)
