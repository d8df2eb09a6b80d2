"""Elementwise loss dtypes with complex inputs, property-tested against torch (found by
tests/differential: `F.l1_loss` of complex tensors was typed int64 with reduction="sum" and
complex with "none", where torch gives the real dtype; `binary_cross_entropy_with_logits` with a
complex target was an error, where torch computes in the target's dtype).

The same table test as tests/test_rules_loss_dtypes.py, over every pair with a complex dtype.
"""

from __future__ import annotations

import itertools
import warnings

import pytest
import torch
import torch.nn.functional as F

from typedtorch._shapes import DTypeMismatch
from typedtorch._shapes._loss import elementwise_loss_dtype

DTYPES = ("float16", "float32", "float64", "int64", "uint8", "bool", "complex64", "complex128")
LOSSES = {
    "mse_loss": F.mse_loss,
    "l1_loss": F.l1_loss,
    "smooth_l1_loss": F.smooth_l1_loss,
    "huber_loss": F.huber_loss,
    "binary_cross_entropy_with_logits": F.binary_cross_entropy_with_logits,
}
PAIRS = [(a, b) for a, b in itertools.product(DTYPES, DTYPES) if "complex" in a + b]


@pytest.mark.parametrize("reduction", ["none", "mean", "sum"])
@pytest.mark.parametrize("name", sorted(LOSSES))
@pytest.mark.parametrize(("input", "target"), PAIRS)
def test_complex_loss_dtype_is_torchs(name: str, input: str, target: str, reduction: str) -> None:
    x = torch.ones(3, dtype=getattr(torch, input))
    t = torch.ones(3, dtype=getattr(torch, target))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            result = LOSSES[name](x, t, reduction=reduction)
        expected: str | None = str(result.dtype).removeprefix("torch.")
    except (RuntimeError, TypeError):
        expected = None
    if expected is None:
        with pytest.raises(DTypeMismatch, match=name):
            elementwise_loss_dtype(name, input, target, reduction)
    else:
        assert elementwise_loss_dtype(name, input, target, reduction) == expected
