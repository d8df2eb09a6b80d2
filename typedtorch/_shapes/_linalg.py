"""Products beyond `matmul`: the fused `addmm`/`addmv`/`addbmm`/`baddbmm`/`addr`, `outer`,
`cross`, `kron`, `tensordot`, and the distances `cdist`/`pdist`.

The fused ops compute a product (`mm_shape`, `mv_shape`, `bmm_shape`, `outer_shape`) and add
`input` to it: `input` must broadcast to the product's shape without growing it (torch expands
it), so the result has the product's shape.
"""

from __future__ import annotations

from collections.abc import Sequence

from ._broadcast import broadcast_shapes
from ._common import Shape, normalize_dim, require_equal
from ._dtypes import promote_types
from ._errors import ShapeMismatch
from ._matmul import bmm_shape, mm_shape, mv_shape
from ._symbolic import format_shape


def expand_to(
    input: Shape, target: Shape, op: str, what: str = "input", into: str = "the product"
) -> Shape:
    """`input` stretched to `target` as `expand` does (size-1 and missing leading dims only).

    Raises:
        ShapeMismatch / UnprovenShape: `input` has more dims, or a dim that is neither 1 nor
            the target's.
    """
    message = (
        f'Incompatible shapes for "{op}": {what} {format_shape(input)} does not broadcast to '
        f"the shape of {into} {format_shape(target)}"
    )
    if len(input) > len(target):
        raise ShapeMismatch(message)
    escaped = message.replace("{", "{{").replace("}", "}}")
    for have, want in zip(reversed(input), reversed(target), strict=False):
        if have != 1:
            require_equal(have, want, escaped + " (dims {a} and {b})")
    return target


def addmm_shape(input: Shape, mat1: Shape, mat2: Shape) -> Shape:
    """`torch.addmm(input, mat1, mat2)`: `[n, m] @ [m, p]`, plus `input` broadcast to `[n, p]`."""
    return expand_to(input, mm_shape(mat1, mat2, op="addmm"), "addmm")


def addmv_shape(input: Shape, mat: Shape, vec: Shape) -> Shape:
    """`torch.addmv(input, mat, vec)`: `[n, m] @ [m]`, plus `input` broadcast to `[n]`.

    torch's CPU kernel returns `beta * input` for an empty `mat` (a literal 0 in its shape), so
    the result then has the input's shape: `[]` for a 0-dim input, although the product is `[n]`.
    """
    out = expand_to(input, mv_shape(mat, vec, op="addmv"), "addmv")
    if any(isinstance(d, int) and d == 0 for d in mat):
        return input
    return out


def baddbmm_shape(input: Shape, batch1: Shape, batch2: Shape) -> Shape:
    """`torch.baddbmm(input, batch1, batch2)`: `[b, n, m] @ [b, m, p]`, plus `input` broadcast
    to `[b, n, p]`."""
    return expand_to(input, bmm_shape(batch1, batch2, op="baddbmm"), "baddbmm")


def addbmm_shape(input: Shape, batch1: Shape, batch2: Shape) -> Shape:
    """`torch.addbmm(input, batch1, batch2)`: the batch of products `[b, n, m] @ [b, m, p]`
    summed to `[n, p]`, plus `input` broadcast to it."""
    return expand_to(input, bmm_shape(batch1, batch2, op="addbmm")[1:], "addbmm")


def outer_shape(vec1: Shape, vec2: Shape, op: str = "outer") -> Shape:
    """`torch.outer(vec1, vec2)` (alias `ger`): `[n]` and `[m]` -> `[n, m]`."""
    for name, v in (("self", vec1), ("vec2", vec2)):
        if len(v) != 1:
            raise ShapeMismatch(
                f'"{op}" expects 1-D arguments, got {len(v)}-D {name} {format_shape(v)}'
            )
    return (vec1[0], vec2[0])


def addr_shape(input: Shape, vec1: Shape, vec2: Shape) -> Shape:
    """`torch.addr(input, vec1, vec2)`: `outer(vec1, vec2)` plus `input` broadcast to `[n, m]`."""
    return expand_to(input, outer_shape(vec1, vec2, "addr"), "addr")


def cross_shape(
    input: Shape, other: Shape, dim: int | None = -1, op: str = "linalg.cross"
) -> Shape:
    """`torch.linalg.cross(input, other, dim=-1)` and `torch.cross(input, other, dim=None)`:
    inputs of one rank, both of size 3 along `dim`, the other dims broadcast.

    `torch.cross` without a dim takes the first dim of size 3 of `input` (deprecated); where a
    symbolic dim comes before it, that dim is not known and only the broadcast is checked.
    """
    if len(input) != len(other):
        raise ShapeMismatch(
            f'"{op}" expects inputs with the same number of dims, got {format_shape(input)} and '
            f"{format_shape(other)}"
        )
    if dim is None:
        for size in input:
            if isinstance(size, int) and size == 3:
                break
            if not isinstance(size, int):
                return broadcast_shapes(input, other, op=op)
        else:
            raise ShapeMismatch(
                f'"{op}" without a dim needs a dimension of size 3 in input {format_shape(input)}'
            )
        dim = input.index(3)
    if not input:
        raise ShapeMismatch(f'"{op}" expects inputs with at least 1 dimension, got 0-dim inputs')
    d = normalize_dim(dim, len(input), op)
    for name, shape in (("input", input), ("other", other)):
        require_equal(
            shape[d],
            3,
            f'Incompatible shapes for "{op}": {name} {format_shape(shape)} must have size {{b}} '
            f"in dimension {d}, got {{a}}",
        )
    return broadcast_shapes(input, other, op=op)


