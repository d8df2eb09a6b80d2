"""`python -m typedtorch._run_checked FILE`: run a script as `__main__` with runtime checks on."""

from __future__ import annotations

import runpy
import sys


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m typedtorch._run_checked FILE", file=sys.stderr)
        return 2
    runpy.run_path(argv[0], run_name="__main__")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
