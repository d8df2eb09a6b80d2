"""Hypothesis profiles for the property tests.

`./dev.sh test` (and so CI) runs the "ci" profile: derandomized, so a run is reproducible and a
red CI is a real regression, not a newly drawn example. A plain `pytest` run draws new examples
each time ("explore"); raise their number with TYPEDTORCH_HYPOTHESIS_EXAMPLES to hunt for bugs.
"""

from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
settings.register_profile("explore", print_blob=True)
settings.load_profile(os.environ.get("TYPEDTORCH_HYPOTHESIS_PROFILE", "explore"))
