"""Column conversions between the editor, Python strings and mypy.

Three column systems meet in the server: the client's (LSP positions count UTF-16 code units by
default, or UTF-8 / UTF-32 if negotiated), Python's (code points, index into `str`), and mypy's.
mypy 2.4.1 reports and looks up a column as the code-point index minus the number of extra UTF-8
bytes before it (established by experiment: `s = "日本"; y = x @ w` puts `x` at column 14, not
18), which is the identity on ASCII lines. All columns here are 0-based.
"""

from __future__ import annotations

from typing import Final

__all__ = ["from_client", "from_mypy", "to_client", "to_mypy"]

UTF8: Final = "utf-8"
UTF16: Final = "utf-16"
UTF32: Final = "utf-32"


def _units(char: str, encoding: str) -> int:
    if encoding == UTF8:
        return len(char.encode("utf-8"))
    if encoding == UTF32:
        return 1
    return 2 if ord(char) > 0xFFFF else 1


def from_client(line: str, character: int, encoding: str = UTF16) -> int:
    """The code-point index of a client column (clamped to the line's end)."""
    units = 0
    for index, char in enumerate(line):
        if units >= character:
            return index
        units += _units(char, encoding)
    return len(line)


def to_client(line: str, index: int, encoding: str = UTF16) -> int:
    """The client column of a code-point index."""
    return sum(_units(char, encoding) for char in line[:index])


def to_mypy(line: str, index: int) -> int:
    """mypy's column for a code-point index."""
    return index - sum(len(char.encode("utf-8")) - 1 for char in line[:index])


def from_mypy(line: str, column: int) -> int:
    """The code-point index mypy means by `column` (its mapping is not one-to-one after
    non-ASCII text; the last match is the one after it, where code is)."""
    found = None
    value = 0
    for index in range(len(line) + 1):
        if value == column:
            found = index
        if index < len(line):
            value += 2 - len(line[index].encode("utf-8"))
    if found is not None:
        return found
    return min(max(column, 0), len(line))