def kron_shape(a: Shape, b: Shape) -> Shape:
    """`torch.kron(a, b)`: both padded with leading 1s to one rank, then sizes multiply."""
    rank = max(len(a), len(b))
    pa = (1,) * (rank - len(a)) + tuple(a)
    pb = (1,) * (rank - len(b)) + tuple(b)
    return tuple(x * y for x, y in zip(pa, pb, strict=True))


def tensordot_shape(a: Shape, b: Shape, dims: int | tuple[Sequence[int], Sequence[int]]) -> Shape:
    """`torch.tensordot(a, b, dims)`: the listed dims of `a` and `b` contracted in pairs (an int
    `n` pairs the last `n` dims of `a` with the first `n` of `b`); the result is `a`'s other dims,
    then `b`'s. Paired sizes must agree, or one of them be 1 (torch broadcasts it).

    Raises:
        ShapeMismatch: `n` negative or too large, lists of different lengths, a repeated dim, or
            paired sizes that differ.
    """
    op = "tensordot"
    if isinstance(dims, int):
        if dims < 0:
            raise ShapeMismatch(f'"{op}" expects dims >= 0, got dims={dims}')
        if dims > len(a) or dims > len(b):
            raise ShapeMismatch(
                f'"{op}" expects dims <= the number of dims of both inputs, got dims={dims} for '
                f"{format_shape(a)} and {format_shape(b)}"
            )
        dims_a: list[int] = list(range(len(a) - dims, len(a)))
        dims_b: list[int] = list(range(dims))
    else:
        if len(dims[0]) != len(dims[1]):
            raise ShapeMismatch(
                f'"{op}" expects two lists of dims of the same length, got {list(dims[0])} and '
                f"{list(dims[1])}"
            )
        for shape, listed in ((a, dims[0]), (b, dims[1])):
            if not shape and listed:
                # Unlike most ops, tensordot does not treat a 0-dim tensor as 1-D here.
                raise ShapeMismatch(
                    f'"{op}": dimension {listed[0]} specified, but a 0-dim tensor has no dimensions'
                )
        dims_a = [normalize_dim(d, len(a), op) for d in dims[0]]
        dims_b = [normalize_dim(d, len(b), op) for d in dims[1]]
        for which in (dims_a, dims_b):
            for i, d in enumerate(which):
                if d in which[:i]:
                    raise ShapeMismatch(
                        f'Dimension {d} appears multiple times in the list of dims for "{op}"'
                    )
    for da, db in zip(dims_a, dims_b, strict=True):
        sa, sb = a[da], b[db]
        if sa == 1 or sb == 1:
            continue
        require_equal(
            sa,
            sb,
            f'Incompatible shapes for "{op}": contracted dimension {da} of {format_shape(a)} has '
            f"size {{a}} and dimension {db} of {format_shape(b)} has size {{b}}",
        )
    rest_a = tuple(s for i, s in enumerate(a) if i not in dims_a)
    rest_b = tuple(s for i, s in enumerate(b) if i not in dims_b)
    return rest_a + rest_b


def cdist_shape(x1: Shape, x2: Shape) -> Shape:
    """`torch.cdist(x1, x2)`: `[*, P, M]` and `[*, R, M]` -> `[*, P, R]`, the batch dims
    broadcast."""
    op = "cdist"
    for name, x in (("x1", x1), ("x2", x2)):
        if len(x) < 2:
            raise ShapeMismatch(
                f'"{op}" expects inputs with at least 2 dimensions, got {len(x)}-D {name} '
                f"{format_shape(x)}"
            )
    require_equal(
        x1[-1],
        x2[-1],
        f'Incompatible shapes for "{op}": x1 {format_shape(x1)} and x2 {format_shape(x2)} must '
        "have the same number of columns, got {a} and {b}",
    )
    batch = broadcast_shapes(x1[:-2], x2[:-2], op=op)
    return (*batch, x1[-2], x2[-2])


def pdist_shape(input: Shape) -> Shape:
    """`torch.pdist(input)`: `[N, M]` -> `[N * (N - 1) // 2]`, one distance per pair of rows."""
    if len(input) != 2:
        raise ShapeMismatch(
            f'"pdist" expects a 2-D input [N, M], got {len(input)}-D input {format_shape(input)}'
        )
    n = input[0]
    return (n * (n - 1) // 2,)


def kron_dtype(a: str, b: str) -> str:
    """`torch.kron(a, b)`'s dtype: `promote_types` of the two (a 0-dim operand does not lose to
    a dimensioned one, as it would in `a * b`)."""
    return promote_types(a, b)
