"""`python -m typedtorch report FILE` against `mypy FILE`, measured side by side in one run.

Both run as a user runs them (a fresh process each, the project's mypy config, the plugin), on
the same file, alternately:

- cold: each command on a fresh, empty cache (MYPY_CACHE_DIR);
- warm: each command again on the cache its cold run left;
- after mypy: the report on the cache a plain `mypy FILE` run just filled (the report uses
  mypy's options and cache, so it re-checks only the file itself).

Prints the medians of wall time and of CPU time (user + system, the report's layer-building
process included), their ratios report / mypy (target: at most 1.5 on a cold cache), and the
load average before and after. On a machine busy with other work trust the CPU column more:
others' processes stretch wall times at random. Asserts nothing.

Run: `python benchmarks/report_speed.py [FILE ...] [--repeats N]` (default: the examples).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ("examples/digits_cnn.py", "examples/transformer.py", "examples/resnet.py")


def timed(command: list[str], cache: Path) -> tuple[float, float]:
    """Wall and CPU seconds of one run of `command` (its children included)."""
    env = {**os.environ, "MYPY_CACHE_DIR": str(cache)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):
        sys.exit(f"failed ({done.returncode}): {' '.join(command)}\n{done.stderr[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f}, {five:.2f}, {fifteen:.2f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", default=list(DEFAULT))
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    py = sys.executable
    print(f"load average before: {load()} ({os.cpu_count()} cores)")
    print(
        f"{'file':28} {'cache':10} {'mypy':>7} {'report':>7} {'ratio':>6}"
        f"   {'CPU: mypy':>9} {'report':>7} {'ratio':>6}"
    )
    for file in args.files:
        mypy = [py, "-m", "mypy", "--config-file", "pyproject.toml", file]
        report = [py, "-m", "typedtorch", "report", file, "--config-file", "pyproject.toml"]
        runs: dict[str, dict[str, list[tuple[float, float]]]] = {
            mode: {"mypy": [], "report": []} for mode in ("cold", "warm", "after mypy")
        }
        with tempfile.TemporaryDirectory() as tmp:
            for i in range(args.repeats):
                for name, command in (("mypy", mypy), ("report", report)):
                    cache = Path(tmp) / f"{name}-{i}"
                    runs["cold"][name].append(timed(command, cache))
                    runs["warm"][name].append(timed(command, cache))
                # The report on the cache plain mypy filled (and mypy's warm run beside it).
                shared = Path(tmp) / f"shared-{i}"
                timed(mypy, shared)
                runs["after mypy"]["mypy"].append(timed(mypy, shared))
                runs["after mypy"]["report"].append(timed(report, shared))
        for mode, times in runs.items():
            m_wall = statistics.median(t[0] for t in times["mypy"])
            r_wall = statistics.median(t[0] for t in times["report"])
            m_cpu = statistics.median(t[1] for t in times["mypy"])
            r_cpu = statistics.median(t[1] for t in times["report"])
            print(
                f"{file:28} {mode:10} {m_wall:6.2f}s {r_wall:6.2f}s {r_wall / m_wall:6.2f}"
                f"   {m_cpu:8.2f}s {r_cpu:6.2f}s {r_cpu / m_cpu:6.2f}",
                flush=True,
            )
    print(f"load average after: {load()}")


if __name__ == "__main__":
    main()
