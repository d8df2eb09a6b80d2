"""Reshaping without moving data: `view`/`reshape`, `flatten`/`unflatten`, `permute`/`transpose`/
`t`/`movedim`, `squeeze`/`unsqueeze`, `expand` and `repeat`.

Every rule takes the input shape and the op's arguments as dims (a literal argument is an int, a
size read from another tensor may be symbolic, an argument nobody knows is `UNKNOWN`) and returns
the output shape, or None where even the rank cannot be known.
"""

from __future__ import annotations

from collections.abc import Sequence

from ._common import Shape, normalize_dim, shape_numel
from ._errors import ShapeMismatch, UnprovenShape
from ._symbolic import (
    UNKNOWN,
    Dim,
    Expr,
    Sym,
    Truth,
    dims_equal,
    format_dim,
    format_shape,
    is_known,
)


def _sizes_text(sizes: Sequence[Dim]) -> str:
    return format_shape(sizes)


def infer_size(numel: Dim, sizes: Sequence[Dim], op: str, shown: str) -> Shape:
    """`sizes` with its one `-1` inferred so that the product is `numel` (torch's infer_size).

    `shown` is the input as the message shows it (a shape or a dim). Raises as torch does:
    more than one -1, a size below -1, or an element count that does not match.
    """
    inferred: int | None = None
    for i, s in enumerate(sizes):
        if isinstance(s, int) and s == -1:
            if inferred is not None:
                raise ShapeMismatch(
                    f'Cannot "{op}" {shown} to {_sizes_text(sizes)}: only one dimension can be '
                    "inferred (-1)"
                )
            inferred = i
        elif isinstance(s, int) and s < -1:
            raise ShapeMismatch(
                f'Invalid size {s} for "{op}" at index {i} of {_sizes_text(sizes)}: sizes must be '
                ">= 0, or -1 to infer one"
            )
    if any(not is_known(s) for s in sizes):
        # A size nobody knows may itself be -1: no count can be checked, and an inferred dim
        # stays unknown.
        return tuple(UNKNOWN if i == inferred else s for i, s in enumerate(sizes))
    if inferred is None:
        total = shape_numel(sizes)
        _require_count(numel, total, op, shown, sizes)
        return tuple(sizes)
    others = shape_numel([s for i, s in enumerate(sizes) if i != inferred])
    if isinstance(others, int) and others == 0:
        raise ShapeMismatch(
            f'Cannot "{op}" {shown} to {_sizes_text(sizes)}: the dimension inferred from -1 is '
            "ambiguous when another size is 0"
        )
    if not is_known(numel):
        return tuple(UNKNOWN if i == inferred else s for i, s in enumerate(sizes))
    quotient = numel // others
    truth = dims_equal(quotient * others, numel)
    if truth is not Truth.TRUE:
        message = (
            f'Cannot "{op}" {shown} to {_sizes_text(sizes)}: {format_dim(numel)} elements are '
            f"not a multiple of {format_dim(others)}"
        )
        if truth is Truth.FALSE:
            raise ShapeMismatch(message)
        raise UnprovenShape(message + " (cannot prove it divides)")
    return tuple(quotient if i == inferred else s for i, s in enumerate(sizes))


def _count_truth(a: Dim, b: Dim) -> Truth:
    """`dims_equal`, and FALSE where the two counts differ for every positive size: `12 * B`
    and `5 * B` differ unless the batch is empty, which is what a reshape error means to a user."""
    truth = dims_equal(a, b)
    if truth is not Truth.UNKNOWN:
        return truth
    diff = a - b
    if isinstance(diff, Expr) and all(
        isinstance(atom, Sym) for mono, _ in diff.terms for atom in mono
    ):
        signs = {coef > 0 for _, coef in diff.terms}
        if len(signs) == 1:
            return Truth.FALSE
    return truth


def _require_count(numel: Dim, total: Dim, op: str, shown: str, sizes: Sequence[Dim]) -> None:
    truth = _count_truth(numel, total)
    if truth is Truth.TRUE:
        return
    message = (
        f'Cannot "{op}" {shown} to {_sizes_text(sizes)}: {format_dim(numel)} elements vs '
        f"{format_dim(total)}"
    )
    if truth is Truth.FALSE:
        raise ShapeMismatch(message)
    raise UnprovenShape(message + " (cannot prove they are equal)")


