"""`python -m typedtorch <command>`: the command-line tools.

python -m typedtorch report FILE [--class Net] [--compare]
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import NoReturn


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the command line and run the chosen subcommand; returns the exit status."""
    from ._report import add_parser

    parser = argparse.ArgumentParser(prog="python -m typedtorch", description=__doc__)
    subparsers = parser.add_subparsers(title="commands", required=True, metavar="COMMAND")
    add_parser(subparsers)
    args = parser.parse_args(argv)
    status: int = args.command(args)
    return status


def _exit(status: int) -> NoReturn:
    """Exit at once, as mypy does: freeing the report's mypy build (every module's tree and
    types, torch's stubs included) costs about as much CPU as checking the file cold."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)


if __name__ == "__main__":
    _exit(main())
