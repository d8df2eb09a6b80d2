"""Which dtypes torch's CPU kernels take, per op: the one table the dtype checks consult.

torch registers each op's kernel for a set of dtypes; any other dtype fails at run time
(`"silu_cpu" not implemented for 'Long'`, `Negation, the - operator, on a bool tensor is not
supported`). `KERNELS` holds, per op (torch's name), the dtypes it takes, and whether torch checks
them on a tensor with no elements: several ops return at once for 0 elements, before the kernel
(and its dtype check) runs, and so take any dtype there. The table was read off torch by running
each op over every dtype, non-empty and empty; tests/test_rules_kernels.py re-derives it.

`check_kernel` is the check the rules and hooks call; `SKIPS_EMPTY`/`SKIPS_ZERO_DIM` say where the
reductions' own dtype rules (`reduce_dtype`, `sort_dtype`) are skipped as torch skips them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Final

from ._common import Shape
from ._errors import DTypeMismatch
from ._symbolic import Dim

BOOL: Final = frozenset({"bool"})
INTEGER: Final = frozenset({"uint8", "int8", "int16", "int32", "int64"})
FLOATING: Final = frozenset({"float16", "bfloat16", "float32", "float64"})
COMPLEX: Final = frozenset({"complex32", "complex64", "complex128"})
ALL: Final = BOOL | INTEGER | FLOATING | COMPLEX
# complex32 (chalf) has kernels for a few ops only (copies, views, `neg`, `abs`, convolutions).
_COMPLEX: Final = frozenset({"complex64", "complex128"})


@dataclass(frozen=True)
class Kernel:
    """The dtypes an op's CPU kernel takes.

    Attributes:
        dtypes: the dtypes torch runs the op on.
        on_empty: torch checks the dtype on a tensor with no elements too (False: it returns an
            empty result of any dtype before the kernel runs).
    """

    dtypes: frozenset[str]
    on_empty: bool = True


def _k(dtypes: Iterable[str], on_empty: bool = True) -> Kernel:
    return Kernel(frozenset(dtypes), on_empty)


_ORDER: Final = (
    "bool",
    "uint8",
    "int8",
    "int16",
    "int32",
    "int64",
    "float16",
    "bfloat16",
    "float32",
    "float64",
    "complex32",
    "complex64",
    "complex128",
)
_NUMBERS: Final = INTEGER | FLOATING
_ROUNDING: Final = _k(_NUMBERS)
_FLOAT: Final = _k(FLOATING)

KERNELS: Final[dict[str, Kernel]] = {
    # Factories that compute their values (arange checks for 0 elements too, linspace does not).
    "arange": _k(ALL - BOOL - COMPLEX),
    "linspace": _k(ALL - BOOL - {"complex32"}, on_empty=False),
    # Unary operators and elementwise functions.
    "neg": _k(ALL - BOOL),
    "positive": _k(ALL - BOOL),
    "bitwise_not": _k(BOOL | INTEGER),
    "abs": _k(ALL - BOOL),
    "sign": _k(BOOL | _NUMBERS),
    "square": _k(ALL - {"complex32"}),
    "floor": _ROUNDING,
    "ceil": _ROUNDING,
    "round": _ROUNDING,
    "trunc": _ROUNDING,
    # Activations (`activation_dtype`; softsign and tanhshrink compute integers in float32).
    "relu": _k(_NUMBERS),
    "relu6": _k(_NUMBERS),
    "threshold": _k(_NUMBERS),
    "hardtanh": _k(_NUMBERS - {"uint8"}),
    "softsign": _k(ALL - BOOL - {"complex32"}),
    "tanhshrink": _k(ALL - BOOL - {"complex32"}),
    "softplus": _FLOAT,
    "logsigmoid": _FLOAT,
    "hardswish": _FLOAT,
    "hardsigmoid": _FLOAT,
    "mish": _FLOAT,
    "softshrink": _FLOAT,
    "hardshrink": _FLOAT,
    "celu": _FLOAT,
    "selu": _FLOAT,
    "rrelu": _FLOAT,
    "rrelu(training)": _k({"bfloat16", "float32", "float64"}),  # samples slopes: no float16
    "glu": _FLOAT,
    # Samples exponentials like its input (none for an empty one).
    "gumbel_softmax": _k(FLOATING, on_empty=False),
    "leaky_relu": _FLOAT,
    "elu": _FLOAT,
    "gelu": _FLOAT,
    "silu": _k(FLOATING | _COMPLEX),
    "softmax": _k(FLOATING, on_empty=False),
    "log_softmax": _k(FLOATING, on_empty=False),
    # Normalization.
    "layer_norm": _FLOAT,
    "group_norm": _FLOAT,
    "batch_norm": _k(FLOATING, on_empty=False),
    # Products: mm/bmm/addmm/mv return an empty result at once; dot checks first.
    "matmul": _k(_NUMBERS | _COMPLEX, on_empty=False),
    "mv": _k(_NUMBERS | _COMPLEX, on_empty=False),
    "dot": _k(_NUMBERS | _COMPLEX),
    # Convolutions (an empty input returns at once); a dilated one takes no small integers.
    "conv": _k(ALL - BOOL, on_empty=False),
    "conv(dilated)": _k(FLOATING | COMPLEX | {"int64"}, on_empty=False),
    "conv_transpose": _k(FLOATING | COMPLEX | {"int64"}, on_empty=False),
    # Dropout in training (in eval mode it returns its input: any dtype).
    "dropout": _k(FLOATING, on_empty=False),
    # Pooling.
    "avg_pool1d": _k(FLOATING | {"int64"}),
    "avg_pool2d": _k(FLOATING | {"int64"}),
    "avg_pool3d": _k({"float32", "float64", "int64"}),
    "max_pool1d": _FLOAT,
    "max_pool2d": _k(_NUMBERS),
    "max_pool3d": _k(_NUMBERS),
    "adaptive_avg_pool1d": _k(FLOATING, on_empty=False),
    "adaptive_avg_pool2d": _k(FLOATING, on_empty=False),
    "adaptive_avg_pool3d": _FLOAT,
    # An output size of all 1s is torch's mean over the spatial dims: complex too.
    "adaptive_avg_pool1d(1)": _k(FLOATING | _COMPLEX),
    "adaptive_avg_pool2d(1)": _k(FLOATING | _COMPLEX),
    "adaptive_avg_pool3d(1)": _k(FLOATING | _COMPLEX),
    "adaptive_max_pool1d": _FLOAT,
    "adaptive_max_pool2d": _FLOAT,
    "adaptive_max_pool3d": _FLOAT,
    # Interpolation, by mode.
    "interpolate(nearest)": _k(FLOATING | {"uint8"}),
    "interpolate(nearest-exact)": _k(FLOATING | {"uint8"}),
    "interpolate(bilinear)": _k(FLOATING | {"uint8"}),
    "interpolate(bicubic)": _k(FLOATING | {"uint8"}),
    "interpolate(linear)": _FLOAT,
    "interpolate(trilinear)": _FLOAT,
    "interpolate(area)": _k(FLOATING, on_empty=False),
    # Losses (their input).
    "cross_entropy": _FLOAT,
    "nll_loss": _FLOAT,
    "binary_cross_entropy": _FLOAT,
    "kl_div": _FLOAT,
}


# Reductions and selections (their dtype rules are `reduce_dtype` and `sort_dtype`) whose dtype
# check torch skips on an input with no elements (`median()`: over all elements; `median(dim)`
# checks) ...
SKIPS_EMPTY: Final = frozenset(
    {"amax", "amin", "cummax", "cummin", "mode", "median()", "nanmedian()"}
)
# ... and on a 0-dim input (its one value is the result).
SKIPS_ZERO_DIM: Final = frozenset({"kthvalue", "mode", "cummax", "cummin"})


def skips_dtype_check(op: str, shape: Shape | None) -> bool:
    """Whether torch runs `op` (in `SKIPS_EMPTY` / `SKIPS_ZERO_DIM`) on an input of `shape`
    without checking its dtype."""
    if shape is None:
        return False
    return (op in SKIPS_EMPTY and is_empty(shape)) or (op in SKIPS_ZERO_DIM and len(shape) == 0)


_HINTS: Final = {
    "neg": " (to invert a mask, use ~ or logical_not())",
    "arange": " (make it with another dtype=, then convert it with .to())",
    "linspace": " (make it with another dtype=, then convert it with .to())",
}


def is_empty(shape: Shape | None) -> bool:
    """Whether `shape` surely has no elements (a literal 0 dim; symbols are taken to be >= 1)."""
    return shape is not None and any(isinstance(d, int) and d == 0 for d in shape)


def describe_dtypes(dtypes: frozenset[str]) -> str:
    """`floating point or int64` for a set of dtypes (the kinds torch's docs name)."""
    words: list[str] = []
    for kind, members in (
        ("floating point", FLOATING),
        ("complex", _COMPLEX),
        ("integer", INTEGER),
        ("bool", BOOL),
    ):
        if members <= dtypes:
            words.append(kind)
        else:
            words.extend(d for d in _ORDER if d in members and d in dtypes)
    if dtypes == ALL - BOOL or dtypes == ALL - BOOL - {"complex32"}:
        return "non-bool"
    return ", ".join(words[:-1]) + " or " + words[-1] if len(words) > 1 else words[0]


def check_kernel(
    op: str,
    dtype: str,
    shape: Shape | None = None,
    shown: str | None = None,
    empty: bool | None = None,
) -> None:
    """Raise where torch has no kernel of `op` for `dtype` (on a tensor of `shape`, if known).

    Args:
        op: the op's name in `KERNELS`.
        dtype: the input's dtype (torch's name).
        shape: the input's shape: an empty tensor skips the check where torch skips it.
        shown: the name the message gives the op (a layer's label), `op` by default.
        empty: whether the op has no elements to compute (instead of `shape`'s).

    Raises:
        DTypeMismatch: torch's kernel of `op` does not take `dtype`.
    """
    kernel = KERNELS[op]
    if empty is None:
        empty = is_empty(shape)
    if dtype in kernel.dtypes or (not kernel.on_empty and empty):
        return
    name = shown if shown is not None else op
    hint = _HINTS.get(op, "")
    if not hint and FLOATING <= kernel.dtypes and dtype in BOOL | INTEGER:
        hint = " (convert it with .float())"
    article = "an" if describe_dtypes(kernel.dtypes)[0] in "aeiou" else "a"
    raise DTypeMismatch(
        f'Incompatible dtype for "{name}": expected {article} {describe_dtypes(kernel.dtypes)} '
        f"tensor, got {dtype}{hint}"
    )


def check_adaptive_avg_pool(
    op: str,
    dtype: str,
    output_size: Sequence[Dim] | None,
    shape: Shape | None,
    shown: str | None = None,
) -> None:
    """`adaptive_avg_pool{1,2,3}d`'s kernel: torch takes a mean for an output size of all 1s
    (complex too); `output_size` None (or with unknown sizes) raises only where both paths do.

    Raises:
        DTypeMismatch: torch has no kernel for `dtype` on this path.
    """
    shown = shown if shown is not None else op
    ones = output_size is not None and all(isinstance(d, int) and d == 1 for d in output_size)
    known = output_size is not None and all(isinstance(d, int) for d in output_size)
    if known:
        # An output size of 0 makes an empty result: no kernel runs.
        empty = is_empty(shape) or any(d == 0 for d in output_size or ())
        check_kernel(f"{op}(1)" if ones else op, dtype, shape, shown, empty)
        return
    try:
        check_kernel(op, dtype, shape, shown)
    except DTypeMismatch:
        check_kernel(f"{op}(1)", dtype, shape, shown)


_REAL_OF: Final = {"complex32": "float16", "complex64": "float32", "complex128": "float64"}


def kernel_unary_dtype(
    op: str, dtype: str, shape: Shape | None = None, shown: str | None = None
) -> str:
    """The dtype of unary `op` (a `KERNELS` op that keeps the shape: `abs`, `floor`, `relu`, ...)
    on a tensor of `dtype`: the input's, but `square` of bool (int64: torch multiplies in int64)
    and `abs` of complex (its real dtype).

    Raises:
        DTypeMismatch: torch has no kernel of `op` for `dtype`.
    """
    check_kernel(op, dtype, shape, shown)
    if op == "square" and dtype == "bool":
        return "int64"
    if op == "abs" and dtype in _REAL_OF:
        return _REAL_OF[dtype]
    return dtype
