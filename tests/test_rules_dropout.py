"""`dropout_dtype` against torch's dropout functions: every dtype, probability 0, 1 and between,
training or not, empty or not."""

from __future__ import annotations

import itertools
import warnings

import pytest
import torch
import torch.nn.functional as F

from typedtorch._shapes import DTypeMismatch
from typedtorch._shapes._dropout import dropout_dtype
from typedtorch._shapes._dtypes import DTYPE_NAMES

NAMES = [n for n in DTYPE_NAMES if n != "complex32"]
# A rank each function takes, batched.
_RANKS = {"dropout": 2, "alpha_dropout": 2, "dropout1d": 3, "dropout2d": 4, "dropout3d": 5}


@pytest.mark.parametrize("op", sorted(_RANKS))
def test_dropout_dtype_table(op: str) -> None:
    for name, p, training, empty in itertools.product(
        NAMES, (0.0, 0.3, 1.0), (True, False), (False, True)
    ):
        shape = (0 if empty else 2,) + (2,) * (_RANKS[op] - 1)
        x = torch.ones(shape, dtype=getattr(torch, name))
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                expected = str(getattr(F, op)(x, p, training=training).dtype)
        except RuntimeError:
            with pytest.raises(DTypeMismatch, match=f'"{op}": expected a floating point tensor'):
                dropout_dtype(op, name, p, training, shape)
        else:
            assert f"torch.{dropout_dtype(op, name, p, training, shape)}" == expected


def test_unknown_flags_report_nothing() -> None:
    assert dropout_dtype("dropout", "int64", None, True, (2,)) == "int64"
    assert dropout_dtype("dropout", "int64", 0.5, None, (2,)) == "int64"
