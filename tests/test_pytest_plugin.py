"""The pytest plugin (the `pytest11` entry point) is loaded into every pytest run of an
environment that has typedtorch: without `--typedtorch-packages` it must import nothing heavy.

Each run is a fresh pytest in a subprocess, in a folder of its own (no project config, no
conftest), on a one-test file that records what is imported by the time the test runs.
Start-up time is printed by `benchmarks/pytest_startup.py`, not asserted here.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

TEST_FILE = """\
import json
import os
import sys


def test_record(request):
    loaded = sorted(m.split(".")[0] for m in sys.modules)
    manager = request.config.pluginmanager
    # Named by its entry point, or by its module when given with -p.
    plugin = manager.has_plugin("typedtorch") or manager.has_plugin("typedtorch._pytest_plugin")
    with open("loaded.json", "w") as f:
        json.dump({"modules": sorted(set(loaded)), "plugin": plugin}, f)
"""

HEAVY = ("torch", "numpy", "jaxtyping", "beartype", "mypy", "typedtorch_mypy")


def _run(folder: Path, *options: str, alone: bool = False) -> dict[str, object]:
    """Run pytest on the one-test file; `alone`: with no other plugin (ours named with -p)."""
    (folder / "test_record.py").write_text(TEST_FILE)
    # PYTEST_ADDOPTS or PYTEST_PLUGINS of the outer run must not leak in.
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST_")}
    if alone:
        env["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"
        options = ("-p", "typedtorch._pytest_plugin", *options)
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *options],
        cwd=folder,
        capture_output=True,
        text=True,
        env=env,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    result: dict[str, object] = json.loads((folder / "loaded.json").read_text())
    return result


def test_without_the_option_torch_is_not_imported(tmp_path: Path) -> None:
    # As installed: every plugin of the environment loaded by its entry point.
    result = _run(tmp_path)
    assert result["plugin"] is True  # the entry point did load the plugin
    modules = result["modules"]
    assert isinstance(modules, list)
    assert "typedtorch" in modules
    assert "torch" not in modules


def test_without_the_option_the_plugin_imports_nothing_heavy(tmp_path: Path) -> None:
    # Ours alone (jaxtyping's own pytest plugin imports jaxtyping, and numpy where installed).
    result = _run(tmp_path, alone=True)
    assert result["plugin"] is True
    modules = result["modules"]
    assert isinstance(modules, list)
    heavy = [m for m in HEAVY if m in modules]
    assert heavy == [], f"the pytest plugin imported {heavy} without --typedtorch-packages"


def test_with_the_option_checks_are_installed(tmp_path: Path) -> None:
    # The same measurement sees torch once the option asks for runtime checks.
    result = _run(tmp_path, "--typedtorch-packages=some_package_of_the_user", alone=True)
    modules = result["modules"]
    assert isinstance(modules, list)
    assert "torch" in modules


def test_the_option_is_offered(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "--help"], cwd=tmp_path, capture_output=True, text=True
    )
    assert "--typedtorch-packages" in proc.stdout


@pytest.mark.parametrize("statement", ["import typedtorch", "import typedtorch._pytest_plugin"])
def test_import_is_light(statement: str) -> None:
    code = f"import sys, json; {statement}; print(json.dumps(sorted(sys.modules)))"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = {m.split(".")[0] for m in json.loads(proc.stdout)}
    assert not loaded & set(HEAVY), f"`{statement}` imports {sorted(loaded & set(HEAVY))}"
