"""What typedtorch's pytest plugin adds to a pytest run that does not ask for it.

The plugin is loaded by its `pytest11` entry point into every pytest run of an environment that
has typedtorch installed. Runs pytest on a one-test file in a fresh folder, alternately with and
without the plugin (`-p no:typedtorch`), every other plugin of the environment loaded as usual,
and prints the medians and their difference (target: at most 0.05 s). With
`--typedtorch-packages` given the plugin imports torch: that run is printed for comparison.

Run: `python benchmarks/pytest_startup.py [--repeats N]`. Asserts nothing.
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


def run(folder: Path, *options: str) -> float:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST_")}
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *options, "test_one.py"],
        cwd=folder,
        env=env,
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "test_one.py").write_text("def test_one():\n    assert True\n")
        run(folder)  # warm the OS file cache
        without: list[float] = []
        with_plugin: list[float] = []
        for _ in range(args.repeats):
            without.append(run(folder, "-p", "no:typedtorch"))
            with_plugin.append(run(folder))
        checking = [run(folder, "--typedtorch-packages=some_package") for _ in range(3)]
    bare, ours = statistics.median(without), statistics.median(with_plugin)
    print(f"pytest, one test, {args.repeats} runs each, medians:")
    print(f"  without typedtorch's plugin (-p no:typedtorch): {bare:.3f} s")
    print(f"  with it, no option:                             {ours:.3f} s")
    print(f"  difference: {ours - bare:+.3f} s (target <= 0.05 s)")
    print(f"  with --typedtorch-packages (imports torch):     {statistics.median(checking):.3f} s")


if __name__ == "__main__":
    main()
