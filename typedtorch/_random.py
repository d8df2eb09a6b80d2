"""Seeding and random generators, as torch has them.

`tt.manual_seed(n)` is `torch.manual_seed` (it seeds torch's default generator and returns it), and
`tt.Generator` is `torch.Generator`: pass one as `generator=` to `tt.rand`, `tt.randn`,
`tt.randint`, `tt.rand_like` and `tt.randn_like` to thread random state explicitly. The same seed
gives the same numbers as torch's own functions, because these are torch's own functions.
"""

from __future__ import annotations

import torch

Generator = torch.Generator
manual_seed = torch.manual_seed
seed = torch.seed
initial_seed = torch.initial_seed

__all__ = ["Generator", "initial_seed", "manual_seed", "seed"]
