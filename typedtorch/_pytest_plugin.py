"""pytest plugin (registered by the `pytest11` entry point): runtime checks for a test run.

`pytest --typedtorch-packages=mypkg` checks every `Tensor[...]` annotation in `mypkg` at runtime
while the tests run.
"""

from __future__ import annotations

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("typedtorch")
    group.addoption(
        "--typedtorch-packages",
        action="store",
        default="",
        help="comma-separated packages whose typedtorch annotations are checked at runtime",
    )
