"""One mypy daemon (dmypy) per workspace, driven through dmypy's own command line.

The daemon runs in the workspace root, so mypy reads the workspace's own configuration (the
`[tool.mypy]` table that enables `typedtorch_mypy`), and keeps the checked program in memory:
after the first full check, a re-check of an edited file and `dmypy inspect` take well under a
second. The status file is private to this server process (a workspace opened in two editors
gets two daemons rather than two servers stopping each other's daemon).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

__all__ = ["CheckResult", "Daemon", "DaemonError", "InspectResult"]

# Flags the server depends on when it parses mypy's output; they override the workspace config.
MYPY_FLAGS: Final = (
    "--show-column-numbers",
    "--show-error-end",
    "--show-error-codes",
    "--show-absolute-path",
    "--hide-error-context",
    "--no-pretty",
    "--no-color-output",
    "--no-error-summary",
)
# If this server dies without stopping its daemon (SIGKILL), the daemon still exits after an
# hour without requests; the server starts a fresh one if it finds its daemon gone.
IDLE_TIMEOUT_S: Final = 3600
# A cold first check of a file importing torch takes 10-30 s; a hung daemon must not hang the
# editor forever.
COMMAND_TIMEOUT_S: Final = 600.0

_INSPECT_LINE: Final = re.compile(
    r'^(?P<kind>\w+):(?P<line>\d+):(?P<column>\d+):(?P<end_line>\d+):(?P<end_column>\d+) -> "(?P<type>.*)"$'
)
# dmypy's messages when the daemon it is asked to talk to is not there any more.
_DAEMON_GONE: Final = (
    "No status file found",
    "Daemon has died",
    "Daemon crashed",
    "Invalid status file",
    "Connection refused",
    "No such file or directory",
)


class DaemonError(RuntimeError):
    """dmypy failed in a way a re-check will not fix (bad config, crash); the message says why."""


@dataclass(frozen=True)
class CheckResult:
    """The outcome of one `dmypy check`.

    Attributes:
        returncode: 0 (no errors), 1 (errors reported) or 2 (mypy could not check).
        output: mypy's report, one message a line.
    """

    returncode: int
    output: str


@dataclass(frozen=True)
class InspectResult:
    """One expression `dmypy inspect` found at a position, innermost first.

    Lines are 1-based; columns are mypy's 1-based columns (see `_positions`), end inclusive.
    """

    kind: str
    line: int
    column: int
    end_line: int
    end_column: int
    type: str


def default_status_file(root: Path) -> Path:
    """A status file private to this server process and workspace, outside the workspace."""
    digest = hashlib.sha1(str(root).encode()).hexdigest()[:12]
    return Path(tempfile.gettempdir()) / "typedtorch-lsp" / f"{digest}-{os.getpid()}.json"


class Daemon:
    """A dmypy daemon for one workspace root.

    All commands are serialised: the daemon answers one request at a time anyway, and a hover
    that arrives during a check must see the checked result, not race with it.

    Args:
        root: The workspace root; dmypy runs there and finds the mypy config there.
        python: The interpreter whose mypy (with typedtorch and its plugin) runs the daemon.
        status_file: Where dmypy records the daemon's pid and socket.
    """

    def __init__(
        self,
        root: Path,
        python: str = sys.executable,
        status_file: Path | None = None,
        extra_flags: Sequence[str] = (),
    ) -> None:
        self.root = root
        self.python = python
        self.status_file = status_file or default_status_file(root)
        # mypy flags for the daemon's start (the shadow-file mapping of `_shadow.py`).
        self.extra_flags = tuple(extra_flags)
        self._lock = asyncio.Lock()
        self._started = False

    @property
    def pid(self) -> int | None:
        """The daemon's process id, read from its status file (None while none runs)."""
        try:
            data = json.loads(self.status_file.read_text())
        except (OSError, ValueError):
            return None
        pid = data.get("pid") if isinstance(data, dict) else None
        return pid if isinstance(pid, int) else None

    async def start(self) -> None:
        """Start the daemon (a no-op if this object already started one that still runs)."""
        async with self._lock:
            await self._start()

    async def check(self, files: Sequence[Path]) -> CheckResult:
        """Type-check `files` (and what they import), keeping types for `inspect`.

        Raises:
            DaemonError: mypy could not be run at all (its output is the message).
        """
        async with self._lock:
            if not self._started:
                await self._start()
            args = ["check", "--export-types", *(str(f) for f in files)]
            returncode, output = await self._dmypy(*args)
            if returncode == 2 and _daemon_gone(output):
                # The daemon exited (idle timeout, crash, killed): start a fresh one, once.
                self._started = False
                await self._start()
                returncode, output = await self._dmypy(*args)
            return CheckResult(returncode, output)

    async def inspect(self, file: Path, line: int, column: int) -> list[InspectResult]:
        """The expressions enclosing `file:line:column` (1-based, mypy columns), innermost first.

        Empty when the daemon knows no expression there (a keyword, a definition's name, a file
        not checked yet).
        """
        async with self._lock:
            if not self._started:
                return []
            returncode, output = await self._dmypy(
                "inspect",
                "-vv",
                "--show",
                "type",
                "--include-span",
                "--include-kind",
                "--limit",
                "0",
                f"{file}:{line}:{column}",
            )
        if returncode not in (0, 1):
            return []
        results = []
        for text in output.splitlines():
            match = _INSPECT_LINE.match(text)
            if match is not None:
                results.append(
                    InspectResult(
                        kind=match["kind"],
                        line=int(match["line"]),
                        column=int(match["column"]),
                        end_line=int(match["end_line"]),
                        end_column=int(match["end_column"]),
                        type=match["type"],
                    )
                )
        return results

    async def stop(self) -> None:
        """Stop the daemon and remove its status file; safe to call twice."""
        async with self._lock:
            if self.status_file.exists():
                returncode, _ = await self._dmypy("stop", timeout=30.0)
                if returncode != 0:
                    await self._dmypy("kill", timeout=30.0)
            self._started = False
            with contextlib.suppress(OSError):
                self.status_file.unlink()

    def stop_sync(self) -> None:
        """`stop()` for when no event loop runs any more (interpreter exit)."""
        if not self.status_file.exists():
            return
        for command in ("stop", "kill"):
            try:
                done = subprocess.run(
                    self._command(command), cwd=self.root, capture_output=True, timeout=30
                )
            except (OSError, subprocess.TimeoutExpired):
                continue
            if done.returncode == 0:
                break
        self._started = False
        with contextlib.suppress(OSError):
            self.status_file.unlink()

    async def _start(self) -> None:
        if self._started and self.pid is not None:
            return
        self.status_file.parent.mkdir(parents=True, exist_ok=True)
        if self.status_file.exists():
            # Left over from a daemon that is gone, or still running: either way ours to end.
            await self._dmypy("kill", timeout=30.0)
        returncode, output = await self._dmypy(
            "start", f"--timeout={IDLE_TIMEOUT_S}", "--", *MYPY_FLAGS, *self.extra_flags
        )
        if returncode != 0:
            raise DaemonError(f"dmypy start failed in {self.root}:\n{output}")
        self._started = True

    def _command(self, *args: str) -> list[str]:
        return [self.python, "-m", "mypy.dmypy", "--status-file", str(self.status_file), *args]

    async def _dmypy(self, *args: str, timeout: float = COMMAND_TIMEOUT_S) -> tuple[int, str]:
        process = await asyncio.create_subprocess_exec(
            *self._command(*args),
            cwd=self.root,
            stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.STDOUT,
        )
        try:
            stdout, _ = await asyncio.wait_for(process.communicate(), timeout)
        except (TimeoutError, asyncio.CancelledError):
            with contextlib.suppress(ProcessLookupError):
                process.kill()
            await process.wait()
            raise
        assert process.returncode is not None
        return process.returncode, stdout.decode(errors="replace")


def _daemon_gone(output: str) -> bool:
    return any(marker in output for marker in _DAEMON_GONE)
