"""pyright users get no false errors: basedpyright (no plugin) over the examples.

The type-check tests' pass-files are run under basedpyright by typecheck_tests/conftest.py; this
covers the example models, which use the whole library as users do.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_examples_have_no_pyright_errors() -> None:
    examples = sorted(str(p) for p in (ROOT / "examples").glob("*.py"))
    assert examples, "no examples found"
    proc = subprocess.run(
        [sys.executable, "-m", "basedpyright", "--outputjson", *examples],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    report = json.loads(proc.stdout)
    errors = [
        f"{Path(d['file']).name}:{d['range']['start']['line'] + 1}: {d['message']}"
        for d in report["generalDiagnostics"]
        if d["severity"] == "error"
    ]
    assert report["summary"]["filesAnalyzed"] >= len(examples)
    assert not errors, "basedpyright errors:\n" + "\n".join(errors)