def view_shape(shape: Shape, sizes: Sequence[Dim], op: str = "view") -> Shape:
    """`x.view(*sizes)` / `x.reshape(*sizes)`: same element count; one `-1` is inferred."""
    return infer_size(shape_numel(shape), sizes, op, format_shape(shape))


def flatten_shape(shape: Shape, start_dim: int = 0, end_dim: int = -1) -> Shape:
    """`x.flatten(start_dim, end_dim)`: dims `start_dim..end_dim` merged into one."""
    if len(shape) == 0:
        normalize_dim(start_dim, 0, "flatten")
        normalize_dim(end_dim, 0, "flatten")
        return (1,)
    start = normalize_dim(start_dim, len(shape), "flatten")
    end = normalize_dim(end_dim, len(shape), "flatten")
    if start > end:
        raise ShapeMismatch(
            f'Invalid dims for "flatten" of {format_shape(shape)}: start_dim {start_dim} comes '
            f"after end_dim {end_dim}"
        )
    return shape[:start] + (shape_numel(shape[start : end + 1]),) + shape[end + 1 :]


def unflatten_shape(shape: Shape, dim: int, sizes: Sequence[Dim]) -> Shape:
    """`x.unflatten(dim, sizes)`: dim `dim` split into `sizes` (one may be -1)."""
    if len(shape) == 0:
        raise ShapeMismatch('"unflatten" cannot be applied to a 0-dim tensor')
    d = normalize_dim(dim, len(shape), "unflatten")
    if len(sizes) == 0:
        raise ShapeMismatch('"unflatten" expects non-empty sizes')
    shown = f"dimension {dim} of size {format_dim(shape[d])}"
    return shape[:d] + infer_size(shape[d], sizes, "unflatten", shown) + shape[d + 1 :]


def _distinct(dims: Sequence[int], rank: int, op: str, what: str) -> list[int]:
    out = [normalize_dim(d, rank, op) for d in dims]
    if len(set(out)) != len(out):
        raise ShapeMismatch(f'Repeated dim in {what} of "{op}": {list(dims)}')
    return out


def permute_shape(shape: Shape, dims: Sequence[int]) -> Shape:
    """`x.permute(*dims)`: `dims` must be a permutation of all dims."""
    if len(dims) != len(shape):
        raise ShapeMismatch(
            f'"permute" expects {len(shape)} dims for {format_shape(shape)}, got {len(dims)}: '
            f"{list(dims)}"
        )
    order = _distinct(dims, len(shape), "permute", "dims")
    return tuple(shape[i] for i in order)


def transpose_shape(shape: Shape, dim0: int, dim1: int) -> Shape:
    """`x.transpose(dim0, dim1)`: two dims swapped."""
    if len(shape) == 0:
        normalize_dim(dim0, 0, "transpose")
        normalize_dim(dim1, 0, "transpose")
        return ()
    a = normalize_dim(dim0, len(shape), "transpose")
    b = normalize_dim(dim1, len(shape), "transpose")
    out = list(shape)
    out[a], out[b] = out[b], out[a]
    return tuple(out)


def t_shape(shape: Shape) -> Shape:
    """`x.t()`: a 2-D tensor transposed; 0-D and 1-D tensors as they are."""
    if len(shape) > 2:
        raise ShapeMismatch(
            f'"t" expects a tensor with <= 2 dimensions, got {len(shape)}-D shape '
            f"{format_shape(shape)} (use transpose or permute)"
        )
    return tuple(reversed(shape))


def movedim_shape(
    shape: Shape, source: int | Sequence[int], destination: int | Sequence[int]
) -> Shape:
    """`x.movedim(source, destination)`: the `source` dims moved to `destination`, the others
    keep their order."""
    src = [source] if isinstance(source, int) else list(source)
    dst = [destination] if isinstance(destination, int) else list(destination)
    if len(src) != len(dst):
        raise ShapeMismatch(
            f'"movedim" expects source and destination of the same length, got {len(src)} and '
            f"{len(dst)}"
        )
    rank = len(shape)
    if rank == 0:
        _distinct(src, 0, "movedim", "source")
        _distinct(dst, 0, "movedim", "destination")
        return ()
    s = _distinct(src, rank, "movedim", "source")
    d = _distinct(dst, rank, "movedim", "destination")
    order: list[int | None] = [None] * rank
    for a, b in zip(s, d, strict=True):
        order[b] = a
    rest = iter(i for i in range(rank) if i not in s)
    return tuple(shape[i if i is not None else next(rest)] for i in order)


