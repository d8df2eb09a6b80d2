"""`soft_margin_loss_dtype` against torch, for every pair of input and target dtypes."""

from __future__ import annotations

import itertools

import pytest
import torch
import torch.nn.functional as F

from typedtorch._shapes import DTypeMismatch
from typedtorch._shapes._dtypes import DTYPE_NAMES
from typedtorch._shapes._loss_margin import soft_margin_loss_dtype

NAMES = [n for n in DTYPE_NAMES if n != "complex32"]


@pytest.mark.parametrize("reduction", ["none", "mean"])
def test_soft_margin_loss_dtype_table(reduction: str) -> None:
    for a, b in itertools.product(NAMES, repeat=2):
        x = torch.ones(2, 3, dtype=getattr(torch, a))
        y = torch.ones(2, 3, dtype=getattr(torch, b))
        try:
            expected = str(F.soft_margin_loss(x, y, reduction=reduction).dtype)
        except RuntimeError:
            with pytest.raises(DTypeMismatch, match='"soft_margin_loss"'):
                soft_margin_loss_dtype(a, b)
        else:
            assert f"torch.{soft_margin_loss_dtype(a, b)}" == expected, (a, b)
