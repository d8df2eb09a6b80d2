"""Unsaved buffers, as mypy sees them: shadow files.

mypy's `--shadow-file SOURCE SHADOW` makes it read SHADOW wherever it would read SOURCE, and
report under SOURCE's name. The mapping is fixed when the daemon starts, so every Python file of
the workspace gets a shadow at start: a symlink to the file itself (mypy then reads the file on
disk), replaced by a regular file holding the editor's text while the buffer differs from the
disk, and restored when it no longer does. Every check is a `check --export-types`, which
re-reads every checked file, so a check sees the buffers as they are. Files created after the
daemon started have no shadow: they are checked as saved.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Final

__all__ = ["ShadowFiles", "workspace_files"]

# Folders no user edits: environments, caches, VCS data, build output.
_SKIP: Final = frozenset(
    {"node_modules", "site-packages", "__pycache__", "build", "dist", "venv", "env"}
)
# A workspace larger than this keeps the rest unshadowed (the daemon's command line holds two
# paths per file; mypy matches every path it reads against each).
MAX_FILES: Final = 2000


def workspace_files(root: Path, limit: int = MAX_FILES) -> list[Path]:
    """The Python files under `root` an editor may open, at most `limit`."""
    found: list[Path] = []
    for directory, subdirectories, files in os.walk(root):
        subdirectories[:] = sorted(
            d for d in subdirectories if not d.startswith(".") and d not in _SKIP
        )
        for name in sorted(files):
            if name.endswith((".py", ".pyi")):
                found.append(Path(directory, name))
                if len(found) >= limit:
                    return found
    return found


class ShadowFiles:
    """A private folder of shadows, one per workspace file (see the module's docstring)."""

    def __init__(self, root: Path, files: list[Path] | None = None) -> None:
        self.root = root
        self.folder = Path(tempfile.mkdtemp(prefix="typedtorch-lsp-shadow-"))
        self.shadows: dict[Path, Path] = {}
        for index, source in enumerate(files if files is not None else workspace_files(root)):
            shadow = self.folder / f"{index}-{source.name}"
            shadow.symlink_to(source)
            self.shadows[source] = shadow

    def flags(self) -> Iterator[str]:
        """mypy's flags for the mapping: `--shadow-file SOURCE SHADOW` per file."""
        for source, shadow in self.shadows.items():
            yield from ("--shadow-file", str(source), str(shadow))

    def covers(self, path: Path) -> bool:
        return path in self.shadows

    def show(self, path: Path, text: str | None) -> None:
        """Make mypy read `text` for `path` (None: the file on disk)."""
        shadow = self.shadows.get(path)
        if shadow is None:
            return
        temporary = shadow.with_name(shadow.name + ".tmp")
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
        if text is None:
            temporary.symlink_to(path)
        else:
            temporary.write_text(text, encoding="utf-8")
        # Atomic: mypy never finds the shadow missing (it would take the module for deleted).
        os.replace(temporary, shadow)

    def remove(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
