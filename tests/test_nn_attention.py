"""Attention layers: the shape rules agree with torch, and the typed layers are torch's layers."""

from __future__ import annotations

import os
from typing import Any

import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

import typedtorch.nn as tnn
from typedtorch._shapes import (
    ShapeMismatch,
    decoder_layer_shape,
    encoder_layer_shape,
    mha_config,
    mha_shapes,
    sym,
)

EXAMPLES = int(os.environ.get("TYPEDTORCH_HYPOTHESIS_EXAMPLES", "80"))


def _layout(seq: int, batch: int | None, features: int, batch_first: bool) -> tuple[int, ...]:
    if batch is None:
        return (seq, features)
    return (batch, seq, features) if batch_first else (seq, batch, features)


@settings(max_examples=EXAMPLES, deadline=None)
@given(
    embed_dim=st.sampled_from([2, 4, 6]),
    num_heads=st.integers(1, 3),
    kdim=st.sampled_from([None, 3]),
    vdim=st.sampled_from([None, 5]),
    batch_first=st.booleans(),
    add_bias_kv=st.booleans(),
    add_zero_attn=st.booleans(),
    average=st.booleans(),
    batched=st.sampled_from([True, True, False]),
    tgt=st.integers(1, 3),
    src=st.integers(1, 3),
    batch=st.integers(1, 3),
    wrong=st.sampled_from(
        ["none", "none", "none", "query", "key", "value", "vlen", "kbatch", "rank"]
    ),
    mask=st.sampled_from(["none", "2d", "3d", "2d-swap", "3d-heads", "4d"]),
    kpm=st.sampled_from(["none", "ok", "swap", "1d"]),
)
def test_mha_rule_matches_torch(
    embed_dim: int,
    num_heads: int,
    kdim: int | None,
    vdim: int | None,
    batch_first: bool,
    add_bias_kv: bool,
    add_zero_attn: bool,
    average: bool,
    batched: bool,
    tgt: int,
    src: int,
    batch: int,
    wrong: str,
    mask: str,
    kpm: str,
) -> None:
    try:
        layer = torch.nn.MultiheadAttention(
            embed_dim,
            num_heads,
            kdim=kdim,
            vdim=vdim,
            batch_first=batch_first,
            add_bias_kv=add_bias_kv,
            add_zero_attn=add_zero_attn,
        )
        built = True
    except AssertionError:
        built = False
    try:
        mha_config(embed_dim, num_heads, "MultiheadAttention")
        assert built
    except ShapeMismatch:
        assert not built
        return
    n = batch if batched else None
    kd, vd = kdim or embed_dim, vdim or embed_dim
    q = _layout(tgt, n, embed_dim + (wrong == "query"), batch_first)
    k = _layout(
        src, None if n is None else n + (wrong == "kbatch"), kd + (wrong == "key"), batch_first
    )
    v = _layout(
        src + (wrong == "vlen"),
        None if n is None else n + (wrong == "kbatch"),
        vd + (wrong == "value"),
        batch_first,
    )
    if wrong == "rank":
        v = (1, *v)
    lead = num_heads if n is None else n * num_heads
    m = {
        "none": None,
        "2d": (tgt, src),
        "3d": (lead, tgt, src),
        "2d-swap": (src, tgt),
        "3d-heads": (num_heads, tgt, src),
        "4d": (1, lead, tgt, src),
    }[mask]
    p = {
        "none": None,
        "ok": (src,) if n is None else (n, src),
        "swap": (src,) if n is None else (src, n),
        "1d": (src,),
    }[kpm]
    args = [torch.zeros(s) for s in (q, k, v)]
    try:
        out, weights = layer(
            *args,
            key_padding_mask=None if p is None else torch.zeros(p, dtype=torch.bool),
            attn_mask=None if m is None else torch.zeros(m, dtype=torch.bool),
            average_attn_weights=average,
        )
        got: Any = (tuple(out.shape), tuple(weights.shape))
    except (AssertionError, RuntimeError, ValueError, IndexError):
        got = None
    try:
        rule = mha_shapes(
            q,
            k,
            v,
            p,
            m,
            embed_dim=embed_dim,
            num_heads=num_heads,
            kdim=kdim,
            vdim=vdim,
            batch_first=batch_first,
            add_bias_kv=add_bias_kv,
            add_zero_attn=add_zero_attn,
            average_attn_weights=average,
            layer="MultiheadAttention",
        )
        expected: Any = (rule.output, rule.weights)
    except ShapeMismatch:
        expected = None
    assert expected == got


