"""Attention layers: `MultiheadAttention` and the `Transformer*` layers built on it.

Shapes, as in torch's docs (`L` target length, `S` source length, `N` batch, `E` embed_dim):

    query (L, N, E), key (S, N, kdim), value (S, N, vdim)   -- (N, L, E) ... with batch_first,
                                                               (L, E) ... unbatched
    attn_mask        (L, S) or (N * num_heads, L, S)        -- unbatched: (L, S) or (num_heads, L, S)
    key_padding_mask (N, S)                                 -- unbatched: (S)
    attn_output      like query
    attn_weights     (N, L, S') averaged over heads, (N, num_heads, L, S') per head,
                     with S' = S + add_bias_kv + add_zero_attn; unbatched without the N

`layer` is the layer as the user wrote it (`MultiheadAttention(512, 8)`), named in every message.
"""

from __future__ import annotations

from dataclasses import dataclass

from ._common import Shape, require_equal
from ._errors import ShapeMismatch
from ._symbolic import Dim, format_shape


@dataclass(frozen=True)
class AttentionShapes:
    """What `MultiheadAttention` returns: the output's and the attention weights' shapes."""

    output: Shape
    weights: Shape


def mha_config(
    embed_dim: Dim,
    num_heads: Dim,
    layer: str,
    names: tuple[str, str] = ("embed_dim", "num_heads"),
) -> None:
    """The constructor's contract: `embed_dim` divisible by `num_heads` (torch asserts).

    `names` are the arguments as the layer calls them (Transformer layers: d_model, nhead).
    """
    e, h = names
    if isinstance(num_heads, int) and num_heads <= 0:
        raise ShapeMismatch(f'"{layer}": {h} must be greater than zero, got {num_heads}')
    if isinstance(embed_dim, int) and isinstance(num_heads, int) and embed_dim % num_heads:
        raise ShapeMismatch(f'"{layer}": {e} {embed_dim} must be divisible by {h} {num_heads}')


def _escaped(message: str) -> str:
    return message.replace("{", "{{").replace("}", "}}")


def _require_shape(given: Shape, expected: Shape, message: str) -> None:
    if len(given) != len(expected):
        raise ShapeMismatch(message)
    for a, b in zip(given, expected, strict=True):
        require_equal(a, b, _escaped(message))


def mha_shapes(
    query: Shape,
    key: Shape,
    value: Shape,
    key_padding_mask: Shape | None = None,
    attn_mask: Shape | None = None,
    *,
    embed_dim: Dim,
    num_heads: Dim,
    kdim: Dim | None = None,
    vdim: Dim | None = None,
    batch_first: bool = False,
    add_bias_kv: bool = False,
    add_zero_attn: bool = False,
    average_attn_weights: bool = True,
    layer: str,
    names: tuple[str, str, str, str, str] = (
        "query",
        "key",
        "value",
        "key_padding_mask",
        "attn_mask",
    ),
    embed_name: str = "embed_dim",
) -> AttentionShapes:
    """`MultiheadAttention.forward` shapes; raises as torch does.

    `names` are the arguments as the caller calls them (a Transformer layer's `src`, `src_mask`).
    """
    q_name, k_name, v_name, kpm_name, mask_name = names
    kdim = embed_dim if kdim is None else kdim
    vdim = embed_dim if vdim is None else vdim
    if len(query) not in (2, 3):
        raise ShapeMismatch(
            f'"{layer}" expects a 2-D (unbatched) or 3-D (batched) {q_name}, got {len(query)}-D '
            f"{q_name} {format_shape(query)}"
        )
    batched = len(query) == 3
    for name, shape in ((k_name, key), (v_name, value)):
        if len(shape) != len(query):
            raise ShapeMismatch(
                f'"{layer}" expects {name} of the same rank as {q_name} {format_shape(query)}, '
                f"got {name} {format_shape(shape)}"
            )
    # Work in torch's (L, N, E) layout; unbatched inputs get N = None.
    k_batch: Dim | None
    v_batch: Dim | None
    if batched and batch_first:
        n: Dim | None = query[0]
        tgt, src, vsrc = query[1], key[1], value[1]
        k_batch, v_batch = key[0], value[0]
    elif batched:
        n = query[1]
        tgt, src, vsrc = query[0], key[0], value[0]
        k_batch, v_batch = key[1], value[1]
    else:
        n = None
        tgt, src, vsrc = query[0], key[0], value[0]
        k_batch = v_batch = None
    require_equal(
        query[-1],
        embed_dim,
        f'"{layer}" expects {embed_name} {{b}} (last dim of {q_name}), got {{a}} in '
        f"{q_name} {format_shape(query)}",
    )
    require_equal(
        key[-1],
        kdim,
        f'"{layer}" expects kdim {{b}} (last dim of {k_name}), got {{a}} in '
        f"{k_name} {format_shape(key)}",
    )
    require_equal(
        value[-1],
        vdim,
        f'"{layer}" expects vdim {{b}} (last dim of {v_name}), got {{a}} in '
        f"{v_name} {format_shape(value)}",
    )
    pair = f"{k_name} {format_shape(key)} and {v_name} {format_shape(value)}"
    require_equal(vsrc, src, f'"{layer}" expects the same sequence length in {pair}')
    if n is not None and k_batch is not None and v_batch is not None:
        require_equal(v_batch, k_batch, f'"{layer}" expects the same batch size in {pair}')
        require_equal(
            k_batch,
            n,
            f'"{layer}" expects the same batch size in {q_name} {format_shape(query)} and '
            f"{k_name} {format_shape(key)}",
        )
    if attn_mask is not None:
        _check_attn_mask(attn_mask, tgt, src, n, num_heads, layer, mask_name, batched)
    if key_padding_mask is not None:
        expected: Shape = (src,) if n is None else (n, src)
        layout = "(batch, source length)" if batched else "(source length) for an unbatched input"
        _require_shape(
            key_padding_mask,
            expected,
            f'"{layer}" expects {kpm_name} of shape {format_shape(expected)} {layout}, '
            f"got {format_shape(key_padding_mask)}",
        )
    width: Dim = src + int(add_bias_kv) + int(add_zero_attn)
    heads: Shape = () if average_attn_weights else (num_heads,)
    weights: Shape = (*heads, tgt, width) if n is None else (n, *heads, tgt, width)
    return AttentionShapes(output=(*query[:-1], embed_dim), weights=weights)


