"""The `typedtorch-lsp` language server: readable types, mypy output parsing, and one real LSP
session over stdio (hover, diagnostics on save, clean shutdown of the mypy daemon)."""

from __future__ import annotations

import asyncio
import os
import re
import sys
import textwrap
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

import pytest

pytest.importorskip("pygls")
pytest.importorskip("pytest_lsp")

from lsprotocol import types  # noqa: E402
from pygls.uris import from_fs_path  # noqa: E402
from pytest_lsp import LanguageClient, make_test_lsp_client  # noqa: E402

import typedtorch  # noqa: E402
from typedtorch._lsp import _positions  # noqa: E402
from typedtorch._lsp._daemon import InspectResult  # noqa: E402
from typedtorch._lsp._diagnostics import parse_mypy_output, to_diagnostic  # noqa: E402
from typedtorch._lsp._hover import hover_for  # noqa: E402
from typedtorch._lsp._render import render_type  # noqa: E402

_T = TypeVar("_T")

T = "torch._tensor.Tensor"
CPU_F32 = "typedtorch._devices.CPU, typedtorch._dtypes.Float32"
D = "typedtorch._dims"


# -- rendering -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "readable"),
    [
        (
            f"{T}[{CPU_F32}, B, Literal[20], {D}.Sum[H, Literal[2]]]",
            "Tensor[CPU, Float32, B, 20, H + 2]",
        ),
        (f"{T}[{CPU_F32}, B@f, Literal[4]]", "Tensor[CPU, Float32, B, 4]"),
        (f"{T}[{CPU_F32}, B`-1, Literal[4]]", "Tensor[CPU, Float32, B, 4]"),
        (
            f"{T}[{CPU_F32}, {D}.Sum[{D}.Product[Literal[2], H@f], Literal[-1]]]",
            "Tensor[CPU, Float32, 2 * H - 1]",
        ),
        (
            f"{T}[{CPU_F32}, {D}.Quotient[{D}.Sum[H, Literal[1]], Literal[2]]]",
            "Tensor[CPU, Float32, (H + 1) // 2]",
        ),
        (
            f"{T}[{CPU_F32}, {D}.Product[Literal[3], {D}.Quotient[H, Literal[4]]]]",
            "Tensor[CPU, Float32, 3 * (H // 4)]",
        ),
        (
            f"{T}[{CPU_F32}, {D}.Sum[H, {D}.Product[Literal[-1], W]]]",
            "Tensor[CPU, Float32, H - W]",
        ),
        # `-H // 2` is not `-(H // 2)`: a negated quotient keeps its parentheses.
        (
            f"{T}[{CPU_F32}, {D}.Sum[H, {D}.Product[Literal[-1], {D}.Quotient[W, Literal[2]]]]]",
            "Tensor[CPU, Float32, H - (W // 2)]",
        ),
        (
            f"{T}[{CPU_F32}, {D}.Quotient[H, {D}.Product[Literal[2], W]]]",
            "Tensor[CPU, Float32, H // (2 * W)]",
        ),
        (f"{T}[{CPU_F32}, {D}.Deferred[{D}.Sum[H, Literal[4]]]]", "Tensor[CPU, Float32, H + 4]"),
        (f"{T}[Any, Any, *tuple[Any, ...]]", "Tensor[Any, Any, *tuple[Any, ...]]"),
        (f"{T}[{CPU_F32}, Literal[3]] | None", "Tensor[CPU, Float32, 3] | None"),
        (f"tuple[B@f, {D}.Sum[H@f, Literal[1]]]", "tuple[B, H + 1]"),
        (f"builtins.list[{T}[{CPU_F32}, Literal[2]]]", "list[Tensor[CPU, Float32, 2]]"),
        ("torch._tensor.Tensor", "torch.Tensor"),
        ("builtins.float", "float"),
        ("Literal['a']", "Literal['a']"),
    ],
)
def test_render_type(raw: str, readable: str) -> None:
    assert render_type(raw) == readable


@pytest.mark.parametrize(
    "raw",
    [
        "def [B: int] f(x: Tensor[CPU, Float32, B]) -> None",
        "Overload(def (x: builtins.int), def (x: builtins.str))",
        "Literal[2]?",
        f"{T}[{CPU_F32}, {D}.Quotient[H]]",
        f"{T}[{CPU_F32}, B",
    ],
)
def test_render_type_falls_back_to_the_raw_string(raw: str) -> None:
    assert render_type(raw) == raw


