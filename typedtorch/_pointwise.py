"""Elementwise functions of several tensors: `tt.where`, `tt.maximum`, `tt.minimum`.

They are torch's own functions (no wrapper, no overhead); the stubs in `stubs/torch-stubs` type
them, and the mypy plugin computes broadcast shapes and promoted dtypes.
"""

from __future__ import annotations

import torch

where = torch.where
maximum = torch.maximum
minimum = torch.minimum

__all__ = ["maximum", "minimum", "where"]
