"""`Tensor[...]` at runtime: the annotation that jaxtyping + beartype check.

Placeholder: annotations evaluate to `torch.Tensor` until runtime checking lands.
"""

from __future__ import annotations

from typing import Any

import torch


def tensor_annotation(params: Any) -> Any:
    return torch.Tensor
