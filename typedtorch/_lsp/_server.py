"""pygls wiring: LSP requests and notifications -> the workspace's mypy daemon.

- `initialized`: start the daemon in the workspace root (first folder of a multi-root workspace).
- `didOpen` / `didSave`: re-check every Python file opened so far, publish mypy's messages per
  file, clear the files whose messages went away. A check reads each open file as its buffer
  holds it, saved or not (`_shadow.py`).
- `hover`: wait for a running check (and check again when the buffer changed since), then ask
  the daemon for the type at the cursor. Only while the buffer equals the text mypy checked:
  types of a stale tree at shifted positions would be wrong, and no hover is better than a wrong
  one. On the name an assignment binds, the hover shows the assigned value's type (the type the
  name has from there on), not the union mypy gives a name rebound to several types.
- `shutdown` / `exit` (and the end of stdin): stop the daemon.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import from_fs_path, to_fs_path

from . import _positions
from ._daemon import Daemon, DaemonError
from ._diagnostics import parse_mypy_output, to_diagnostic
from ._hover import assigned_value, hover_for, value_hover
from ._shadow import ShadowFiles

__all__ = ["TypedtorchLanguageServer", "create_server"]

_SUFFIXES: Final = frozenset({".py", ".pyi"})
_VERSION: Final = "0.1.0"

logger = logging.getLogger(__name__)


class TypedtorchLanguageServer(LanguageServer):
    """The language server: one workspace root, one mypy daemon.

    Args:
        python: Interpreter that runs the daemon (its mypy must have typedtorch installed);
            the client's `initializationOptions.python` overrides it.
    """

    def __init__(self, python: str = sys.executable) -> None:
        super().__init__(
            "typedtorch-lsp", _VERSION, text_document_sync_kind=types.TextDocumentSyncKind.Full
        )
        self.python = python
        self.root: Path | None = None
        self.daemon: Daemon | None = None
        self.shadows: ShadowFiles | None = None
        # Every Python file opened in this session, in order: the daemon checks them together.
        self.files: dict[Path, None] = {}
        # The text of each file as the last check read it: hovers are valid only against it.
        self.checked_text: dict[Path, str] = {}
        self.published: set[str] = set()
        self._check_task: asyncio.Task[None] | None = None
        self._recheck = False
        self.shutdown_requested = False

    def shutdown(self) -> None:
        """End the IO loop without waiting for pygls' worker threads.

        One of them blocks reading stdin until the client closes it, which a client need not do
        after `exit`; waiting for it would keep the server alive. `__main__` ends the process.
        """
        pool = getattr(self, "_thread_pool", None)
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)
            self._thread_pool = None
        super().shutdown()  # type: ignore[no-untyped-call]

    @property
    def encoding(self) -> str:
        """The negotiated position encoding, as `_positions` spells it."""
        encoding = self.workspace.position_encoding
        value = getattr(encoding, "value", encoding)
        return str(value) if value else _positions.UTF16

    def path_of(self, uri: str) -> Path | None:
        """The checked file behind `uri`, or None for anything this server does not check."""
        fs_path = to_fs_path(uri)
        if fs_path is None or self.root is None:
            return None
        path = Path(fs_path).resolve()
        if path.suffix not in _SUFFIXES or not path.is_relative_to(self.root):
            return None
        return path

    def log(self, message: str, kind: types.MessageType = types.MessageType.Info) -> None:
        """Send `message` to the client's log (the editor's output panel)."""
        self.window_log_message(types.LogMessageParams(type=kind, message=message))

    def request_check(self) -> None:
        """Check the open files soon; checks requested while one runs coalesce into one more."""
        self._recheck = True
        if self._check_task is None or self._check_task.done():
            self._check_task = asyncio.ensure_future(self._check_loop())

    async def wait_for_check(self) -> None:
        """Return once no check is running (a cancelled caller does not cancel the check)."""
        task = self._check_task
        if task is not None and not task.done():
            with contextlib.suppress(Exception):
                await asyncio.shield(task)

    async def start_daemon(self) -> None:
        """Start the daemon, reporting failure to the user rather than raising."""
        if self.daemon is None:
            return
        try:
            await self.daemon.start()
        except (DaemonError, OSError) as error:
            self.window_show_message(
                types.ShowMessageParams(type=types.MessageType.Error, message=str(error))
            )
            return
        self.log(f"typedtorch-lsp: started dmypy (pid {self.daemon.pid}) in {self.daemon.root}")

    async def stop_daemon(self) -> None:
        """Cancel a running check and stop the daemon."""
        if self._check_task is not None and not self._check_task.done():
            self._check_task.cancel()
            with contextlib.suppress(BaseException):
                await self._check_task
        if self.daemon is not None:
            await self.daemon.stop()

    async def _check_loop(self) -> None:
        while self._recheck:
            self._recheck = False
            try:
                await self._check_once()
            except asyncio.CancelledError:
                raise
            except Exception as error:  # one failed check must not end all later ones
                logger.exception("check failed")
                self.log(f"typedtorch-lsp: check failed: {error!r}", types.MessageType.Error)

    async def _check_once(self) -> None:
        if self.daemon is None:
            return
        files = [path for path in self.files if path.is_file()]
        if not files:
            return
        snapshots = {path: self.text_of(path) for path in files}
        started = time.perf_counter()
        try:
            result = await self.daemon.check(files)
        except DaemonError as error:
            self.window_show_message(
                types.ShowMessageParams(type=types.MessageType.Error, message=str(error))
            )
            return
        self.checked_text.update(snapshots)
        messages = parse_mypy_output(result.output)
        self.log(
            f"typedtorch-lsp: checked {len(files)} file(s) in "
            f"{time.perf_counter() - started:.2f} s: {len(messages)} message(s)"
        )
        if result.returncode == 2 and not messages:
            # mypy could not check at all (bad config, crash): keep the last diagnostics.
            self.log(f"typedtorch-lsp: mypy failed:\n{result.output}", types.MessageType.Error)
            return
        by_uri: dict[str, list[types.Diagnostic]] = {}
        lines_of: dict[Path, list[str]] = {}
        for message in messages:
            path = Path(message.path)
            if not path.is_absolute():
                path = self.daemon.root / path
            path = path.resolve()
            if not path.is_relative_to(self.daemon.root):
                # Installed packages and other mypy_path entries are not the user's to fix
                # (and dmypy's re-checks can report a silenced module's errors).
                continue
            if path not in lines_of:
                lines_of[path] = split_lines(snapshots.get(path) or _read(path))
            uri = from_fs_path(str(path))
            if uri is None:
                continue
            diagnostic = to_diagnostic(message, lines_of[path], self.encoding)
            by_uri.setdefault(uri, []).append(diagnostic)
        for uri in self.published - by_uri.keys():
            self.text_document_publish_diagnostics(
                types.PublishDiagnosticsParams(uri=uri, diagnostics=[])
            )
        for uri, diagnostics in by_uri.items():
            self.text_document_publish_diagnostics(
                types.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics)
            )
        self.published = set(by_uri)

    def text_of(self, path: Path) -> str:
        """The text the next check reads for `path`: the editor's buffer where its shadow can
        carry it (and where it differs from the disk), the file on disk otherwise."""
        disk = _read(path)
        uri = from_fs_path(str(path))
        document = self.workspace.text_documents.get(uri) if uri is not None else None
        if self.shadows is None or not self.shadows.covers(path) or document is None:
            return disk
        buffer = str(document.source)
        self.shadows.show(path, None if buffer == disk else buffer)
        return buffer

    def remove_shadows(self) -> None:
        if self.shadows is not None:
            self.shadows.remove()
            self.shadows = None


def split_lines(text: str) -> list[str]:
    """Split as Python's tokenizer does (only `\\n`, `\\r\\n`, `\\r` end a line)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def _feature(
    server: TypedtorchLanguageServer, method: str
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    decorator: Callable[[Callable[..., Any]], Callable[..., Any]] = server.feature(method)
    return decorator