# -- positions, diagnostics, hover (pure) ------------------------------------------------------


def test_columns_round_trip_through_mypy_and_the_client() -> None:
    line = '    s = "日本😀"; y = x @ w'
    index = line.index("x")
    # mypy 2.4.1 counts a column as code points minus the extra UTF-8 bytes before it.
    assert _positions.to_mypy(line, index) == index - 2 - 2 - 3
    assert _positions.from_mypy(line, _positions.to_mypy(line, index)) == index
    client = _positions.to_client(line, index, _positions.UTF16)
    assert client == index + 1  # the emoji is two UTF-16 units
    assert _positions.from_client(line, client, _positions.UTF16) == index
    assert _positions.to_client(line, index, _positions.UTF8) == len(line[:index].encode())


def test_parse_mypy_output_groups_notes_with_their_error() -> None:
    output = textwrap.dedent(
        """\
        /ws/m.py:10:9:10:13: error: Incompatible shapes for "matmul": [B, 3] @ [5, 4], inner dimensions 3 and 5 differ  [shape]
        /ws/m.py:4:1:4:1: error: Cannot find implementation or library stub for module named "foo"  [import-not-found]
        /ws/m.py:4:1:4:1: note: See https://mypy.readthedocs.io/en/stable/running_mypy.html#missing-imports
        /ws/m.py:12:5:12:18: note: Revealed type is "builtins.int"
        Found 2 errors in 1 file (checked 1 source file)
        """
    )
    messages = parse_mypy_output(output)
    assert [(m.line, m.column, m.end_column, m.severity, m.code) for m in messages] == [
        (10, 9, 13, "error", "shape"),
        (4, 1, 1, "error", "import-not-found"),
        (12, 5, 18, "note", None),
    ]
    assert messages[0].message.endswith("inner dimensions 3 and 5 differ")
    assert messages[1].message.endswith(
        "See https://mypy.readthedocs.io/en/stable/running_mypy.html#missing-imports"
    )


def test_to_diagnostic_range_is_the_expression() -> None:
    lines = ["", "    y = x @ w"]
    (message,) = parse_mypy_output("/ws/m.py:2:9:2:13: error: Bad  [shape]")
    diagnostic = to_diagnostic(message, lines)
    assert diagnostic.range == types.Range(types.Position(1, 8), types.Position(1, 13))
    assert (diagnostic.code, diagnostic.severity) == ("shape", types.DiagnosticSeverity.Error)
    assert lines[1][8:13] == "x @ w"


def test_hover_for_picks_the_innermost_expression_containing_the_cursor() -> None:
    lines = ["    h = x @ w"]
    results = [
        InspectResult("NameExpr", 1, 5, 1, 5, f"{T}[{CPU_F32}, B@f, Literal[4]]"),
        InspectResult("OpExpr", 1, 9, 1, 13, "builtins.int"),
    ]
    hover = hover_for(results, lines, 0, 4)
    assert hover is not None
    assert isinstance(hover.contents, types.MarkupContent)
    assert hover.contents.value == "```python\nh: Tensor[CPU, Float32, B, 4]\n```"
    # A span that does not contain the cursor (a drifted column) is never shown.
    assert hover_for(results[:1], lines, 0, 9) is None


# -- a real session over stdio -----------------------------------------------------------------

MODEL = """\
from typing import Literal as L
from typing import TypeVar

from typedtorch import CPU, Float32, Tensor

B = TypeVar("B", bound=int)


def f(x: Tensor[CPU, Float32, B, L[3]], w: Tensor[CPU, Float32, L[3], L[4]]) -> None:
    y = x @ w
    print(y)
"""
MATMUL_LINE = 9  # 0-based line of `y = x @ w`


def _workspace(root: Path) -> Path:
    # The repo root on mypy_path: an editable install's import hook is invisible to mypy.
    repo = Path(typedtorch.__file__).resolve().parent.parent
    (root / "pyproject.toml").write_text(
        textwrap.dedent(
            f"""\
            [tool.mypy]
            python_version = "3.11"
            plugins = ["typedtorch_mypy"]
            mypy_path = {str(repo)!r}

            [[tool.mypy.overrides]]
            module = ["typedtorch", "typedtorch.*"]
            follow_imports = "silent"
            """
        )
    )
    model = root / "model.py"
    model.write_text(MODEL)
    return model


