"""The `report` subcommand of `python -m typedtorch`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

__all__ = ["add_parser", "run"]


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `report` (and its options) on the `python -m typedtorch` parser."""
    parser = subparsers.add_parser(
        "report",
        help="print the statically computed shape of each step of a model's forward",
        description=(
            "Type-check FILE with mypy and the typedtorch plugin, and print for each step of "
            "each model's forward (layer calls, assignments, return) its static type, and for "
            "layers their type and parameter count. Nothing is run unless --compare is given."
        ),
    )
    parser.add_argument("file", type=Path, help="a Python file defining nn.Module classes")
    parser.add_argument("--class", dest="class_name", help="report only this class")
    parser.add_argument(
        "--config-file", type=Path, help="mypy config (default: the nearest one upward)"
    )
    parser.add_argument(
        "--compare",
        action="store_true",
        help="build the model with no arguments, run one forward pass and flag every static "
        "shape the real one disagrees with (exit status 1 if any)",
    )
    parser.add_argument(
        "--example-input",
        type=_shape,
        metavar="SHAPE",
        help='shape of the input for --compare, e.g. "1,1,28,28" (default: the file\'s '
        "example_input(), else built from the forward annotation)",
    )
    parser.set_defaults(command=run)


def _shape(text: str) -> tuple[int, ...]:
    try:
        return tuple(int(part) for part in text.replace("x", ",").split(",") if part.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not a shape: {text!r} (expected e.g. 1,1,28,28)"
        ) from None


def run(args: argparse.Namespace) -> int:
    """Print the report; the exit status is 1 when a comparison found a mismatch, 2 on error."""
    from ._static import ReportError, analyze
    from ._table import format_report

    try:
        reports = analyze(args.file, args.class_name, args.config_file)
        if not reports:
            print(f"No nn.Module class with a forward() in {args.file}", file=sys.stderr)
            return 2
        status = 0
        for i, report in enumerate(reports):
            bindings = None
            if args.compare:
                from ._compare import compare  # imports torch: only when asked

                bindings = compare(report, args.example_input)
            if i:
                print()
            print(format_report(report, bindings))
            if any(r.mismatch for r in report.rows):
                status = 1
        return status
    except ReportError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
