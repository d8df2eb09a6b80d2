"""The plugin under mypy's caches: cold, warm (incremental) and daemon runs agree.

A small typed project is checked three ways: a cold run (empty cache), a warm run (the cache of
the cold run) and `dmypy run`. All must report the same. Then one file changes so that an
UNCHANGED file that depends on it gets a plugin-computed shape error: the incremental run and the
daemon must both report it. Also: the plugin's version is in mypy's cache metadata
(`report_config_data`), so a new plugin version invalidates old caches.

mypy's cache keys a file on mtime and size: the edit changes the size and moves the mtime on
explicitly, so that it is seen even within the same second.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from typedtorch_mypy import PLUGIN_VERSION, TypedTorchPlugin
from typedtorch_mypy._plugin import cache_key

ROOT = Path(__file__).resolve().parent.parent

MODEL = """\
from typing import Literal as L, TypeVar

from typedtorch import CPU, Add, Float32, Tensor

B = TypeVar("B", bound=int)
F = TypeVar("F", bound=int)


def weights() -> Tensor[CPU, Float32, L[3], L[4]]:
    raise NotImplementedError


def project(
    x: Tensor[CPU, Float32, B, L[3]], w: Tensor[CPU, Float32, L[3], F]
) -> Tensor[CPU, Float32, B, F]:
    return x @ w


def grow(x: Tensor[CPU, Float32, B, F]) -> Tensor[CPU, Float32, Add[B, L[1]], F]:
    raise NotImplementedError
"""

# The edit: `weights` now has 16 features, which `use.py` (unchanged) cannot multiply by `v`.
MODEL_EDITED = MODEL.replace("L[3], L[4]]:", "L[3], L[16]]:")
assert MODEL_EDITED != MODEL

USE = """\
from typing import Literal as L, TypeVar, reveal_type

from typedtorch import CPU, Float32, Tensor

from .model import grow, project, weights

N = TypeVar("N", bound=int)


def head(x: Tensor[CPU, Float32, N, L[3]], v: Tensor[CPU, Float32, L[4], L[2]]) -> None:
    h = project(x, weights())
    reveal_type(h)
    reveal_type(grow(h))
    reveal_type(h @ v)
