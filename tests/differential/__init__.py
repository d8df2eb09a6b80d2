"""The differential tester: generated typed programs, checked by mypy and run by torch.

See README.md. `run` is the whole pipeline; `python -m tests.differential --help` runs it from
the command line.
"""

from ._driver import Summary as Summary
from ._driver import make_programs as make_programs
from ._driver import run as run
