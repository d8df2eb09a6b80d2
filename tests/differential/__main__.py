"""`python -m tests.differential [--programs N] [--seed S] [--malformed M] [--out DIR]`."""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from ._driver import markdown, run
from ._malformed import run_malformed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m tests.differential")
    ap.add_argument("--programs", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--batch", type=int, default=1000)
    ap.add_argument("--shrink-per-class", type=int, default=3)
    ap.add_argument("--malformed", type=int, default=0, help="malformed programs to check")
    ap.add_argument("--out", type=Path, default=None, help="where to write summary.json/.txt")
    args = ap.parse_args(argv)
    out = args.out or Path(tempfile.mkdtemp(prefix="differential_"))
    out.mkdir(parents=True, exist_ok=True)
    work = out / "work"
    start = time.perf_counter()

    def progress(s: str) -> None:
        print(f"[{time.perf_counter() - start:6.0f}s] {s}", flush=True)

    if args.programs:
        summary = run(
            args.programs,
            args.seed,
            work,
            batch=args.batch,
            shrink_per_class=args.shrink_per_class,
            progress=progress,
        )
        (out / "summary.json").write_text(summary.to_json())
        (out / "summary.txt").write_text(summary.text())
        (out / "known.md").write_text(markdown(summary))
        print(summary.text(limit=60))
    if args.malformed:
        m = run_malformed(args.malformed, args.seed, work / "malformed", progress=progress)
        (out / "malformed.txt").write_text(m.text())
        print(m.text())
    print(f"written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
