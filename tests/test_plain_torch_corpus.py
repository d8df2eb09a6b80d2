"""Ordinary PyTorch code checks clean: no false error from the stubs, with or without the plugin.

tests/plain_torch/ holds small, realistic programs that use torch only (training loops,
datasets, optimizers, schedulers, hooks, autocast, checkpoints, distributions, ...). Each checker
runs once over the whole folder: plain mypy (no plugin), mypy with the project's configuration
(plugin on), and basedpyright; then every program runs (on CPU; what is slow sits under
`if __name__ == "__main__":`, which the run skips).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "plain_torch"
PROGRAMS = sorted(CORPUS.glob("*.py"))
# Plain mypy, as a torch user without typedtorch's plugin runs it; untyped functions checked too.
PLAIN_CONFIG = (
    "[mypy]\npython_version = 3.11\ncheck_untyped_defs = True\nwarn_unused_ignores = True\n"
)


def _mypy(config: Path, cache: Path) -> list[str]:
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--config-file",
            str(config),
            "--cache-dir",
            str(cache),
            "--no-error-summary",
            "--show-error-codes",
            *[str(p.relative_to(ROOT)) for p in PROGRAMS],
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "MYPY_FORCE_COLOR": "0"},
    )
    assert "INTERNAL ERROR" not in proc.stdout + proc.stderr, proc.stdout + proc.stderr
    assert proc.returncode in (0, 1), proc.stderr
    return [line for line in proc.stdout.splitlines() if ": error: " in line]


def test_corpus_is_large_enough() -> None:
    assert len(PROGRAMS) >= 30


def test_plain_mypy_reports_nothing(tmp_path: Path) -> None:
    config = tmp_path / "mypy.ini"
    config.write_text(PLAIN_CONFIG)
    errors = _mypy(config, tmp_path / "cache")
    assert not errors, "\n".join(errors)


def test_mypy_with_the_plugin_reports_nothing(tmp_path: Path) -> None:
    errors = _mypy(ROOT / "pyproject.toml", tmp_path / "cache")
    assert not errors, "\n".join(errors)


def test_basedpyright_reports_nothing() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "basedpyright", "--outputjson", *map(str, PROGRAMS)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    report = json.loads(proc.stdout)
    assert report["summary"]["filesAnalyzed"] >= len(PROGRAMS)
    errors = [
        f"{Path(d['file']).name}:{d['range']['start']['line'] + 1}: {d['message']}"
        for d in report["generalDiagnostics"]
        if d["severity"] == "error"
    ]
    assert not errors, "\n".join(errors)


# Runs every program in one interpreter (torch is imported once), each in a fresh namespace and
# not as `__main__`; prints one JSON line: {file name: error}.
_RUNNER = """
import json, runpy, sys, traceback, warnings
warnings.simplefilter("ignore")
failures = {}
for path in sys.argv[1:]:
    try:
        runpy.run_path(path, run_name="plain_torch_program")
    except BaseException:
        failures[path.rsplit("/", 1)[-1]] = traceback.format_exc(limit=3)
print(json.dumps(failures))
"""


def test_programs_run() -> None:
    proc = subprocess.run(
        [sys.executable, "-c", _RUNNER, *map(str, PROGRAMS)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr
    failures = json.loads(proc.stdout.strip().splitlines()[-1])
    assert not failures, "\n\n".join(f"{name}:\n{tb}" for name, tb in failures.items())
