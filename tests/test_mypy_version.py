"""The plugin says, once, when the running mypy is outside the versions it is tested with."""

from __future__ import annotations

import os
import subprocess
import sys

import mypy.version
import pytest
from typedtorch_mypy._mypy_version import TESTED, is_tested, parse_version


@pytest.mark.parametrize(
    ("version", "release"),
    [("2.4.1", (2, 4, 1)), ("2.5.0+dev.0a1b2c", (2, 5, 0)), ("1.15", (1, 15)), ("dev", ())],
)
def test_parse_version(version: str, release: tuple[int, ...]) -> None:
    assert parse_version(version) == release


@pytest.mark.parametrize(
    ("version", "tested"),
    [
        ("2.3.1", False),
        ("2.4.0", True),
        ("2.4.1", True),
        ("2.4.9", True),
        ("2.3.0", False),
        ("2.5.0", False),
        ("2.5.0+dev.1", False),
        ("1.15.0", False),
        ("3.0", False),
        ("nonsense", False),
    ],
)
def test_tested_range(version: str, tested: bool) -> None:
    assert is_tested(version) is tested


def test_the_installed_mypy_is_tested() -> None:
    assert is_tested(mypy.version.__version__), (mypy.version.__version__, TESTED)


def _plugin_stderr(*versions: str, env: dict[str, str] | None = None) -> str:
    calls = "; ".join(f"typedtorch_mypy.plugin({v!r})" for v in versions)
    proc = subprocess.run(
        [sys.executable, "-c", f"import typedtorch_mypy; {calls}"],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, **(env or {})},
    )
    assert proc.stdout == ""  # mypy's report is on stdout: nothing of ours goes there
    return proc.stderr


def test_an_untested_mypy_gets_one_warning_not_a_crash() -> None:
    stderr = _plugin_stderr("2.6.0", "2.6.0", "2.6.0")
    assert stderr.count("typedtorch_mypy: warning: mypy 2.6.0 is outside") == 1
    assert "tested with (>=2.4, <2.5)" in stderr
    assert 'pip install "mypy>=2.4,<2.5"' in stderr


def test_a_tested_mypy_gets_no_warning() -> None:
    assert _plugin_stderr("2.4.1", "2.4.0") == ""


def test_the_warning_can_be_silenced() -> None:
    assert _plugin_stderr("2.0.0", env={"TYPEDTORCH_MYPY_VERSION_CHECK": "0"}) == ""
