"""`typedtorch-lsp`: the language server over stdio."""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import sys
from collections.abc import Sequence
from types import FrameType

__all__ = ["main"]

# What the server needs beyond typedtorch's base install: the `lsp` extra.
_EXTRA_MODULES = ("lsprotocol", "pygls", "mypy")
MISSING_EXTRA = (
    'typedtorch-lsp needs the "lsp" extra, which installs {missing}: pip install "typedtorch[lsp]"'
)


def _missing_extra() -> str | None:
    """The message for a missing `lsp` extra, or None when everything is installed."""
    import importlib.util

    missing = [m for m in _EXTRA_MODULES if importlib.util.find_spec(m) is None]
    return MISSING_EXTRA.format(missing=", ".join(missing)) if missing else None


def _exit_on_sigterm(signum: int, frame: FrameType | None) -> None:
    # SystemExit unwinds through `main`'s `finally`, which stops the daemon.
    sys.exit(0)


def main(argv: Sequence[str] | None = None) -> None:
    """Run the server on stdin/stdout until the client sends `exit` or closes stdin."""
    parser = argparse.ArgumentParser(
        prog="typedtorch-lsp",
        description="Language server: hover types and diagnostics from mypy with typedtorch's "
        "plugin, via a mypy daemon in the workspace root.",
    )
    parser.add_argument(
        "--stdio",
        action="store_true",
        help="talk LSP over stdin/stdout (the default and only mode)",
    )
    parser.add_argument(
        "--python",
        default=sys.executable,
        help="interpreter that runs the mypy daemon; its mypy must have typedtorch installed "
        "(default: this one)",
    )
    args = parser.parse_args(argv)
    missing = _missing_extra()
    if missing is not None:
        print(missing, file=sys.stderr)
        raise SystemExit(2)
    from ._server import create_server

    server = create_server(args.python)
    signal.signal(signal.SIGTERM, _exit_on_sigterm)
    try:
        server.start_io()
    finally:
        if server.daemon is not None:
            server.daemon.stop_sync()
        server.remove_shadows()
    # Exit now: a thread reading stdin may block until the client closes it, and the
    # interpreter would wait for it. LSP: exit code 0 only after a `shutdown` request.
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(ValueError, OSError):  # pygls may have closed stdout
            stream.flush()
    os._exit(0 if server.shutdown_requested else 1)


if __name__ == "__main__":
    main()
