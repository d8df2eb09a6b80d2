"""Which mypy versions the plugin is tested with, and one clear warning outside them.

The plugin reads mypy's internal types and hooks, which change between mypy's minor versions;
typedtorch does not pin mypy (a project that pins its own must still be able to install
typedtorch), so the plugin says so, once per process, when the running mypy is not one the test
suite ran on. It keeps working: an untested mypy may still be fine. Set
`TYPEDTORCH_MYPY_VERSION_CHECK=0` to silence the warning.
"""

from __future__ import annotations

import os
import re
import sys
from typing import Final

__all__ = ["TESTED", "check_mypy_version", "is_tested", "parse_version"]

# [lowest, highest): the mypy versions the whole suite passes on (tools/min_versions.py runs
# the lowest; the project's own environment pins the highest tested release). 2.3.1 no longer
# does: it reports false errors on plain torch code with the current stubs.
TESTED: Final = ((2, 4), (2, 5))
INSTALL_HINT: Final = 'pip install "mypy>=2.4,<2.5" (or the extra: "typedtorch[mypy]")'

_warned: list[str] = []


def parse_version(version: str) -> tuple[int, ...]:
    """The numeric release of a version string: `2.4.1` -> (2, 4, 1), `2.5.0+dev.ab12` ->
    (2, 5, 0); () when it has none."""
    match = re.match(r"\d+(?:\.\d+)*", version.strip())
    return tuple(int(part) for part in match.group(0).split(".")) if match else ()


def is_tested(version: str) -> bool:
    """Whether `version` lies in the tested range (`TESTED`)."""
    release = parse_version(version)
    low, high = TESTED
    return bool(release) and low <= release < high


def _show(release: tuple[int, ...]) -> str:
    return ".".join(str(part) for part in release)


def check_mypy_version(version: str) -> str | None:
    """Warn on stderr, once per process, when mypy `version` is outside the tested range.

    Returns:
        The warning (also when it was already printed), or None for a tested version.
    """
    if is_tested(version):
        return None
    low, high = TESTED
    message = (
        f"typedtorch_mypy: warning: mypy {version} is outside the versions this plugin is "
        f"tested with (>={_show(low)}, <{_show(high)}); shapes may be reported wrongly or mypy "
        f"may crash. Install a tested mypy: {INSTALL_HINT}. "
        "(TYPEDTORCH_MYPY_VERSION_CHECK=0 silences this.)"
    )
    if os.environ.get("TYPEDTORCH_MYPY_VERSION_CHECK", "1") != "0" and message not in _warned:
        _warned.append(message)
        print(message, file=sys.stderr)
    return message
