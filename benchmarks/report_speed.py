"""`python -m typedtorch report FILE` against `mypy FILE`, measured side by side in one run.

Both run as a user runs them (a fresh process each, the project's mypy config, the plugin), on
the same file, alternately, with a cold cache (a fresh MYPY_CACHE_DIR each time) and then warm
(the cache the previous run of the same command left). Prints the medians and the ratio report /
mypy (target: at most 1.5 on a cold cache). Asserts nothing.

Run: `python benchmarks/report_speed.py [FILE ...] [--repeats N]` (default: the examples).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ("examples/digits_cnn.py", "examples/transformer.py", "examples/resnet.py")


def timed(command: list[str], cache: Path) -> float:
    env = {**os.environ, "MYPY_CACHE_DIR": str(cache)}
    start = time.perf_counter()
    subprocess.run(command, cwd=ROOT, env=env, capture_output=True, check=False)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", default=list(DEFAULT))
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    py = sys.executable
    print(f"{'file':32} {'':5} {'mypy':>7} {'report':>7} {'ratio':>6}")
    for file in args.files:
        mypy = [py, "-m", "mypy", "--config-file", "pyproject.toml", file]
        report = [py, "-m", "typedtorch", "report", file, "--config-file", "pyproject.toml"]
        cold: dict[str, list[float]] = {"mypy": [], "report": []}
        warm: dict[str, list[float]] = {"mypy": [], "report": []}
        with tempfile.TemporaryDirectory() as tmp:
            for i in range(args.repeats):
                for name, command in (("mypy", mypy), ("report", report)):
                    cache = Path(tmp) / f"{name}-{i}"
                    cold[name].append(timed(command, cache))
                    warm[name].append(timed(command, cache))
        for label, times in (("cold", cold), ("warm", warm)):
            m, r = statistics.median(times["mypy"]), statistics.median(times["report"])
            print(f"{file:32} {label:5} {m:6.2f}s {r:6.2f}s {r / m:6.2f}")


if __name__ == "__main__":
    main()
