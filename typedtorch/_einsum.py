"""`tt.einsum`: torch's own function (typed in `_einsum.pyi`; shapes by the mypy plugin)."""

from __future__ import annotations

import torch

einsum = torch.einsum