def _check_attn_mask(
    mask: Shape,
    tgt: Dim,
    src: Dim,
    n: Dim | None,
    num_heads: Dim,
    layer: str,
    name: str,
    batched: bool,
) -> None:
    two: Shape = (tgt, src)
    three: Shape = (num_heads, tgt, src) if n is None else (n * num_heads, tgt, src)
    lead = "num_heads" if n is None else "batch * num_heads"
    message = (
        f'"{layer}" expects {name} of shape {format_shape(two)} (target length, source length) '
        f"or {format_shape(three)} ({lead}, target length, source length), "
        f"got {format_shape(mask)}"
    )
    if len(mask) == 2:
        _require_shape(mask, two, message)
    elif len(mask) == 3:
        _require_shape(mask, three, message)
    else:
        raise ShapeMismatch(message)


def square_mask_shape(sz: Dim) -> Shape:
    """`Transformer.generate_square_subsequent_mask(sz)`: a `(sz, sz)` float mask."""
    return (sz, sz)


def encoder_layer_shape(
    src: Shape,
    src_mask: Shape | None = None,
    src_key_padding_mask: Shape | None = None,
    *,
    d_model: Dim,
    nhead: Dim,
    batch_first: bool = False,
    layer: str,
    mask_name: str = "src_mask",
) -> Shape:
    """`TransformerEncoderLayer` / `TransformerEncoder`: self-attention over `src` -> same shape.

    `mask_name` is what the caller calls `src_mask` (`TransformerEncoder.forward` says `mask`).

    src `(S, N, E)` (`(N, S, E)` with batch_first, `(S, E)` unbatched); src_mask `(S, S)` or
    `(N * nhead, S, S)`; src_key_padding_mask `(N, S)`.
    """
    mha_shapes(
        src,
        src,
        src,
        src_key_padding_mask,
        src_mask,
        embed_dim=d_model,
        num_heads=nhead,
        batch_first=batch_first,
        layer=layer,
        names=("src", "src", "src", "src_key_padding_mask", mask_name),
        embed_name="d_model",
    )
    return src


def decoder_layer_shape(
    tgt: Shape,
    memory: Shape,
    tgt_mask: Shape | None = None,
    memory_mask: Shape | None = None,
    tgt_key_padding_mask: Shape | None = None,
    memory_key_padding_mask: Shape | None = None,
    *,
    d_model: Dim,
    nhead: Dim,
    batch_first: bool = False,
    layer: str,
) -> Shape:
    """`TransformerDecoderLayer` / `TransformerDecoder`: self-attention over `tgt`, then
    attention from `tgt` to `memory` -> `tgt`'s shape.

    tgt `(T, N, E)`, memory `(S, N, E)`; tgt_mask `(T, T)`, memory_mask `(T, S)` (or with a
    leading `N * nhead`); tgt_key_padding_mask `(N, T)`, memory_key_padding_mask `(N, S)`.
    """
    mha_shapes(
        tgt,
        tgt,
        tgt,
        tgt_key_padding_mask,
        tgt_mask,
        embed_dim=d_model,
        num_heads=nhead,
        batch_first=batch_first,
        layer=layer,
        names=("tgt", "tgt", "tgt", "tgt_key_padding_mask", "tgt_mask"),
        embed_name="d_model",
    )
    mha_shapes(
        tgt,
        memory,
        memory,
        memory_key_padding_mask,
        memory_mask,
        embed_dim=d_model,
        num_heads=nhead,
        batch_first=batch_first,
        layer=layer,
        names=("tgt", "memory", "memory", "memory_key_padding_mask", "memory_mask"),
        embed_name="d_model",
    )
    return tgt


def transformer_shape(
    src: Shape,
    tgt: Shape,
    src_mask: Shape | None = None,
    tgt_mask: Shape | None = None,
    memory_mask: Shape | None = None,
    src_key_padding_mask: Shape | None = None,
    tgt_key_padding_mask: Shape | None = None,
    memory_key_padding_mask: Shape | None = None,
    *,
    d_model: Dim,
    nhead: Dim,
    batch_first: bool = False,
    layer: str,
) -> Shape:
    """`Transformer`: encode `src` (the memory keeps its shape), decode `tgt` -> `tgt`'s shape."""
    if len(src) == 3 and len(tgt) == 3:
        at = 0 if batch_first else 1
        require_equal(
            tgt[at],
            src[at],
            f'"{layer}" expects the same batch size in src {format_shape(src)} and '
            f"tgt {format_shape(tgt)}",
        )
    memory = encoder_layer_shape(
        src,
        src_mask,
        src_key_padding_mask,
        d_model=d_model,
        nhead=nhead,
        batch_first=batch_first,
        layer=layer,
    )
    return decoder_layer_shape(
        tgt,
        memory,
        tgt_mask,
        memory_mask,
        tgt_key_padding_mask,
        memory_key_padding_mask,
        d_model=d_model,
        nhead=nhead,
        batch_first=batch_first,
        layer=layer,
    )
