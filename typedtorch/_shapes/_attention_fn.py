"""`torch.nn.functional.scaled_dot_product_attention`, as torch computes it.

Shapes, as in torch's docs: query `[*, L, E]`, key `[*, S, E]`, value `[*, S, Ev]` -> output
`[*, L, Ev]`, where the batch dims `*` broadcast (torch computes `softmax(q @ k^T + mask) @ v`
with `matmul`), and `attn_mask` broadcasts to the scores `[*, L, S]` without growing them (it is
added in place). With `enable_gqa`, dim -3 holds the heads: the query's head count must be a
multiple of the key's and of the value's (grouped-query attention repeats them).

torch returns early, checking nothing more, when the query length `L` is 0 or the value is
empty: the rule does the same where those sizes are a literal 0.
"""

from __future__ import annotations

from ._common import Shape, require_divisible
from ._dtypes import is_floating
from ._errors import DTypeMismatch, ShapeMismatch
from ._linalg import expand_to
from ._matmul import matmul_shape
from ._symbolic import Dim, Truth, dims_equal, format_dim, format_shape

_OP = "scaled_dot_product_attention"


def _grouped(query: Shape, kv: Shape, name: str) -> Shape:
    """`kv` with its heads (dim -3) repeated to the query's count."""
    q_heads, heads = query[-3], kv[-3]
    message = (
        f'Incompatible shapes for "{_OP}" with enable_gqa: the {name} heads '
        f"{format_dim(heads)} (dim -3 of {format_shape(kv)}) must divide the query heads "
        f"{format_dim(q_heads)} (dim -3 of {format_shape(query)})"
    )
    if dims_equal(q_heads, heads) is Truth.TRUE:
        return kv
    if heads == 0:
        raise ShapeMismatch(message)
    require_divisible(q_heads, heads, message)
    return (*kv[:-3], q_heads, *kv[-2:])


def _same(*dims: Dim) -> bool:
    return all(dims_equal(dims[0], d) is Truth.TRUE for d in dims[1:])


def _one_or(d: Dim, size: Dim) -> bool:
    return d == 1 or _same(d, size)


def _fused_cpu_kernel(
    query: Shape, key: Shape, value: Shape, attn_mask: Shape, dropout_p: float
) -> bool:
    """Whether torch's fused CPU kernel (flash attention for CPU) takes this call: 4-D inputs
    of one batch size, head count and embedding size, non-empty lengths, no dropout, and a 2-D or
    4-D mask of sizes 1 or full. That kernel applies a mask and the causal mask together, where
    the documented contract (and every other path) rejects the pair: torch is inconsistent, and
    the rule follows it.
    """
    if dropout_p != 0 or not len(query) == len(key) == len(value) == 4 or len(attn_mask) < 2:
        return False
    if not (_same(query[0], key[0], value[0]) and _same(query[1], key[1], value[1])):
        return False
    if not _same(query[-1], key[-1], value[-1]):
        return False
    length, source = query[-2], key[-2]
    if not (isinstance(length, int) and length > 0 and isinstance(source, int) and source > 0):
        return False
    if not (_one_or(attn_mask[-2], length) and _one_or(attn_mask[-1], source)):
        return False
    if len(attn_mask) == 4:
        return _one_or(attn_mask[0], query[0]) and _one_or(attn_mask[1], query[1])
    return len(attn_mask) == 2


def scaled_dot_product_attention_shape(
    query: Shape,
    key: Shape,
    value: Shape,
    attn_mask: Shape | None = None,
    is_causal: bool = False,
    enable_gqa: bool = False,
    dropout_p: float = 0.0,
) -> Shape:
    """`F.scaled_dot_product_attention(query, key, value, attn_mask, dropout_p, is_causal,
    scale, enable_gqa)`: `[*, L, Ev]`.

    Raises:
        ShapeMismatch / UnprovenShape: an input below 2-D, key and query of different embedding
            sizes, key and value of different lengths, batch dims that do not broadcast, a mask
            that does not fit `[*, L, S]`, a mask with `is_causal`, or head counts that do not
            divide (with `enable_gqa`).
    """
    for name, t in (("query", query), ("key", key), ("value", value)):
        if len(t) < 2:
            raise ShapeMismatch(
                f'"{_OP}" expects query, key and value with at least 2 dimensions, got '
                f"{len(t)}-D {name} {format_shape(t)}"
            )
    if query[-2] == 0 or any(d == 0 for d in value):
        # torch returns an empty `[*, L, Ev]` (the query's batch dims) for an empty query length
        # or value before it checks anything else: no other shape, mask or head count matters.
        return (*query[:-1], value[-1])
    if (
        attn_mask is not None
        and is_causal
        and not _fused_cpu_kernel(query, key, value, attn_mask, dropout_p)
    ):
        raise ShapeMismatch(f'"{_OP}": an explicit attn_mask cannot be set with is_causal=True')
    if enable_gqa:
        for name, t in (("query", query), ("key", key), ("value", value)):
            if len(t) < 3:
                raise ShapeMismatch(
                    f'"{_OP}" with enable_gqa expects heads in dim -3, got {len(t)}-D {name} '
                    f"{format_shape(t)}"
                )
        key = _grouped(query, key, "key")
        value = _grouped(query, value, "value")
    scores = matmul_shape(query, (*key[:-2], key[-1], key[-2]), _OP)
    if attn_mask is not None:
        if len(attn_mask) < 2:
            raise ShapeMismatch(
                f'"{_OP}" expects an attn_mask [*, L, S] with at least 2 dimensions, got '
                f"{format_shape(attn_mask)}"
            )
        expand_to(attn_mask, scores, _OP, "attn_mask", "the attention scores")
    return matmul_shape(scores, value, _OP)


def scaled_dot_product_attention_dtype(
    query: str, key: str, value: str, attn_mask: str | None = None
) -> str:
    """The query's dtype: query, key and value of one floating point dtype; a mask of bool,
    float32 or the query's dtype.

    Raises:
        DTypeMismatch: dtypes that differ, a non-floating query, or a mask of another dtype.
    """
    if not query == key == value:
        raise DTypeMismatch(
            f'Incompatible dtypes for "{_OP}": query is {query}, key is {key} and value is '
            f"{value}; they must be the same"
        )
    if not is_floating(query):
        raise DTypeMismatch(
            f'Incompatible dtype for "{_OP}": expected floating point query, key and value, '
            f"got {query}"
        )
    if attn_mask is not None and attn_mask not in ("bool", "float32", query):
        raise DTypeMismatch(
            f'Incompatible dtype for "{_OP}": attn_mask must be bool, float32 or the query\'s '
            f"dtype {query}, got {attn_mask}"
        )
    return query
