"""Reductions (`sum`, `mean`, `max(dim)`, ...) and dim-wise ops (`softmax`, `cumsum`), as torch does.

Shapes: `reduce_shape` drops (or, with `keepdim`, sets to 1) the reduced dims; `dim_op_shape`
keeps the shape and only checks the dim. Dtypes: `reduce_dtype` is the result dtype torch gives
each op for an input dtype, and raises where torch rejects the dtype.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from ._common import Shape, normalize_dim
from ._dtypes import category
from ._errors import DTypeMismatch, ShapeMismatch
from ._kernels import KERNELS, check_kernel, skips_dtype_check
from ._symbolic import Dim, format_shape

# Ops whose empty dim list `()` reduces nothing (torch keeps the shape); the others reduce all.
_EMPTY_REDUCES_NOTHING: Final = frozenset({"all", "any"})
# Ops whose empty dim list reduces all dims but then fails without keepdim (a torch quirk).
_EMPTY_REJECTED: Final = frozenset({"logsumexp"})

# Ops that pick an element (or its index) among the reduced dims: torch raises when one of them
# is empty, with a dim or without (all dims). `median`/`mode`/`kthvalue` along a dim check the
# same in `_sort.select_along_shape`; `median()` of an empty tensor is nan, not an error.
_NONEMPTY: Final = frozenset({"amax", "amin", "max", "min", "argmax", "argmin"})

# Integer and bool inputs: promoted to int64 (sum-like), to the default float (logsumexp) or
# rejected (mean-like: torch cannot infer a floating output dtype).
_TO_INT64: Final = frozenset({"sum", "prod", "cumsum", "cumprod"})
_TO_DEFAULT_FLOAT: Final = frozenset({"logsumexp"})
_FLOAT_ONLY: Final = frozenset({"mean", "std", "var", "norm", "logcumsumexp"})
# Complex inputs give the matching real dtype.
_COMPLEX_TO_REAL: Final = frozenset({"std", "var", "norm"})
_REAL_OF: Final = {"complex32": "float16", "complex64": "float32", "complex128": "float64"}
# Ops torch does not implement for complex inputs.
_NO_COMPLEX: Final = frozenset(
    {"amax", "amin", "max", "min", "argmax", "argmin", "cummax", "cummin"}
)


def reduce_shape(
    shape: Shape, dim: int | Sequence[int] | None, keepdim: bool, op: str = "sum"
) -> Shape:
    """The shape of `x.<op>(dim, keepdim)`.

    Args:
        shape: the input's shape.
        dim: one dim, a sequence of dims (negative counts from the end), or None for all dims.
        keepdim: keep reduced dims as size 1 instead of dropping them.
        op: the op's torch name, for messages and its handling of an empty `dim`.

    Raises:
        ShapeMismatch: a dim out of range, a dim given twice (torch raises for both), or an
            empty (size 0) reduced dim for an op that picks an element (`max`, `argmax`, ...).
    """
    rank = len(shape)
    reduced: set[int]
    if dim is None:
        reduced = set(range(rank))
        if op in _NONEMPTY:
            _require_nonempty(op, shape, reduced)
    elif isinstance(dim, int):
        reduced = {normalize_dim(dim, rank, op)}
    else:
        reduced = set()
        for d in dim:
            n = normalize_dim(d, rank, op)
            if n in reduced:
                raise ShapeMismatch(
                    f'Dimension {n} appears multiple times in the list of dims for "{op}"'
                )
            reduced.add(n)
        if not reduced:
            # torch's quirk fails in the kernel, which an empty input never reaches: followed.
            empty = any(isinstance(n, int) and n == 0 for n in shape)
            if op in _EMPTY_REJECTED and rank > 0 and not keepdim and not empty:
                raise ShapeMismatch(
                    f'"{op}" with dim=() fails in torch unless keepdim=True; name the dims to reduce'
                )
            reduced = set() if op in _EMPTY_REDUCES_NOTHING else set(range(rank))
    if dim is not None and op in _NONEMPTY:
        _require_nonempty(op, shape, reduced)
    out: list[Dim] = []
    for i, size in enumerate(shape):
        if i not in reduced:
            out.append(size)
        elif keepdim:
            out.append(1)
    return tuple(out)


def _require_nonempty(op: str, shape: Shape, reduced: set[int]) -> None:
    for i in sorted(reduced):
        size = shape[i] if i < len(shape) else 1  # a 0-dim tensor's "dim 0" is its one value
        if isinstance(size, int) and size == 0:
            raise ShapeMismatch(
                f'"{op}" expects reduction dim {i} to have non-zero size, got input '
                f"{format_shape(shape)}"
            )


def dim_op_shape(shape: Shape, dim: int, op: str) -> Shape:
    """The shape of an op along one dim that keeps the shape (`softmax`, `cumsum`, ...).

    Raises:
        ShapeMismatch: `dim` is out of range.
    """
    normalize_dim(dim, len(shape), op)
    return shape


def reduce_dtype(op: str, dtype: str, shape: Shape | None = None) -> str:
    """The result dtype of reduction / dim-wise op `op` on a tensor of `dtype` (torch names).

    `shape` (when known): torch skips some checks on an empty or 0-dim input (`skips_dtype_check`).

    Raises:
        DTypeMismatch: torch rejects `dtype` for `op` (e.g. `mean` of an integer tensor).
    """
    cat = category(dtype)
    if op in ("argmax", "argmin"):
        if cat == 0 or cat == 3:
            raise DTypeMismatch(_unsupported(op, dtype))
        return "int64"
    if op in ("all", "any"):
        # uint8 is the one dtype torch keeps (a legacy of byte masks).
        return "uint8" if dtype == "uint8" else "bool"
    if op in KERNELS:
        check_kernel(op, dtype, shape)
        return dtype
    if skips_dtype_check(op, shape):
        return dtype
    if cat == 3 and op in _NO_COMPLEX:
        raise DTypeMismatch(_unsupported(op, dtype))
    if cat <= 1:
        if op in _TO_INT64:
            return "int64"
        if op in _TO_DEFAULT_FLOAT:
            return "float32"
        if op in _FLOAT_ONLY:
            kinds = "floating point" if op in _NO_COMPLEX else "floating point or complex"
            raise DTypeMismatch(
                f'Incompatible dtype for "{op}": expected a {kinds} tensor, '
                f"got {dtype} (convert it with .float())"
            )
    if cat == 3 and op in _COMPLEX_TO_REAL:
        return _REAL_OF[dtype]
    return dtype


def _unsupported(op: str, dtype: str) -> str:
    return f'Incompatible dtype for "{op}": torch does not support {dtype} tensors here'
