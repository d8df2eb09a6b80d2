"""tools/coverage.py runs, and the precisely typed surface never shrinks below today's counts."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# Loaded by path: `coverage` is also the name of a well-known package.
_spec = importlib.util.spec_from_file_location(
    "typedtorch_coverage", ROOT / "tools" / "coverage.py"
)
assert _spec is not None and _spec.loader is not None
coverage = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = coverage
_spec.loader.exec_module(coverage)

# Today's counts (raise them as coverage grows; never lower them).
FLOORS = {
    "Tensor methods": 241,
    "torch functions": 246,
    "torch.nn.functional functions": 95,
    "torch.nn modules": 133,
}


@pytest.fixture(scope="module")
def surfaces() -> dict[str, dict[str, bool]]:
    counts: dict[str, dict[str, bool]] = coverage.counts()
    return counts


def test_counts_do_not_drop(surfaces: dict[str, dict[str, bool]]) -> None:
    for what, floor in FLOORS.items():
        precise = sum(surfaces[what].values())
        assert precise >= floor, f"{what}: {precise} typed precisely, fewer than {floor}"


def test_targets_of_issue_9_are_met(surfaces: dict[str, dict[str, bool]]) -> None:
    for what, target in coverage.TARGETS.items():
        assert sum(surfaces[what].values()) >= target, what


@pytest.mark.parametrize(
    ("what", "name", "precise"),
    [
        ("Tensor methods", "topk", True),  # a hook
        ("Tensor methods", "fliplr", True),  # a hook and a generic signature
        ("Tensor methods", "relu", True),  # a generic signature only
        ("Tensor methods", "data_ptr", False),  # not a tensor
        ("torch functions", "exp", True),  # a function form of a precise method
        ("torch functions", "tensordot", True),  # torch.functional
        ("torch functions", "lstm", False),
        ("torch.nn.functional functions", "pixel_shuffle", True),  # re-exported from torch
        ("torch.nn.functional functions", "lp_pool1d", False),
        ("torch.nn modules", "Linear", True),
    ],
)
def test_names_are_classified(
    surfaces: dict[str, dict[str, bool]], what: str, name: str, precise: bool
) -> None:
    assert surfaces[what][name] is precise


def test_script_prints_the_table() -> None:
    proc = subprocess.run(
        [sys.executable, "tools/coverage.py", "--list"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0].split() == ["precise", "target", "of"]
    assert lines[1].startswith("Tensor methods") and lines[1].split()[-2] == "176"
    assert "torch.nn.functional functions, precise:" in proc.stdout
