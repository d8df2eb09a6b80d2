"""The main job (`./dev.sh main`): what a user's CI does with typedtorch, end to end.

1. Type-check `examples/` with mypy and the typedtorch plugin: it must be clean.
2. Type-check `examples/broken/` — the classic shape bugs — and print what the plugin catches
   (errors are expected there; a file with no error, or a mypy crash, fails the job).
3. Train `examples/digits_cnn.py` with typedtorch's runtime checks on, showing progress and the
   final test accuracy.

Exits non-zero if any step fails. Extra arguments go to digits_cnn (e.g. `--epochs 5`).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
BROKEN = EXAMPLES / "broken"


def mypy(paths: list[Path]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--config-file",
            "pyproject.toml",
            "--no-pretty",
            *[str(p.relative_to(ROOT)) for p in paths],
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )


def crashed(proc: subprocess.CompletedProcess[str]) -> bool:
    return proc.returncode not in (0, 1) or "INTERNAL ERROR" in proc.stdout + proc.stderr


def banner(text: str) -> None:
    print(f"\n=== {text}", flush=True)


def main(digits_args: list[str]) -> int:
    failures: list[str] = []
    examples = sorted(p for p in EXAMPLES.glob("*.py"))
    broken = sorted(p for p in BROKEN.glob("*.py"))

    banner(f"1. mypy + typedtorch plugin on {len(examples)} example models (must be clean)")
    clean = mypy(examples)
    print(clean.stdout, clean.stderr, sep="", end="", flush=True)
    if clean.returncode != 0 or crashed(clean):
        failures.append("examples do not type-check clean")

    banner(f"2. mypy + typedtorch plugin on {len(broken)} models with classic shape bugs")
    caught = mypy(broken)
    print(caught.stdout, caught.stderr, sep="", end="", flush=True)
    reported = {
        Path(m[1]).name
        for m in re.finditer(r"^(examples/broken/[^:]+):\d+: error:", caught.stdout, re.M)
    }
    missed = [p.name for p in broken if p.name not in reported]
    if crashed(caught):
        failures.append("mypy crashed on examples/broken")
    elif missed:
        failures.append(f"bugs not caught in {', '.join(missed)}")
    else:
        print(f"All {len(broken)} bugs caught before running anything.", flush=True)

    banner("3. Training examples/digits_cnn.py with runtime checks on")
    run = subprocess.run(
        [sys.executable, "-m", "typedtorch._run_checked", "examples/digits_cnn.py", *digits_args],
        cwd=ROOT,
    )
    if run.returncode != 0:
        failures.append("digits_cnn training failed")

    if failures:
        print(f"\nFAILED: {'; '.join(failures)}", flush=True)
        return 1
    print("\nMain job passed.", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
