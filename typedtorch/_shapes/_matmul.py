"""`matmul` (`@`) and its special forms `mm`, `bmm`, `mv`, `dot`."""

from __future__ import annotations

from ._broadcast import broadcast_shapes
from ._common import Shape, require_equal
from ._dtypes import require_same_dtype
from ._errors import ShapeMismatch
from ._kernels import check_kernel, is_empty
from ._symbolic import format_shape


def _inner(a: Shape, b: Shape, op: str, a_inner: int, b_inner: int) -> None:
    require_equal(
        a[a_inner],
        b[b_inner],
        f'Incompatible shapes for "{op}": {format_shape(a)} @ {format_shape(b)}, '
        "inner dimensions {a} and {b} differ",
    )


def matmul_shape(a: Shape, b: Shape, op: str = "matmul") -> Shape:
    """torch.matmul: 1-D dot, 2-D mm, 1-D operands promoted and removed, batch dims broadcast."""
    if len(a) == 0 or len(b) == 0:
        raise ShapeMismatch(
            f'Incompatible shapes for "{op}": both arguments need at least 1 dimension, '
            f"got {format_shape(a)} and {format_shape(b)}"
        )
    if len(a) == 1 and len(b) == 1:
        _inner(a, b, op, 0, 0)
        return ()
    if len(b) == 1:
        _inner(a, b, op, -1, 0)
        return a[:-1]
    if len(a) == 1:
        _inner(a, b, op, 0, -2)
        return b[:-2] + b[-1:]
    _inner(a, b, op, -1, -2)
    batch = broadcast_shapes(a[:-2], b[:-2], op=op)
    return batch + (a[-2], b[-1])


def _require_rank(shape: Shape, rank: int, op: str, name: str) -> None:
    if len(shape) != rank:
        raise ShapeMismatch(
            f'"{op}" expects a {rank}-D {name}, got {len(shape)}-D shape {format_shape(shape)}'
        )


def mm_shape(a: Shape, b: Shape, op: str = "mm") -> Shape:
    _require_rank(a, 2, op, "self")
    _require_rank(b, 2, op, "mat2")
    _inner(a, b, op, 1, 0)
    return (a[0], b[1])


def bmm_shape(a: Shape, b: Shape, op: str = "bmm") -> Shape:
    _require_rank(a, 3, op, "self")
    _require_rank(b, 3, op, "mat2")
    batch = require_equal(
        a[0],
        b[0],
        f'Incompatible shapes for "{op}": {format_shape(a)} @ {format_shape(b)}, '
        "batch sizes {a} and {b} differ",
    )
    _inner(a, b, op, 2, 1)
    return (batch, a[1], b[2])


def mv_shape(a: Shape, b: Shape, op: str = "mv") -> Shape:
    _require_rank(a, 2, op, "self")
    _require_rank(b, 1, op, "vec")
    _inner(a, b, op, 1, 0)
    return (a[0],)


def dot_shape(a: Shape, b: Shape) -> Shape:
    _require_rank(a, 1, "dot", "self")
    _require_rank(b, 1, "dot", "tensor")
    _inner(a, b, "dot", 0, 0)
    return ()


def _kernel_of(op: str, a: Shape | None, b: Shape | None) -> tuple[str, bool]:
    """The `KERNELS` op that runs `op` on operands of these shapes, and whether it is torch's
    batched product (`bmm`, which skips its dtype checks on empty operands)."""
    if op in ("dot", "mv"):
        return op, False
    if op in ("mm", "bmm") or a is None or b is None:
        return "matmul", op == "bmm"
    if len(a) == 1 and len(b) == 1:
        return "dot", False
    if len(b) == 1:
        return "mv", False
    # A >= 3-D left operand with a 2-D right one is folded into one mm; a >= 3-D right one
    # makes it torch's bmm.
    return "matmul", len(b) >= 3


def matmul_dtype(op: str, a: str, b: str, a_shape: Shape | None, b_shape: Shape | None) -> str:
    """The result dtype of `op` (`matmul`, `mm`, `bmm`, `mv`, `dot`) on operands of dtypes `a`
    and `b` (and shapes, when known).

    torch needs equal dtypes with a kernel (no bool, no complex32). An empty operand skips the
    kernel (`dot` aside) and so its dtype check; torch's batched product then gives the second
    operand's dtype (its output buffer is made from it).

    Raises:
        DTypeMismatch: the dtypes differ, or torch has no kernel for them.
    """
    kernel, batched = _kernel_of(op, a_shape, b_shape)
    empty = is_empty(a_shape) or is_empty(b_shape)
    if batched and empty:
        return b
    require_same_dtype(op, a, b)
    check_kernel(kernel, a, shown=op, empty=empty)
    return a
