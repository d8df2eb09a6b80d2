"""The main job (`./dev.sh main`): type-check typed code with the plugin and run it.

Until the examples exist, it type-checks the type-check tests' pass-files (clean) and the
must-fail files (printing the errors mypy catches), then runs the pass-files.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TESTS = ROOT / "typecheck_tests"


def mypy(files: list[Path]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--config-file",
            "pyproject.toml",
            *[str(f.relative_to(ROOT)) for f in files],
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )


def main() -> int:
    files = sorted(p for p in TESTS.rglob("*.py") if p.name != "conftest.py")
    passing = [f for f in files if f.name.startswith("pass_")]
    failing = [f for f in files if f.name.startswith("fail_")]
    print(f"Type-checking {len(passing)} typed files with the typedtorch plugin ...", flush=True)
    clean = mypy(passing)
    print(clean.stdout, end="")
    print(f"\nType-checking {len(failing)} files with known shape bugs ...", flush=True)
    caught = mypy(failing)
    print(caught.stdout, end="")
    print(f"\nRunning {len(passing)} typed files ...", flush=True)
    for f in passing:
        run = subprocess.run([sys.executable, "-m", "typedtorch._run_checked", str(f)], cwd=ROOT)
        status = "ok" if run.returncode == 0 else f"FAILED ({run.returncode})"
        print(f"  {f.relative_to(ROOT)}: {status}")
        if run.returncode != 0:
            return 1
    return clean.returncode


if __name__ == "__main__":
    raise SystemExit(main())