def create_server(python: str = sys.executable) -> TypedtorchLanguageServer:
    """Build the server with all its features registered."""
    server = TypedtorchLanguageServer(python)

    @_feature(server, types.INITIALIZE)
    def initialize(ls: TypedtorchLanguageServer, params: types.InitializeParams) -> None:
        root: str | None = None
        if params.workspace_folders:
            root = to_fs_path(params.workspace_folders[0].uri)
        elif params.root_uri:
            root = to_fs_path(params.root_uri)
        elif params.root_path:
            root = params.root_path
        ls.root = Path(root or ".").resolve()
        options = params.initialization_options
        if isinstance(options, dict) and isinstance(options.get("python"), str):
            ls.python = options["python"]
        ls.shadows = ShadowFiles(ls.root)
        ls.daemon = Daemon(ls.root, python=ls.python, extra_flags=list(ls.shadows.flags()))

    @_feature(server, types.INITIALIZED)
    async def initialized(ls: TypedtorchLanguageServer, params: types.InitializedParams) -> None:
        await ls.start_daemon()

    @_feature(server, types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: TypedtorchLanguageServer, params: types.DidOpenTextDocumentParams) -> None:
        path = ls.path_of(params.text_document.uri)
        if path is not None:
            ls.files[path] = None
            ls.request_check()

    @_feature(server, types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: TypedtorchLanguageServer, params: types.DidSaveTextDocumentParams) -> None:
        path = ls.path_of(params.text_document.uri)
        if path is not None:
            ls.files[path] = None
            ls.request_check()

    @_feature(server, types.TEXT_DOCUMENT_HOVER)
    async def hover(ls: TypedtorchLanguageServer, params: types.HoverParams) -> types.Hover | None:
        path = ls.path_of(params.text_document.uri)
        if path is None or ls.daemon is None:
            return None
        await ls.wait_for_check()
        document = ls.workspace.get_text_document(params.text_document.uri)
        checked = ls.checked_text.get(path)
        if checked != document.source and ls.shadows is not None and ls.shadows.covers(path):
            # An edit not checked yet: check the buffer as it is now.
            ls.files[path] = None
            ls.request_check()
            await ls.wait_for_check()
            checked = ls.checked_text.get(path)
        if checked is None or split_lines(document.source) != split_lines(checked):
            return None
        lines = split_lines(checked)
        line = params.position.line
        if line >= len(lines):
            return None
        index = _positions.from_client(lines[line], params.position.character, ls.encoding)
        assigned = assigned_value(lines, line, index)
        if assigned is not None:
            name_start, name_end, (value_line, value_index) = assigned
            value_column = _positions.to_mypy(lines[value_line], value_index) + 1
            results = await ls.daemon.inspect(path, value_line + 1, value_column)
            hover = value_hover(
                results, lines, (name_start, name_end), (value_line, value_index), ls.encoding
            )
            if hover is not None:
                return hover
        column = _positions.to_mypy(lines[line], index) + 1
        results = await ls.daemon.inspect(path, line + 1, column)
        return hover_for(results, lines, line, index, ls.encoding)

    @_feature(server, types.SHUTDOWN)
    async def shutdown(ls: TypedtorchLanguageServer, params: None) -> None:
        ls.shutdown_requested = True
        await ls.stop_daemon()
        ls.remove_shadows()

    @_feature(server, types.EXIT)
    async def exit_(ls: TypedtorchLanguageServer, params: None) -> None:
        await ls.stop_daemon()
        ls.remove_shadows()

    return server