@settings(max_examples=EXAMPLES, deadline=None)
@given(
    d_model=st.sampled_from([2, 4]),
    nhead=st.sampled_from([1, 2]),
    batch_first=st.booleans(),
    batched=st.booleans(),
    tgt=st.integers(1, 3),
    src=st.integers(1, 3),
    batch=st.integers(1, 3),
    wrong=st.sampled_from(["none", "none", "tgt", "memory", "mbatch", "tmask", "mmask", "kpm"]),
)
def test_transformer_layer_rules_match_torch(
    d_model: int,
    nhead: int,
    batch_first: bool,
    batched: bool,
    tgt: int,
    src: int,
    batch: int,
    wrong: str,
) -> None:
    enc = torch.nn.TransformerEncoderLayer(d_model, nhead, 8, dropout=0.0, batch_first=batch_first)
    dec = torch.nn.TransformerDecoderLayer(d_model, nhead, 8, dropout=0.0, batch_first=batch_first)
    n = batch if batched else None
    t = _layout(tgt, n, d_model + (wrong == "tgt"), batch_first)
    mb = None if n is None else n + (wrong == "mbatch")
    mem = _layout(src, mb, d_model + (wrong == "memory"), batch_first)
    tmask = (tgt, tgt + (wrong == "tmask"))
    mmask = (tgt, src + (wrong == "mmask"))
    kpm = None if n is None else (n, src + (wrong == "kpm"))
    masks = {
        "tgt_mask": torch.zeros(tmask, dtype=torch.bool),
        "memory_mask": torch.zeros(mmask, dtype=torch.bool),
        "memory_key_padding_mask": None if kpm is None else torch.zeros(kpm, dtype=torch.bool),
    }
    try:
        got: Any = tuple(dec(torch.zeros(t), torch.zeros(mem), **masks).shape)
    except (AssertionError, RuntimeError, ValueError, IndexError):
        got = None
    try:
        expected: Any = decoder_layer_shape(
            t,
            mem,
            tmask,
            mmask,
            None,
            kpm,
            d_model=d_model,
            nhead=nhead,
            batch_first=batch_first,
            layer="TransformerDecoderLayer",
        )
    except ShapeMismatch:
        expected = None
    assert expected == got
    try:
        got = tuple(enc(torch.zeros(mem), src_mask=torch.zeros(src, src, dtype=torch.bool)).shape)
    except (AssertionError, RuntimeError, ValueError, IndexError):
        got = None
    try:
        expected = encoder_layer_shape(
            mem,
            (src, src),
            None,
            d_model=d_model,
            nhead=nhead,
            batch_first=batch_first,
            layer="TransformerEncoderLayer",
        )
    except ShapeMismatch:
        expected = None
    assert expected == got


def test_mha_rule_symbolic_and_messages() -> None:
    seq, n = sym("L"), sym("N")
    out = mha_shapes(
        (n, seq, 8),
        (n, seq, 8),
        (n, seq, 8),
        embed_dim=8,
        num_heads=2,
        batch_first=True,
        layer="MultiheadAttention(8, 2)",
    )
    assert out.output == (n, seq, 8)
    assert out.weights == (n, seq, seq)
    with pytest.raises(
        ShapeMismatch,
        match=r'"MultiheadAttention\(8, 2\)" expects attn_mask of shape \[5, 7\] \(target length, '
        r"source length\) or \[6, 5, 7\] \(batch \* num_heads, target length, source length\), "
        r"got \[7, 5\]",
    ):
        mha_shapes(
            (5, 3, 8),
            (7, 3, 8),
            (7, 3, 8),
            None,
            (7, 5),
            embed_dim=8,
            num_heads=2,
            layer="MultiheadAttention(8, 2)",
        )
    with pytest.raises(ShapeMismatch, match="embed_dim 10 must be divisible by num_heads 3"):
        mha_config(10, 3, "MultiheadAttention(10, 3)")


# -- the typed layers are torch's layers ---------------------------------------------------------


def test_typed_attention_layers_compute_what_torch_computes() -> None:
    torch.manual_seed(0)
    pairs = [
        (
            tnn.MultiheadAttention(8, 2, kdim=3, vdim=5),
            torch.nn.MultiheadAttention(8, 2, kdim=3, vdim=5),
        ),
    ]
    for a, b in pairs:
        b.load_state_dict(a.state_dict())
        q, k, v = torch.randn(4, 2, 8), torch.randn(6, 2, 3), torch.randn(6, 2, 5)
        torch.testing.assert_close(a(q, k, v), b(q, k, v))
    enc = tnn.TransformerEncoder(tnn.TransformerEncoderLayer(8, 2, 16, dropout=0.0), 2).eval()
    plain = torch.nn.TransformerEncoder(
        torch.nn.TransformerEncoderLayer(8, 2, 16, dropout=0.0), 2
    ).eval()
    plain.load_state_dict(enc.state_dict())
    x = torch.randn(5, 2, 8)
    mask = tnn.generate_square_subsequent_mask(5)
    torch.testing.assert_close(enc(x, mask), plain(x, mask))
    dec = tnn.TransformerDecoderLayer(8, 2, 16, dropout=0.0, batch_first=True)
    assert dec(torch.randn(2, 3, 8), torch.randn(2, 5, 8)).shape == (2, 3, 8)


def test_square_subsequent_mask_is_torchs() -> None:
    assert torch.equal(
        tnn.generate_square_subsequent_mask(4),
        torch.nn.Transformer.generate_square_subsequent_mask(4),
    )
    assert tnn.Transformer.generate_square_subsequent_mask(3).shape == (3, 3)