def squeeze_shape(shape: Shape, dim: int | Sequence[int] | None = None) -> Shape | None:
    """`x.squeeze(dim)`: size-1 dims removed (all of them when `dim` is None).

    Squeezing a dim that is not 1 leaves it, as torch does. Whether a symbolic dim is 1 is not
    known, so then the result's rank is not known either (None).
    """
    rank = len(shape)
    if dim is None:
        targets = list(range(rank))
    else:
        dims = [dim] if isinstance(dim, int) else list(dim)
        # A 0-d tensor takes dims 0 and -1, as if it had rank 1; repeats are errors there too.
        targets = [normalize_dim(d, rank, "squeeze") for d in dims]
        for i, t in enumerate(targets):
            if t in targets[:i]:
                raise ShapeMismatch(f'Dim {t} appears multiple times in the dims of "squeeze"')
        if rank == 0:
            return ()
    out: list[Dim] = []
    for i, size in enumerate(shape):
        if i not in targets:
            out.append(size)
        elif isinstance(size, int):
            if size != 1:
                out.append(size)
        else:
            return None
    return tuple(out)


def unsqueeze_shape(shape: Shape, dim: int) -> Shape:
    """`x.unsqueeze(dim)`: a size-1 dim inserted at `dim` (in `[-rank - 1, rank]`)."""
    d = normalize_dim(dim, len(shape), "unsqueeze", allow_end=True)
    return shape[:d] + (1,) + shape[d:]


def expand_shape(shape: Shape, sizes: Sequence[Dim], op: str = "expand") -> Shape:
    """`x.expand(*sizes)` (and `x.broadcast_to(sizes)`, `op`): size-1 dims stretched, `-1` keeps
    a dim, new leading dims allowed."""
    shown = f'Cannot "{op}" {format_shape(shape)} to {format_shape(sizes)}'
    if len(sizes) < len(shape):
        raise ShapeMismatch(
            f"{shown}: the number of sizes ({len(sizes)}) must be at least the "
            f"number of dimensions ({len(shape)})"
        )
    lead = len(sizes) - len(shape)
    out: list[Dim] = []
    for i, size in enumerate(sizes):
        if isinstance(size, int) and size < -1:
            raise ShapeMismatch(f"{shown}: invalid size {size} at dimension {i}")
        if i < lead:
            if isinstance(size, int) and size == -1:
                raise ShapeMismatch(f"{shown}: -1 is not allowed in a new leading dimension {i}")
            out.append(size)
            continue
        have = shape[i - lead]
        if isinstance(size, int) and size == -1:
            out.append(have)
        elif not is_known(size):
            # Maybe -1 (keep), maybe a size: only a known 1 is sure to become it.
            out.append(UNKNOWN if have == 1 else have)
        elif isinstance(have, int) and have == 1:
            out.append(size)
        else:
            out.append(_expand_dim(have, size, i, shown))
    return tuple(out)


def _expand_dim(have: Dim, size: Dim, index: int, shown: str) -> Dim:
    truth = dims_equal(have, size)
    if truth is Truth.TRUE:
        return size if is_known(size) else have
    message = (
        f"{shown}: size {format_dim(size)} must match the existing size "
        f"{format_dim(have)} at non-singleton dimension {index}"
    )
    if truth is Truth.FALSE and isinstance(have, int):
        raise ShapeMismatch(message)
    if isinstance(have, Expr):
        # A symbolic dim may be 1 and stretch.
        raise UnprovenShape(message + " (cannot prove they are equal or the dim is 1)")
    raise UnprovenShape(message + " (cannot prove they are equal)")


def repeat_shape(shape: Shape, repeats: Sequence[Dim]) -> Shape:
    """`x.repeat(*repeats)`: each dim multiplied; extra leading repeats add dims."""
    if len(repeats) < len(shape):
        raise ShapeMismatch(
            f'"repeat" of {format_shape(shape)} needs at least {len(shape)} repeats, got '
            f"{len(repeats)}: {format_shape(repeats)}"
        )
    for i, r in enumerate(repeats):
        if isinstance(r, int) and r < 0:
            raise ShapeMismatch(f'"repeat" got a negative repeat {r} at index {i}')
    padded = (1,) * (len(repeats) - len(shape)) + tuple(shape)
    return tuple(d * r for d, r in zip(padded, repeats, strict=True))
