"""Adaptive pools given `output_size=None`, property-tested against torch (found by
tests/differential: `F.adaptive_avg_pool2d(x, None)` was typed as keeping every size, where
torch raises a TypeError; None keeps a size only inside a tuple, `(None, 7)`).
"""

from __future__ import annotations

import os
from typing import Any

import pytest
import torch
import torch.nn.functional as F
from hypothesis import given, settings
from hypothesis import strategies as st

from typedtorch._shapes import ShapeMismatch
from typedtorch._shapes._pool import adaptive_pool_shape

EXAMPLES = int(os.environ.get("TYPEDTORCH_HYPOTHESIS_EXAMPLES", "100"))
POOLS = {
    (kind, n): getattr(F, f"adaptive_{kind}_pool{n}d") for kind in ("avg", "max") for n in (1, 2, 3)
}


@settings(max_examples=EXAMPLES, deadline=None)
@given(
    kind=st.sampled_from(["avg", "max"]),
    spatial=st.integers(1, 3),
    batched=st.booleans(),
    data=st.data(),
)
def test_none_output_sizes_match_torch(
    kind: str, spatial: int, batched: bool, data: st.DataObject
) -> None:
    sizes = tuple(data.draw(st.integers(1, 4)) for _ in range(spatial))
    shape = ((2, 3) if batched else (3,)) + sizes
    output_size: Any = data.draw(
        st.one_of(st.none(), st.tuples(*[st.one_of(st.none(), st.integers(1, 3))] * spatial))
    )
    try:
        expected: tuple[int, ...] | None = tuple(
            POOLS[kind, spatial](torch.zeros(shape), output_size).shape
        )
    except (TypeError, RuntimeError):
        expected = None
    op = f"adaptive_{kind}_pool{spatial}d"
    if expected is None:
        with pytest.raises(ShapeMismatch, match="output_size"):
            adaptive_pool_shape(shape, output_size, spatial=spatial, op=op)
    else:
        assert adaptive_pool_shape(shape, output_size, spatial=spatial, op=op) == expected
