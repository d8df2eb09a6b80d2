"""Hover latency of `typedtorch-lsp` on a generated ~1,000-line typed model file.

Starts the real server over stdio in a fresh temporary workspace and prints:

- cold: from launching the server to the first hover's answer (daemon start plus mypy's first
  full check, which follows `import torch`); target <= 5 s,
- warm: from saving an edit that changes a computed shape to the hover showing the new shape
  (the daemon's fine-grained re-check plus `dmypy inspect`); target < 1 s,
- hover alone on an unchanged file (median of several),
- edit: from an unsaved edit to the hover showing its shape (the buffer is checked, not the
  file on disk).

Run: `python benchmarks/hover_latency.py [--functions N]`. Timings vary with the machine; this
prints them, it asserts nothing about them.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import textwrap
import time
from pathlib import Path

from lsprotocol import types
from pygls.lsp.client import LanguageClient
from pygls.uris import from_fs_path

import typedtorch

HEADER = """\
from typing import Literal as L
from typing import TypeVar

from typedtorch import Add, CPU, Float32, Tensor

B = TypeVar("B", bound=int)
H = TypeVar("H", bound=int)
"""

BLOCK = """

def block_{i}(
    x: Tensor[CPU, Float32, B, Add[H, L[2]]],
    w_in: Tensor[CPU, Float32, Add[H, L[2]], L[{width}]],
    w_out: Tensor[CPU, Float32, L[{width}], L[8]],
    skip: Tensor[CPU, Float32, B, L[8]],
) -> Tensor[CPU, Float32, B, L[8]]:
    h = x @ w_in
    y = h @ w_out
    z = y + skip
    return z
"""


def generate(functions: int, last_width: int) -> str:
    """The model file: `functions` blocks of 12 lines; the last block's hidden width varies."""
    blocks = [BLOCK.format(i=i, width=16) for i in range(functions - 1)]
    blocks.append(BLOCK.format(i=functions - 1, width=last_width))
    return HEADER + "".join(blocks)


def workspace(root: Path, source: str) -> Path:
    """A workspace whose pyproject enables the plugin, with the model file in it."""
    # An editable install's import hook is invisible to mypy: put the checkout on mypy_path.
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
    model.write_text(source)
    return model


def hover_position(source: str) -> types.Position:
    """The `h` of `h = x @ w_in` in the last block."""
    lines = source.splitlines()
    line = max(i for i, text in enumerate(lines) if text.strip().startswith("h = x @ w_in"))
    return types.Position(line, lines[line].index("h"))


def hover_text(hover: types.Hover | None) -> str:
    if hover is None or not isinstance(hover.contents, types.MarkupContent):
        return "<no hover>"
    return hover.contents.value.replace("```python", "").replace("```", "").strip()


async def measure(functions: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        source = generate(functions, last_width=16)
        model = workspace(Path(tmp), source)
        uri = from_fs_path(str(model))
        assert uri is not None
        position = hover_position(source)
        print(f"model: {len(source.splitlines())} lines, {functions} functions")

        client = LanguageClient("hover-latency", "0")
        client.feature(types.WINDOW_LOG_MESSAGE)(lambda _client, _params: None)
        launched = time.perf_counter()
        await client.start_io(sys.executable, "-m", "typedtorch._lsp")
        try:
            await client.initialize_async(
                types.InitializeParams(
                    capabilities=types.ClientCapabilities(), root_uri=from_fs_path(tmp)
                )
            )
            client.initialized(types.InitializedParams())
            opened = time.perf_counter()
            client.text_document_did_open(
                types.DidOpenTextDocumentParams(
                    types.TextDocumentItem(uri=uri, language_id="python", version=1, text=source)
                )
            )
            hover = await client.text_document_hover_async(
                types.HoverParams(types.TextDocumentIdentifier(uri), position)
            )
            done = time.perf_counter()
            print(
                f"cold:  {done - launched:6.2f} s from launch to first hover "
                f"({done - opened:.2f} s after didOpen)  {hover_text(hover)}"
            )

            alone = []
            for _ in range(7):
                start = time.perf_counter()
                await client.text_document_hover_async(
                    types.HoverParams(types.TextDocumentIdentifier(uri), position)
                )
                alone.append(time.perf_counter() - start)
            print(f"hover: {statistics.median(alone):6.2f} s median, unchanged file")

            for version, width in enumerate((32, 64, 16), start=2):
                edited = generate(functions, last_width=width)
                old = model.stat().st_mtime_ns
                model.write_text(edited)
                # mypy compares whole-second mtimes; a real save a second later looks the same.
                os.utime(model, ns=(old + 1_000_000_000, old + 1_000_000_000))
                client.text_document_did_change(
                    types.DidChangeTextDocumentParams(
                        types.VersionedTextDocumentIdentifier(uri=uri, version=version),
                        [types.TextDocumentContentChangeWholeDocument(text=edited)],
                    )
                )
                start = time.perf_counter()
                client.text_document_did_save(
                    types.DidSaveTextDocumentParams(types.TextDocumentIdentifier(uri))
                )
                hover = await client.text_document_hover_async(
                    types.HoverParams(types.TextDocumentIdentifier(uri), position)
                )
                elapsed = time.perf_counter() - start
                print(
                    f"warm:  {elapsed:6.2f} s from save to hover (width -> {width})  "
                    f"{hover_text(hover)}"
                )
            # Typed, not saved: the hover checks the buffer as it is (through its shadow file).
            edited = generate(functions, last_width=48)
            client.text_document_did_change(
                types.DidChangeTextDocumentParams(
                    types.VersionedTextDocumentIdentifier(uri=uri, version=5),
                    [types.TextDocumentContentChangeWholeDocument(text=edited)],
                )
            )
            start = time.perf_counter()
            hover = await client.text_document_hover_async(
                types.HoverParams(types.TextDocumentIdentifier(uri), position)
            )
            elapsed = time.perf_counter() - start
            print(f"edit:  {elapsed:6.2f} s from an unsaved edit to hover  {hover_text(hover)}")
        finally:
            await client.shutdown_async(None)
            client.exit(None)
            await client.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--functions", type=int, default=83, help="blocks of 12 lines")
    args = parser.parse_args()
    asyncio.run(measure(args.functions))


if __name__ == "__main__":
    main()
