"""The whole test suite, as CI runs it (`./dev.sh test`).

Steps: ruff (lint, and `ruff format --check`), mypy --strict on the library and the plugin,
then pytest over tests/ and typecheck_tests/ (property tests derandomized: see
tests/conftest.py). Extra arguments go to pytest. Exits non-zero if
any step fails, and if pytest ran no test at all (its exit code 5).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def step(title: str, command: list[str]) -> int:
    print(f"\n=== {title}: {' '.join(command)}", flush=True)
    return subprocess.run(command, cwd=ROOT).returncode


def main(pytest_args: list[str]) -> int:
    py = sys.executable
    failures: list[str] = []
    if step("ruff", [py, "-m", "ruff", "check", "."]) != 0:
        failures.append("ruff")
    if step("ruff format", [py, "-m", "ruff", "format", "--check", "."]) != 0:
        failures.append("ruff format")
    if (
        step(
            "mypy --strict (library and plugin)",
            [
                py,
                "-m",
                "mypy",
                "--strict",
                "--config-file",
                "pyproject.toml",
                "typedtorch",
                "mypy_plugin",
            ],
        )
        != 0
    ):
        failures.append("mypy --strict")
    # --durations: the slowest tests in CI's log, to keep the suite inside its time budget.
    # Derandomized property tests (tests/conftest.py): the same examples on every run.
    os.environ.setdefault("TYPEDTORCH_HYPOTHESIS_PROFILE", "ci")
    code = step("pytest", [py, "-m", "pytest", "--durations=15", *pytest_args])
    if code == 5:
        print("pytest collected no tests: that is a failure", flush=True)
    if code != 0:
        failures.append("pytest")
    if failures:
        print(f"\nFAILED: {', '.join(failures)}", flush=True)
        return 1
    print("\nAll checks passed", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
