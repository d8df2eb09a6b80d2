"""`scaled_dot_product_attention` rules against torch: same shape, an error exactly when torch
raises, and the dtypes torch accepts."""

from __future__ import annotations

import os
from collections.abc import Callable

import pytest
import torch
import torch.nn.functional as F
from hypothesis import given, settings
from hypothesis import strategies as st

from typedtorch._shapes import (
    DTypeMismatch,
    RuleError,
    ShapeMismatch,
    UnprovenShape,
    scaled_dot_product_attention_dtype,
    scaled_dot_product_attention_shape,
    sym,
)

EXAMPLES = int(os.environ.get("TYPEDTORCH_HYPOTHESIS_EXAMPLES", "100"))
B, H, L, S, E = sym("B"), sym("H"), sym("L"), sym("S"), sym("E")


def agree(rule: Callable[[], object], op: Callable[[], torch.Tensor]) -> None:
    """The rule raises exactly when torch does, and otherwise gives torch's shape."""
    try:
        expected = tuple(op().shape)
    except (RuntimeError, IndexError, ValueError) as err:
        with pytest.raises(RuleError):
            rule()
        assert str(err)
        return
    assert rule() == expected


@st.composite
def variant(draw: st.DrawFn, base: tuple[int, ...]) -> tuple[int, ...]:
    """`base` with a few dims changed (often to 1) and sometimes leading dims dropped or added."""
    out = [draw(st.sampled_from([d, d, d, 1, 2])) for d in base]
    cut = draw(st.integers(-1, 2))
    if cut == -1:
        out.insert(0, draw(st.integers(1, 2)))
    else:
        out = out[min(cut, max(len(out) - 2, 0)) :]
    return tuple(out)


@settings(max_examples=EXAMPLES * 3, deadline=None)
@given(
    batch=st.lists(st.integers(1, 3), max_size=3).map(tuple),
    sizes=st.tuples(*(st.integers(0, 3) for _ in range(4))),
    mask=st.sampled_from([None, "full", "square", "bool"]),
    is_causal=st.booleans(),
    enable_gqa=st.booleans(),
    data=st.data(),
)
def test_sdpa_matches_torch(
    batch: tuple[int, ...],
    sizes: tuple[int, int, int, int],
    mask: str | None,
    is_causal: bool,
    enable_gqa: bool,
    data: st.DataObject,
) -> None:
    length, s, e, ev = sizes
    q = (*batch, length, e)
    k = data.draw(variant((*batch, s, e)))
    v = data.draw(variant((*k[:-1], ev)))
    m = None if mask is None else data.draw(variant((*batch, length, s)))
    dtype = torch.bool if mask == "bool" else torch.float32
    torch_mask = None if m is None else torch.ones(m, dtype=dtype)
    agree(
        lambda: scaled_dot_product_attention_shape(q, k, v, m, is_causal, enable_gqa),
        lambda: F.scaled_dot_product_attention(
            torch.zeros(q),
            torch.zeros(k),
            torch.zeros(v),
            attn_mask=torch_mask,
            is_causal=is_causal,
            enable_gqa=enable_gqa,
        ),
    )


def test_sdpa_dtype_table() -> None:
    names = ["bool", "int64", "float16", "bfloat16", "float32", "float64"]
    for q in names:
        for k in names:
            for mask in [None, *names]:
                mask_tensor = None if mask is None else torch.ones(2, 4, dtype=getattr(torch, mask))
                try:
                    result = F.scaled_dot_product_attention(
                        torch.ones(2, 3, dtype=getattr(torch, q)),
                        torch.ones(4, 3, dtype=getattr(torch, k)),
                        torch.ones(4, 5, dtype=getattr(torch, q)),
                        attn_mask=mask_tensor,
                    )
                    expected: str | None = str(result.dtype)
                except (RuntimeError, NotImplementedError):
                    expected = None
                if expected is None:
                    with pytest.raises(DTypeMismatch):
                        scaled_dot_product_attention_dtype(q, k, q, mask)
                else:
                    got = scaled_dot_product_attention_dtype(q, k, q, mask)
                    assert f"torch.{got}" == expected, (q, k, mask)


def test_symbolic_and_messages() -> None:
    sdpa = scaled_dot_product_attention_shape
    assert sdpa((B, H, L, E), (B, H, S, E), (B, H, S, 7)) == (B, H, L, 7)
    assert sdpa((B, H, L, E), (B, H, S, E), (B, H, S, 7), attn_mask=(L, S)) == (B, H, L, 7)
    assert sdpa((B, 8, L, E), (B, 2, S, E), (B, 2, S, E), enable_gqa=True) == (B, 8, L, E)
    assert sdpa((B, 2 * H, L, E), (B, H, S, E), (B, H, S, E), enable_gqa=True) == (
        B,
        2 * H,
        L,
        E,
    )
    with pytest.raises(
        ShapeMismatch,
        match=r'^Incompatible shapes for "scaled_dot_product_attention" with enable_gqa: the key '
        r"heads 3 \(dim -3 of \[B, 3, S, E\]\) must divide the query heads 8 \(dim -3 of "
        r"\[B, 8, L, E\]\)$",
    ):
        sdpa((B, 8, L, E), (B, 3, S, E), (B, 3, S, E), enable_gqa=True)
    with pytest.raises(UnprovenShape, match=r"cannot prove it divides"):
        sdpa((B, 8, L, E), (B, H, S, E), (B, H, S, E), enable_gqa=True)
    with pytest.raises(
        ShapeMismatch,
        match=r'^Incompatible shapes for "scaled_dot_product_attention": attn_mask \[L, 4\] does '
        r"not broadcast to the shape of the attention scores \[B, H, L, 5\] \(dims 4 and 5\)$",
    ):
        sdpa((B, H, L, E), (B, H, 5, E), (B, H, 5, E), attn_mask=(L, 4))
    with pytest.raises(UnprovenShape, match=r"inner dimensions E and 4 differ"):
        sdpa((B, L, E), (B, S, 4), (B, S, E))
    with pytest.raises(ShapeMismatch, match=r"cannot be set with is_causal=True"):
        sdpa((L, E), (S, E), (S, E), attn_mask=(L, S), is_causal=True)
