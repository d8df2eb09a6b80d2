"""`python -m typedtorch report FILE`: each step of a model's `forward` with its statically
computed shape, its layer and parameter count; `--compare` checks them against one real run.

Only `--compare` imports torch here (`compare`, loaded on first use): without it the report
imports mypy alone, and counts parameters by formula for torch's common layers (`_formulas.py`),
from the layers they build for the file's own classes, and else in a separate process that
imports torch (`_params.py`).
"""

from typing import Any as _Any

from ._cli import add_parser as add_parser
from ._cli import run as run
from ._static import ModelReport as ModelReport
from ._static import ReportError as ReportError
from ._static import Row as Row
from ._static import analyze as analyze
from ._table import format_report as format_report


def __getattr__(name: str) -> _Any:
    if name == "compare":
        from ._compare import compare

        return compare
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
