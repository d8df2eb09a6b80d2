"""The stubs generated from torch's own signatures: up to date, and self-contained.

Self-contained: a module that imports every stubbed torch module type-checks without mypy reading
a single file of the installed torch (any such file would pull in all of torch's sources, about
10 s and 700 MB per cold run).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STUBS = ROOT / "stubs" / "torch-stubs"


def _stub_modules() -> list[str]:
    out = []
    for path in sorted(STUBS.rglob("*.pyi")):
        parts = list(path.relative_to(STUBS).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out.append(".".join(["torch", *parts]))
    return out


def test_generated_stubs_are_up_to_date() -> None:
    proc = subprocess.run(
        [sys.executable, "tools/torch_stubs/gen.py", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr[-2000:]


def test_no_torch_source_is_read(tmp_path: Path) -> None:
    modules = _stub_modules()
    assert {"torch.optim", "torch.utils.data", "torch.nn.init", "torch.distributions"} <= set(
        modules
    )
    program = tmp_path / "imports_every_stub.py"
    program.write_text("".join(f"import {m}\n" for m in modules))
    config = tmp_path / "mypy.ini"
    config.write_text("[mypy]\npython_version = 3.11\n")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "-v",
            "--config-file",
            str(config),
            "--cache-dir",
            str(tmp_path / "cache"),
            str(program),
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={**os.environ, "MYPY_FORCE_COLOR": "0"},
    )
    parsed = [line.split()[2] for line in proc.stderr.splitlines() if " Parsing " in line]
    assert any(str(STUBS) in p for p in parsed), "mypy read no stub: the check is blind"
    torch_sources = [
        p for p in parsed if f"site-packages{os.sep}torch{os.sep}" in p and "torch-stubs" not in p
    ]
    assert not torch_sources, "mypy read torch's own sources:\n" + "\n".join(torch_sources[:20])
    assert "error:" not in proc.stdout, proc.stdout
