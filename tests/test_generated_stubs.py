"""Generated parts of the stubs are up to date with their generator."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_layer_movers_are_up_to_date() -> None:
    proc = subprocess.run(
        [sys.executable, "tools/layer_movers.py", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_factory_overloads_are_up_to_date() -> None:
    proc = subprocess.run(
        [sys.executable, "tools/factories_stub/gen.py", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