def _write(path: Path, text: str) -> None:
    # mypy notices changes by size and whole-second mtime; never let an edit look unchanged.
    old_mtime = path.stat().st_mtime_ns
    path.write_text(text)
    os.utime(path, ns=(old_mtime + 2_000_000_000, old_mtime + 2_000_000_000))


async def _until(what: str, get: Callable[[], _T | None], timeout: float = 60.0) -> _T:
    deadline = time.monotonic() + timeout
    while (value := get()) is None:
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.05)
    return value


def _cleared(diagnostics: Sequence[types.Diagnostic] | None) -> bool | None:
    return True if diagnostics is not None and len(diagnostics) == 0 else None


def _pid_alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        return True
    return state != "Z"  # a zombie has exited; only its parent has not reaped it


def _daemon_started(client: LanguageClient) -> int | None:
    for log in client.log_messages:
        match = re.search(r"started dmypy \(pid (\d+)\)", log.message)
        if match:
            return int(match.group(1))
    return None


async def _session(root: Path) -> None:
    model = _workspace(root)
    uri = from_fs_path(str(model))
    assert uri is not None
    client: LanguageClient = make_test_lsp_client()
    await client.start_io(sys.executable, "-m", "typedtorch._lsp")
    daemon_pid: int | None = None
    try:
        await client.initialize_session(
            types.InitializeParams(
                capabilities=types.ClientCapabilities(),
                root_uri=from_fs_path(str(root)),
            )
        )

        daemon_pid = await _until("the daemon to start", lambda: _daemon_started(client))
        assert _pid_alive(daemon_pid)

        client.text_document_did_open(
            types.DidOpenTextDocumentParams(
                types.TextDocumentItem(uri=uri, language_id="python", version=1, text=MODEL)
            )
        )
        # The hover waits for the first (cold) check.
        hover = await client.text_document_hover_async(
            types.HoverParams(types.TextDocumentIdentifier(uri), types.Position(MATMUL_LINE, 4))
        )
        assert hover is not None
        assert isinstance(hover.contents, types.MarkupContent)
        assert "y: Tensor[CPU, Float32, B, 4]" in hover.contents.value
        assert hover.range == types.Range(
            types.Position(MATMUL_LINE, 4), types.Position(MATMUL_LINE, 5)
        )

        broken = MODEL.replace("L[3], L[4]]) ->", "L[5], L[4]]) ->")
        assert broken != MODEL
        _write(model, broken)
        client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                types.VersionedTextDocumentIdentifier(uri=uri, version=2),
                [types.TextDocumentContentChangeWholeDocument(text=broken)],
            )
        )
        client.text_document_did_save(
            types.DidSaveTextDocumentParams(types.TextDocumentIdentifier(uri))
        )
        diagnostics = await _until("the shape error", lambda: client.diagnostics.get(uri) or None)
        (diagnostic,) = diagnostics
        assert diagnostic.code == "shape"
        assert diagnostic.severity == types.DiagnosticSeverity.Error
        assert "inner dimensions 3 and 5 differ" in diagnostic.message
        start = broken.splitlines()[MATMUL_LINE].index("x @ w")
        assert diagnostic.range == types.Range(
            types.Position(MATMUL_LINE, start), types.Position(MATMUL_LINE, start + 5)
        )

        _write(model, MODEL)
        client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                types.VersionedTextDocumentIdentifier(uri=uri, version=3),
                [types.TextDocumentContentChangeWholeDocument(text=MODEL)],
            )
        )
        client.text_document_did_save(
            types.DidSaveTextDocumentParams(types.TextDocumentIdentifier(uri))
        )
        await _until("the diagnostics to clear", lambda: _cleared(client.diagnostics.get(uri)))
    finally:
        await client.shutdown_session()
        await client.stop()
    assert daemon_pid is not None
    await _until("the daemon to exit", lambda: (not _pid_alive(daemon_pid)) or None, 10.0)


def test_lsp_session_hover_diagnostics_and_clean_shutdown(tmp_path: Path) -> None:
    asyncio.run(asyncio.wait_for(_session(tmp_path), 150))


