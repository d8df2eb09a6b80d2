"""mypy's report -> LSP diagnostics.

mypy runs with `--show-column-numbers --show-error-end --show-absolute-path`, so every message
reads `/abs/file.py:LINE:COL:END_LINE:END_COL: error: Message  [code]` (1-based line and column,
end column inclusive). A note on the same line right after an error belongs to it (mypy's hints,
"See https://..."); any other note (`reveal_type`) becomes an information diagnostic.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Final

from lsprotocol import types

from . import _positions

__all__ = ["MypyMessage", "parse_mypy_output", "to_diagnostic"]

_MESSAGE: Final = re.compile(
    r"^(?P<path>.+?):(?:(?P<line>-?\d+):(?:(?P<column>-?\d+):)?"
    r"(?:(?P<end_line>-?\d+):(?P<end_column>-?\d+):)?)?"
    r" (?P<severity>error|warning|note): (?P<message>.*?)(?:  \[(?P<code>[\w-]+)\])?$"
)
_SEVERITY: Final = {
    "error": types.DiagnosticSeverity.Error,
    "warning": types.DiagnosticSeverity.Warning,
    "note": types.DiagnosticSeverity.Information,
}


@dataclass(frozen=True)
class MypyMessage:
    """One message of mypy's report.

    Attributes:
        path: The file, as mypy printed it.
        line: 1-based line (0 when mypy gives none).
        column: mypy's 1-based start column (0 when mypy gives none).
        end_line: 1-based end line.
        end_column: mypy's end column, inclusive (0 when mypy gives none).
        severity: `error`, `warning` or `note`.
        message: The text, without the error code.
        code: The error code (`shape`, `dtype`, `arg-type`, ...), if any.
    """

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    severity: str
    message: str
    code: str | None


def parse_mypy_output(output: str) -> list[MypyMessage]:
    """Parse mypy's report; lines that are not messages (summaries, tracebacks) are skipped.

    Notes that continue the error just before them (same file and line) are appended to its
    message instead of being returned on their own.
    """
    messages: list[MypyMessage] = []
    for text in output.splitlines():
        match = _MESSAGE.match(text.rstrip())
        if match is None:
            continue
        line = max(int(match["line"] or 0), 0)
        column = max(int(match["column"] or 0), 0)
        message = MypyMessage(
            path=match["path"],
            line=line,
            column=column,
            end_line=max(int(match["end_line"] or line), line),
            end_column=max(int(match["end_column"] or column), 0),
            severity=match["severity"],
            message=match["message"],
            code=match["code"],
        )
        previous = messages[-1] if messages else None
        if (
            message.severity == "note"
            and previous is not None
            and previous.severity != "note"
            and (previous.path, previous.line) == (message.path, message.line)
        ):
            messages[-1] = replace(previous, message=f"{previous.message}\n{message.message}")
            continue
        messages.append(message)
    return messages


def to_diagnostic(
    message: MypyMessage, lines: Sequence[str], encoding: str = _positions.UTF16
) -> types.Diagnostic:
    """Build the LSP diagnostic for `message`, in the client's column units.

    Args:
        message: A parsed mypy message.
        lines: The file's text as mypy checked it, one string a line.
        encoding: The negotiated LSP position encoding.
    """
    start_line = max(message.line - 1, 0)
    end_line = max(message.end_line - 1, start_line)
    start_text = lines[start_line] if start_line < len(lines) else ""
    end_text = lines[end_line] if end_line < len(lines) else ""
    start = _positions.from_mypy(start_text, max(message.column - 1, 0))
    end = _positions.from_mypy(end_text, message.end_column)
    if (end_line, end) <= (start_line, start):
        # mypy gave no extent: mark the rest of the line, which an editor always shows.
        end_line, end_text = start_line, start_text
        end = max(len(start_text.rstrip()), start + 1)
    return types.Diagnostic(
        range=types.Range(
            start=types.Position(start_line, _positions.to_client(start_text, start, encoding)),
            end=types.Position(end_line, _positions.to_client(end_text, end, encoding)),
        ),
        message=message.message,
        severity=_SEVERITY[message.severity],
        code=message.code,
        source="mypy",
    )
