"""Rewrite the `# N: Revealed type is "..."` expectations of type-check files to what mypy (with
the plugin) reveals now. For reviewing a deliberate change in inference: run it, then read the
diff; it never touches `# E:` expectations.

    .venv/bin/python tools/update_reveals.py typecheck_tests/real_models/pass_vit.py ...
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_NOTE = re.compile(r'^(?P<file>[^:]+):(?P<line>\d+): note: Revealed type is "(?P<type>.*)"$')
_EXPECT = re.compile(r'(  # N: Revealed type is ")(.*)(")\s*$')


def main(paths: list[str]) -> int:
    with tempfile.TemporaryDirectory() as cache:
        proc = subprocess.run(
            [sys.executable, "-m", "mypy", "--config-file", str(ROOT / "pyproject.toml")]
            + ["--cache-dir", cache, *paths],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
    revealed: dict[tuple[str, int], str] = {}
    for line in proc.stdout.splitlines():
        m = _NOTE.match(line)
        if m:
            revealed[(str(Path(m["file"]).resolve()), int(m["line"]))] = m["type"]
    for path in paths:
        file = Path(path).resolve()
        lines = file.read_text().split("\n")
        for i, text in enumerate(lines):
            new = revealed.get((str(file), i + 1))
            if new is not None and _EXPECT.search(text):
                lines[i] = _EXPECT.sub(lambda m, new=new: m[1] + new + m[3], text)
        file.write_text("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