async def _abandoned_session(root: Path) -> None:
    _workspace(root)
    client: LanguageClient = make_test_lsp_client()
    await client.start_io(sys.executable, "-m", "typedtorch._lsp")
    server = client._server
    assert server is not None and server.stdin is not None
    await client.initialize_session(
        types.InitializeParams(
            capabilities=types.ClientCapabilities(), root_uri=from_fs_path(str(root))
        )
    )
    daemon_pid = await _until("the daemon to start", lambda: _daemon_started(client))
    assert _pid_alive(daemon_pid)
    # The editor goes away without `shutdown`/`exit`: stdin closes.
    server.stdin.close()
    returncode = await asyncio.wait_for(server.wait(), 30)
    await client.stop()
    assert returncode == 1  # LSP: exit without a shutdown request
    await _until("the daemon to exit", lambda: (not _pid_alive(daemon_pid)) or None, 10.0)


def test_lsp_server_stops_its_daemon_when_the_client_disappears(tmp_path: Path) -> None:
    asyncio.run(asyncio.wait_for(_abandoned_session(tmp_path), 60))


# -- unsaved edits, rebound names --------------------------------------------------------------

EDITED = MODEL.replace("L[3], L[4]]) -> None:", "L[3], L[7]]) -> None:") + (
    "\n\n"
    "def g(x: Tensor[CPU, Float32, B, L[3]], w: Tensor[CPU, Float32, L[3], L[4]],\n"
    "      v: Tensor[CPU, Float32, L[4], L[2]]) -> None:\n"
    "    h = x @ w\n"
    "    h = h @ v\n"
    "    print(h)\n"
)


def _position_of(text: str, needle: str) -> types.Position:
    lines = text.splitlines()
    line = next(i for i, t in enumerate(lines) if needle in t)
    return types.Position(line, lines[line].index(needle))


async def _hover(client: LanguageClient, uri: str, position: types.Position) -> str:
    hover = await client.text_document_hover_async(
        types.HoverParams(types.TextDocumentIdentifier(uri), position)
    )
    assert hover is not None, position
    assert isinstance(hover.contents, types.MarkupContent)
    return hover.contents.value


async def _unsaved_session(root: Path) -> None:
    model = _workspace(root)
    uri = from_fs_path(str(model))
    assert uri is not None
    client: LanguageClient = make_test_lsp_client()
    await client.start_io(sys.executable, "-m", "typedtorch._lsp")
    try:
        await client.initialize_session(
            types.InitializeParams(
                capabilities=types.ClientCapabilities(), root_uri=from_fs_path(str(root))
            )
        )
        client.text_document_did_open(
            types.DidOpenTextDocumentParams(
                types.TextDocumentItem(uri=uri, language_id="python", version=1, text=MODEL)
            )
        )
        position = types.Position(MATMUL_LINE, 4)
        assert "y: Tensor[CPU, Float32, B, 4]" in await _hover(client, uri, position)

        # Typed, not saved: the hover shows the buffer's types; the file on disk is untouched.
        client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                types.VersionedTextDocumentIdentifier(uri=uri, version=2),
                [types.TextDocumentContentChangeWholeDocument(text=EDITED)],
            )
        )
        assert "y: Tensor[CPU, Float32, B, 7]" in await _hover(client, uri, position)
        assert model.read_text() == MODEL

        # A name rebound to another shape: each binding shows the type it takes there.
        first = _position_of(EDITED, "h = x @ w")
        second = _position_of(EDITED, "h = h @ v")
        assert "h: Tensor[CPU, Float32, B, 4]" in await _hover(client, uri, first)
        assert "h: Tensor[CPU, Float32, B, 2]" in await _hover(client, uri, second)
        use = types.Position(second.line, second.character + len("h = "))
        assert "h: Tensor[CPU, Float32, B, 4]" in await _hover(client, uri, use)
    finally:
        await client.shutdown_session()
        await client.stop()


def test_lsp_hover_on_unsaved_edits_and_rebound_names(tmp_path: Path) -> None:
    asyncio.run(asyncio.wait_for(_unsaved_session(tmp_path), 150))


def test_a_missing_extra_is_named(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import importlib.util

    from typedtorch._lsp import __main__ as entry

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util,
        "find_spec",
        lambda name, *a: None if name in ("lsprotocol", "pygls") else real(name, *a),
    )
    with pytest.raises(SystemExit) as exit_info:
        entry.main([])
    assert exit_info.value.code == 2
    assert capsys.readouterr().err.strip() == (
        'typedtorch-lsp needs the "lsp" extra, which installs lsprotocol, pygls: '
        'pip install "typedtorch[lsp]"'
    )