"""

# The daemon's first run is a full check. (Starting it from a `--cache-fine-grained` cache with
# `--use-fine-grained-cache` is faster, but mypy 2.4 then reports nothing for unchanged files,
# errors included, so the runs could not be compared.)
_FLAGS = ["--no-error-summary", "--no-color-output", "--no-pretty", "--show-error-codes"]


@pytest.fixture
def project_dir(tmp_path: Path) -> Path:
    package = tmp_path / "proj" / "pkg"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "model.py").write_text(MODEL)
    (package / "use.py").write_text(USE)
    # typedtorch is found through mypy_path: an editable install is an import hook, which mypy
    # cannot follow (a regular install would be found in site-packages).
    (tmp_path / "proj" / "mypy.ini").write_text(
        f"[mypy]\nplugins = typedtorch_mypy\nallow_redefinition_old = true\nmypy_path = {ROOT}\n"
    )
    return tmp_path / "proj"


def _run(command: list[str], cwd: Path) -> list[str]:
    proc = subprocess.run(
        command,
        cwd=cwd,
        capture_output=True,
        text=True,
        env={**os.environ, "MYPY_FORCE_COLOR": "0"},
    )
    output = proc.stdout + proc.stderr
    assert proc.returncode in (0, 1), f"{' '.join(command)} exited {proc.returncode}:\n{output}"
    assert "INTERNAL ERROR" not in output and "Traceback" not in output, output
    # Only the project's own diagnostics (dmypy prints a status line or two of its own).
    return sorted(line for line in proc.stdout.splitlines() if line.startswith("pkg"))


def _mypy(project: Path, cache: Path) -> list[str]:
    command = [sys.executable, "-m", "mypy", "--cache-dir", str(cache), *_FLAGS, "pkg"]
    return _run(command, project)


@pytest.fixture
def dmypy(project_dir: Path, tmp_path: Path) -> Iterator[list[str]]:
    """The command prefix for a daemon private to this test; the daemon is stopped after it."""
    status = tmp_path / "dmypy.json"
    command = [sys.executable, "-m", "mypy.dmypy", "--status-file", str(status)]
    yield command
    if status.exists():
        subprocess.run([*command, "stop"], cwd=project_dir, capture_output=True, timeout=60)


def _dmypy_run(command: list[str], project: Path, cache: Path) -> list[str]:
    return _run(
        [
            *command,
            "run",
            "--timeout",
            "300",
            "--",
            "--cache-dir",
            str(cache),
            *_FLAGS,
            "pkg",
        ],
        project,
    )


def _edit(path: Path, text: str) -> None:
    before = path.stat()
    assert len(text.encode()) != before.st_size, "the edit must change the file's size"
    path.write_text(text)
    # And a later mtime, even when the edit lands in the same second as the last check.
    later = max(before.st_mtime, path.stat().st_mtime) + 2
    os.utime(path, (later, later))


def _revealed(lines: list[str]) -> list[str]:
    return [line.split("Revealed type is ", 1)[1] for line in lines if "Revealed type" in line]


def test_cold_warm_and_daemon_agree_and_see_edits(
    project_dir: Path, tmp_path: Path, dmypy: list[str]
) -> None:
    cache = tmp_path / "cache"
    cold = _mypy(project_dir, cache)
    # The plugin really ran: shapes are computed, including dim arithmetic through a call.
    assert _revealed(cold) == [
        '"torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, N, '
        'Literal[4]]"',
        '"torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, '
        'typedtorch._dims.Sum[N, Literal[1]], Literal[4]]"',
        '"torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, N, '
        'Literal[2]]"',
    ], "\n".join(cold)
    assert not [line for line in cold if ": error:" in line], "\n".join(cold)
    # The plugin's version is in the cache metadata: a new version invalidates the cache.
    data = _plugin_data(cache, "pkg.model")
    assert cache_key() in (data if isinstance(data, list) else [data]), data

    warm = _mypy(project_dir, cache)
    assert warm == cold
    daemon = _dmypy_run(dmypy, project_dir, cache)
    assert daemon == cold

    _edit(project_dir / "pkg" / "model.py", MODEL_EDITED)
    expected_error = (
        'pkg/use.py:14: error: Incompatible shapes for "matmul": [N, 16] @ [4, 2], '
        "inner dimensions 16 and 4 differ  [shape]"
    )
    incremental = _mypy(project_dir, cache)
    assert expected_error in incremental, "\n".join(incremental)
    daemon = _dmypy_run(dmypy, project_dir, cache)
    assert expected_error in daemon, "\n".join(daemon)
    assert daemon == incremental


def _plugin_data(cache: Path, module: str) -> object:
    """The `plugin_data` that mypy stored in the cache metadata of `module`."""
    from mypy.cache import CacheMeta, ReadBuffer
    from mypy.metastore import SqliteMetadataStore
    from mypy.options import Options

    options = Options()
    prefix = cache / f"{sys.version_info.major}.{sys.version_info.minor}"
    assert options.sqlite_cache and options.fixed_format_cache, "mypy's cache defaults changed"
    store = SqliteMetadataStore(str(prefix), num_shards=options.sqlite_num_shards)
    raw = store.read(module.replace(".", "/") + ".meta.ff")
    meta = CacheMeta.read(ReadBuffer(raw[2:]), "")
    assert meta is not None
    return meta.plugin_data


def test_report_config_data_is_the_plugin_version_and_its_sources() -> None:
    from mypy.options import Options
    from mypy.plugin import ReportConfigContext

    plugin = TypedTorchPlugin(Options())
    context = ReportConfigContext("pkg.model", "pkg/model.py", is_check=False)
    key = plugin.report_config_data(context)
    assert key == cache_key() and key.startswith(PLUGIN_VERSION + "+"), key
