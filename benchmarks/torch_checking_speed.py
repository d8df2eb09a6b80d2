"""What checking torch code costs with typedtorch, beside plain mypy on plain torch. Prints a
table; asserts nothing.

    .venv/bin/python benchmarks/torch_checking_speed.py [--repeat 3]

Three setups, measured back to back in one run (each repetition runs all three; the table shows
the medians):

  typedtorch examples  mypy with the plugin and typedtorch's torch stubs, on examples/ (typed
                       models, training loops, the real models ported from public repositories),
                       as the main job checks them: without examples/broken/ (one of its bugs is
                       numpy's float64 data, and numpy's own stubs cost ~2 s and ~190 MB cold
                       for any checker)
  typedtorch plain     the same, on tests/plain_torch/ (ordinary torch programs, no typedtorch)
  plain mypy           mypy with neither the plugin nor the stubs, on tests/plain_torch/: torch's
                       own inline types, as a torch user has them without typedtorch

The plain setup runs mypy with a Python whose `sys.path` holds this venv's site-packages but
none of its `.pth` entries, so it sees torch but not `stubs/torch-stubs` (the dev install's
`.pth` file) nor typedtorch.

Modes:
  cold   an empty cache directory: every module imported is analysed from scratch
  warm   a cache from the cold run, and one checked file edited: the edit-and-check loop

Each mypy run's wall time and peak memory (its own `ru_maxrss`) are measured.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Setup:
    name: str
    files: Path  # a folder of sources, copied to a scratch directory per run
    typed: bool  # the project's config (plugin + stubs), or plain mypy
    leave_out: tuple[str, ...] = ()  # sub-folders not copied


SETUPS = (
    Setup("typedtorch examples", ROOT / "examples", typed=True, leave_out=("broken",)),
    Setup("typedtorch plain", ROOT / "tests" / "plain_torch", typed=True),
    Setup("plain mypy", ROOT / "tests" / "plain_torch", typed=False),
)


def plain_python(scratch: Path) -> Path:
    """A venv whose only extra path entry is this venv's site-packages, added by a `.pth` line:
    a path added that way is not itself a site dir, so the `.pth` files in it (typedtorch's dev
    paths: the repository and `stubs/`) are not read."""
    venv = scratch / "plain-venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    site = Path(
        subprocess.run(
            [
                str(venv / "bin" / "python"),
                "-c",
                "import sysconfig; print(sysconfig.get_paths()['purelib'])",
            ],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    )
    (site / "outer-site.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    return venv / "bin" / "python"


def configs(scratch: Path, plain_python: Path) -> dict[bool, Path]:
    """The project's mypy options (plugin and all) and a plain config: no plugin, and the Python
    that sees torch without the stubs."""
    typed = scratch / "typed.ini"
    typed.write_text(
        "[mypy]\nplugins = typedtorch_mypy\nallow_redefinition_old = true\n"
        "\n[mypy-sklearn.*,tqdm.*]\nignore_missing_imports = true\n"
    )
    plain = scratch / "plain.ini"
    plain.write_text(
        f"[mypy]\npython_executable = {plain_python}\nallow_redefinition_old = true\n"
        "\n[mypy-sklearn.*,tqdm.*]\nignore_missing_imports = true\n"
    )
    return {True: typed, False: plain}


def run_mypy(config: Path, sources: Path, cache: Path) -> tuple[float, float, str]:
    """Wall seconds and peak memory (MB) of one mypy run, and its last output line."""
    command = [sys.executable, "-m", "mypy", "--config-file", str(config)]
    command += ["--cache-dir", str(cache), "--no-error-summary", "."]
    start = time.perf_counter()
    proc = subprocess.Popen(
        command, cwd=sources, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    output = proc.stdout.read() if proc.stdout is not None else ""
    if os.waitstatus_to_exitcode(status) not in (0, 1) or "INTERNAL ERROR" in output:
        raise RuntimeError(f"mypy failed on {sources}:\n{output}")
    return elapsed, usage.ru_maxrss / 1024, (output.strip().splitlines() or [""])[-1]


def edit_one(sources: Path) -> None:
    """Change one checked file's content (size and hash), as an edit does."""
    first = sorted(p for p in sources.rglob("*.py") if p.name != "__init__.py")[0]
    first.write_text(first.read_text() + "\n# edited\n")


def measure(setup: Setup, config: Path, scratch: Path) -> dict[str, tuple[float, float]]:
    work = scratch / "work"
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(
        setup.files,
        work / setup.files.name,
        ignore=shutil.ignore_patterns(*setup.leave_out, "__pycache__"),
    )
    sources = work / setup.files.name
    cache = work / "cache"
    cold = run_mypy(config, sources, cache)
    edit_one(sources)
    warm = run_mypy(config, sources, cache)
    return {"cold": cold[:2], "warm": warm[:2]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="tt-speed-") as tmp:
        scratch = Path(tmp)
        python = plain_python(scratch)
        config = configs(scratch, python)
        results: dict[str, dict[str, list[tuple[float, float]]]] = {
            s.name: {"cold": [], "warm": []} for s in SETUPS
        }
        for _ in range(args.repeat):
            for setup in SETUPS:
                for mode, figures in measure(setup, config[setup.typed], scratch).items():
                    results[setup.name][mode].append(figures)

    def median(name: str, mode: str) -> tuple[float, float]:
        runs = results[name][mode]
        return statistics.median(t for t, _ in runs), statistics.median(m for _, m in runs)

    print(f"{args.repeat} repetitions, medians; files: examples/ and tests/plain_torch/\n")
    print(f"{'setup':<22}{'cold s':>9}{'cold MB':>9}{'warm s':>9}{'warm MB':>9}")
    for setup in SETUPS:
        cs, cm = median(setup.name, "cold")
        ws, wm = median(setup.name, "warm")
        print(f"{setup.name:<22}{cs:>9.2f}{cm:>9.0f}{ws:>9.2f}{wm:>9.0f}")
    plain_cold = median("plain mypy", "cold")[0]
    plain_warm = median("plain mypy", "warm")[0]
    print("\nratios to plain mypy on plain torch code (same files for 'typedtorch plain'):")
    for setup in SETUPS[:2]:
        cs, ws = median(setup.name, "cold")[0], median(setup.name, "warm")[0]
        print(f"  {setup.name:<20} cold {cs / plain_cold:.2f}x   warm {ws / plain_warm:.2f}x")


if __name__ == "__main__":
    main()
