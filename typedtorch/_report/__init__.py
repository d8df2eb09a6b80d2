"""`python -m typedtorch report FILE`: each step of a model's `forward` with its statically
computed shape, its layer and parameter count; `--compare` checks them against one real run."""

from ._cli import add_parser as add_parser
from ._cli import run as run
from ._compare import compare as compare
from ._static import ModelReport as ModelReport
from ._static import ReportError as ReportError
from ._static import Row as Row
from ._static import analyze as analyze
from ._table import format_report as format_report
