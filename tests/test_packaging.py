"""What a user installs: the sdist, and the wheel built from it (as `python -m build` does).

The sources are copied (the files git tracks or would track), the sdist is built from the copy
and the wheel from the unpacked sdist, with setuptools' PEP 517 hooks in a subprocess: a wheel
that builds from the sdist proves the sdist holds what it needs. Then their contents and
metadata are checked against the repository.
"""

from __future__ import annotations

import email
import shutil
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
STUBS = ROOT / "stubs" / "torch-stubs"

BUILD = """
import sys
from setuptools import build_meta as backend
kind, out = sys.argv[1], sys.argv[2]
name = backend.build_sdist(out) if kind == "sdist" else backend.build_wheel(out)
print(name)
"""


def _build(kind: str, source: Path, out: Path) -> Path:
    proc = subprocess.run(
        [sys.executable, "-c", BUILD, kind, str(out)],
        cwd=source,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    return out / proc.stdout.strip().splitlines()[-1]


def _sources(destination: Path) -> Path:
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.decode()
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file():
            target = destination / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    return destination


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[str], list[str], Path]:
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("needs a git checkout")
    tmp = tmp_path_factory.mktemp("packaging")
    source = _sources(tmp / "src")
    sdist = _build("sdist", source, tmp / "dist")
    with tarfile.open(sdist) as archive:
        sdist_names = archive.getnames()
        archive.extractall(tmp / "unpacked", filter="data")
    (unpacked,) = (tmp / "unpacked").iterdir()
    wheel = _build("wheel", unpacked, tmp / "dist")
    with zipfile.ZipFile(wheel) as archive:
        wheel_names = archive.namelist()
    return sdist_names, wheel_names, wheel


def _relative(names: list[str]) -> set[str]:
    return {name.split("/", 1)[1] for name in names if "/" in name}


def test_sdist_holds_the_sources_and_no_tests(
    built: tuple[list[str], list[str], Path],
) -> None:
    names = _relative(built[0])
    assert {"LICENSE", "README.md", "pyproject.toml", "PKG-INFO"} <= names
    assert "typedtorch/__init__.py" in names and "mypy_plugin/__init__.py" in names
    assert "stubs/torch-stubs/py.typed" in names
    # The suite needs typecheck_tests/, examples/, tools/: it runs from a clone, not the sdist.
    for folder in ("tests/", "typecheck_tests/", "examples/", "tools/", "benchmarks/"):
        assert not [n for n in names if n.startswith(folder)], folder
    assert not [n for n in names if "__pycache__" in n]


def test_wheel_holds_the_three_packages(built: tuple[list[str], list[str], Path]) -> None:
    names = set(built[1])
    stubs = {f"torch-stubs/{p.relative_to(STUBS)}" for p in STUBS.rglob("*.pyi")}
    assert len(stubs) > 20
    assert stubs <= names, sorted(stubs - names)[:5]
    assert "torch-stubs/py.typed" in names
    library = {
        f"typedtorch/{p.relative_to(ROOT / 'typedtorch')}"
        for pattern in ("*.py", "*.pyi", "py.typed")
        for p in (ROOT / "typedtorch").rglob(pattern)
        if "__pycache__" not in p.parts
    }
    assert library <= names, sorted(library - names)[:5]
    plugin = {f"typedtorch_mypy/{p.name}" for p in (ROOT / "mypy_plugin").glob("*.py")} | {
        "typedtorch_mypy/py.typed"
    }
    assert plugin <= names, sorted(plugin - names)[:5]
    assert "typedtorch_mypy/_mypy_version.py" in names
    # Installed under its own name only, never as the repository folder's.
    assert not [n for n in names if n.startswith(("mypy_plugin/", "stubs/", "tests/"))]


def test_wheel_metadata(built: tuple[list[str], list[str], Path]) -> None:
    names, wheel = built[1], built[2]
    (metadata_name,) = [n for n in names if n.endswith(".dist-info/METADATA")]
    with zipfile.ZipFile(wheel) as archive:
        metadata = email.message_from_bytes(archive.read(metadata_name))
        entry_points = archive.read(metadata_name.replace("METADATA", "entry_points.txt"))
    assert metadata["License-Expression"] == "MIT"
    assert metadata.get_all("License-File") == ["LICENSE"]
    assert [n for n in names if n.endswith(".dist-info/licenses/LICENSE")]
    requires = metadata.get_all("Requires-Dist") or []
    unconditional = [r for r in requires if "extra ==" not in r]
    # mypy is an extra: a project that pins its own mypy can install typedtorch.
    assert not [r for r in unconditional if r.lower().startswith("mypy")], unconditional
    assert any(r.startswith("mypy") and 'extra == "mypy"' in r for r in requires), requires
    assert not [r for r in unconditional if r.lower().startswith(("pygls", "lsprotocol"))]
    jaxtyping = [r for r in unconditional if r.startswith("jaxtyping")]
    assert jaxtyping == ["jaxtyping>=0.3.4"]
    assert {"mypy", "lsp", "dev", "examples"} <= set(metadata.get_all("Provides-Extra") or [])
    text = entry_points.decode()
    assert "typedtorch = typedtorch._pytest_plugin" in text
    assert "typedtorch-lsp = typedtorch._lsp.__main__:main" in text


def test_declared_build_floor_reads_license_expressions() -> None:
    # `license = "MIT"` (an SPDX expression) needs setuptools >= 77 (77.0.1: PyPI has no 77.0.0).
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert config["project"]["license"] == "MIT"
    assert config["build-system"]["requires"] == ["setuptools>=77.0.1"]
    assert (ROOT / "LICENSE").read_text().startswith("MIT License")


def _min_versions() -> ModuleType:
    import importlib.util

    spec = importlib.util.spec_from_file_location("min_versions", ROOT / "tools/min_versions.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_min_versions_pins_every_declared_floor() -> None:
    # tools/min_versions.py installs exactly the lower bounds pyproject.toml declares.
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    pins: dict[str, str] = _min_versions().floors()
    for requirement in config["dependencies"] + config["optional-dependencies"]["mypy"]:
        name, _, rest = requirement.partition(">=")
        key = name.strip().lower().replace("_", "-")
        assert pins[key] == f"{name.strip()}=={rest.split(',')[0].strip()}", requirement
    assert pins["setuptools"] == "setuptools>=77.0.1"  # the build floor is tested separately


def test_min_versions_deselects_only_tests_that_exist() -> None:
    module = _min_versions()
    assert module.dev_torch().count(".") == 2
    for test in module.DEV_TORCH_ONLY:
        path, _, name = test.partition("::")
        assert f"def {name}(" in (ROOT / path).read_text(), test
