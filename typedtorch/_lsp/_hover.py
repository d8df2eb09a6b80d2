"""Type at a position -> hover markdown.

`dmypy inspect` lists every expression enclosing a position, innermost first. The hover shows
the innermost one whose span really contains the cursor (checked again here, since mypy's
columns drift after non-ASCII text), rendered readably.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from lsprotocol import types

from . import _positions
from ._daemon import InspectResult
from ._render import render_type

__all__ = ["hover_for"]

# Expressions whose source text names what the hover describes (`h: Tensor[...]`).
_NAMED_KINDS: Final = frozenset({"NameExpr", "MemberExpr"})


def hover_for(
    results: Sequence[InspectResult],
    lines: Sequence[str],
    line: int,
    index: int,
    encoding: str = _positions.UTF16,
) -> types.Hover | None:
    """The hover for the cursor at `lines[line][index]` (0-based, code points).

    Args:
        results: `dmypy inspect` results for that position, innermost first.
        lines: The file's text as mypy checked it.
        line: The cursor's line.
        index: The cursor's code-point index in that line.
        encoding: The negotiated LSP position encoding, for the hover's range.

    Returns:
        A markdown hover, or None if no expression contains the cursor.
    """
    for result in results:
        start_line, end_line = result.line - 1, result.end_line - 1
        if not 0 <= start_line <= end_line < len(lines):
            continue
        start = _positions.from_mypy(lines[start_line], result.column - 1)
        end = _positions.from_mypy(lines[end_line], result.end_column)
        if not (start_line, start) <= (line, index) < (end_line, end):
            continue
        rendered = render_type(result.type)
        if result.kind in _NAMED_KINDS and start_line == end_line:
            rendered = f"{lines[start_line][start:end]}: {rendered}"
        return types.Hover(
            contents=types.MarkupContent(
                kind=types.MarkupKind.Markdown, value=f"```python\n{rendered}\n```"
            ),
            range=types.Range(
                start=types.Position(
                    start_line, _positions.to_client(lines[start_line], start, encoding)
                ),
                end=types.Position(end_line, _positions.to_client(lines[end_line], end, encoding)),
            ),
        )
    return None
