"""`tt.einsum`: torch's own function (typed in `stubs/torch-stubs/functional.pyi`; shapes by the mypy plugin)."""

from __future__ import annotations

import torch

einsum = torch.einsum
