"""Type at a position -> hover markdown.

`dmypy inspect` lists every expression enclosing a position, innermost first. The hover shows
the innermost one whose span really contains the cursor (checked again here, since mypy's
columns drift after non-ASCII text), rendered readably.
"""

from __future__ import annotations

import ast
from collections.abc import Sequence
from typing import Final

from lsprotocol import types

from . import _positions
from ._daemon import InspectResult
from ._render import render_type

__all__ = ["assigned_value", "hover_for", "value_hover"]

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


def assigned_value(
    lines: Sequence[str], line: int, index: int
) -> tuple[tuple[int, int], tuple[int, int], tuple[int, int]] | None:
    """When the cursor is on the name an assignment binds (`x` in `x = self.pool(x)`): the
    name's span and the value's span, each `((line, index), ...)` 0-based in code points.

    mypy types a rebound name by everything it is ever bound to; the value has the type the name
    takes here, which is what the hover must show. None elsewhere (or if the text does not parse).
    """
    try:
        tree = ast.parse("\n".join(lines))
    except (SyntaxError, ValueError):
        return None
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target, value = node.target, node.value
        else:
            continue
        if not isinstance(target, ast.Name) or target.end_col_offset is None:
            continue
        name = _span(lines, target)
        if name is None or not name[0] <= (line, index) < name[1]:
            continue
        span = _span(lines, value)
        return (name[0], name[1], span[0]) if span is not None else None
    return None


def _span(lines: Sequence[str], node: ast.expr) -> tuple[tuple[int, int], tuple[int, int]] | None:
    if node.end_lineno is None or node.end_col_offset is None:
        return None
    start_line, end_line = node.lineno - 1, node.end_lineno - 1
    if end_line >= len(lines):
        return None
    # ast's columns are UTF-8 byte offsets.
    start = len(lines[start_line].encode()[: node.col_offset].decode(errors="replace"))
    end = len(lines[end_line].encode()[: node.end_col_offset].decode(errors="replace"))
    return (start_line, start), (end_line, end)


def value_hover(
    results: Sequence[InspectResult],
    lines: Sequence[str],
    name: tuple[tuple[int, int], tuple[int, int]],
    value_start: tuple[int, int],
    encoding: str = _positions.UTF16,
) -> types.Hover | None:
    """The hover for an assigned name, typed by its value: the outermost expression `dmypy
    inspect` found at the value's start that starts there (the value itself)."""
    chosen = None
    for result in results:
        start_line = result.line - 1
        if not 0 <= start_line < len(lines):
            continue
        start = _positions.from_mypy(lines[start_line], result.column - 1)
        if (start_line, start) == value_start:
            chosen = result  # innermost first: the last one is the outermost
    if chosen is None:
        return None
    (line, start), (_, end) = name
    text = lines[line]
    return types.Hover(
        contents=types.MarkupContent(
            kind=types.MarkupKind.Markdown,
            value=f"```python\n{text[start:end]}: {render_type(chosen.type)}\n```",
        ),
        range=types.Range(
            start=types.Position(line, _positions.to_client(text, start, encoding)),
            end=types.Position(line, _positions.to_client(text, end, encoding)),
        ),
    )
