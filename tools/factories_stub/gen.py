"""Generates typedtorch/_factories.pyi (dtype x device overloads for every factory)."""

HEADER = """# Static view of the tensor factories (`tt.zeros`, `tt.arange`, `tt.tensor`, ...).
#
# At runtime these are torch's own functions (see `_factories.py`). Here each is overloaded along
# two axes, so that plain mypy and pyright already know the result's device and dtype:
#   dtype:  a typedtorch dtype value (`tt.float64: Float64`) -> that kind; omitted/None -> torch's
#           default for the factory (TypeVar defaults: Float32, or Int64 for `randint` and integer
#           `arange`, the data's kind for `full`/`tensor`, the input's for `*_like`);
#           torch's own `torch.float64` (typed `torch.dtype`) -> `Any`.
#   device: a typedtorch device value (`tt.cuda: CUDA`) -> that kind; omitted/None -> CPU (the
#           input's for `*_like`); the strings "cpu" and "cuda" -> CPU and CUDA; any other
#           device -> `Any`.
# Shapes are `*tuple[Any, ...]` (the `*_like` factories keep the input's shape): only the mypy
# plugin reads sizes off the call; it also maps `torch.float64` to `Float64`.
#
# `out=` is left out on purpose: a typed result is a new tensor.

from collections.abc import Sequence
from typing import Any, Literal, TypeAlias, overload

import torch
from typing_extensions import TypeVar, TypeVarTuple

from ._devices import CPU, CUDA, Device
from ._dtypes import Bool, Complex64, DType, Float32, Int64
from ._tensor import Tensor

_int = int
_float = float
_bool = bool

_D = TypeVar("_D", bound=Device, default=CPU)
_T = TypeVar("_T", bound=DType)
_TF = TypeVar("_TF", bound=DType, default=Float32)
_TI = TypeVar("_TI", bound=DType, default=Int64)
# `*_like`: the input's device and dtype unless given.
_D0 = TypeVar("_D0", bound=Device)
_T0 = TypeVar("_T0", bound=DType)
_DL = TypeVar("_DL", bound=Device, default=_D0)
_TL = TypeVar("_TL", bound=DType, default=_T0)
_S = TypeVarTuple("_S")

_Number: TypeAlias = _bool | _int | _float | complex
_Size: TypeAlias = Sequence[_int]
_OtherDevice: TypeAlias = torch.device | str | _int
# Nested sequences of one scalar kind: what `tensor(data)` infers its dtype from.
# (Empty data comes first: `[]` matches every kind, and torch makes it float32.)
_NestedEmpty: TypeAlias = Sequence[_NestedEmpty]
_NestedBool: TypeAlias = _bool | Sequence[_NestedBool]
_NestedInt: TypeAlias = _int | Sequence[_NestedInt]
_NestedFloat: TypeAlias = _float | Sequence[_NestedFloat]
_NestedComplex: TypeAlias = complex | Sequence[_NestedComplex]
"""

PLAIN_DEVICES = [
    ("device: _D | None = None", "_D"),
    ('device: Literal["cpu"]', "CPU"),
    ('device: Literal["cuda"]', "CUDA"),
    ("device: _OtherDevice", "Any"),
]
LIKE_DEVICES = [
    ("device: _DL | None = None", "_DL"),
    ('device: Literal["cpu"]', "CPU"),
    ('device: Literal["cuda"]', "CUDA"),
    ("device: _OtherDevice", "Any"),
]
PLAIN_DTYPES = [("dtype: _TF | None = None", "_TF"), ("dtype: torch.dtype", "Any")]
INT_DTYPES = [("dtype: _TI | None = None", "_TI"), ("dtype: torch.dtype", "Any")]
UNKNOWN = "*tuple[Any, ...]"
LAYOUT = "layout: torch.layout | None = None"
PIN = "pin_memory: _bool | None = False"
GRAD = "requires_grad: _bool | None = False"
GEN = "generator: torch.Generator | None = None"
FMT = "memory_format: torch.memory_format | None = None"

out: list[str] = [HEADER]


def emit(name, head, variants, devices, kw_before, kw_after, shape, comment=None):
    """variants: (extra head params or None, dtype decl, dtype ret)."""
    out.append("")
    if comment:
        out.append(f"# {comment}")
    for head_params, dtype_decl, dtype_ret in variants:
        hp = head_params if head_params is not None else head
        for dev_decl, dev_ret in devices:
            params = list(hp)
            if not any(p.startswith("*") for p in params):
                params.append("*")
            params += kw_before + [dtype_decl] + [LAYOUT if "layout" in kw_after else None]
            params = [p for p in params if p]
            rest = [p for p in kw_after if p != "layout"]
            # torch's order: dtype, layout, device, then the rest
            params += [dev_decl] + rest
            out.append("@overload")
            out.append(
                f"def {name}({', '.join(params)}) -> Tensor[{dev_ret}, {dtype_ret}, {shape}]: ..."
            )


SIZE = ["*size: _int | _Size"]
for name in ("zeros", "ones"):
    emit(
        name,
        SIZE,
        [(None, *d) for d in PLAIN_DTYPES],
        PLAIN_DEVICES,
        [],
        ["layout", PIN, GRAD],
        UNKNOWN,
    )
emit(
    "empty",
    SIZE,
    [(None, *d) for d in PLAIN_DTYPES],
    PLAIN_DEVICES,
    [],
    ["layout", PIN, GRAD, FMT],
    UNKNOWN,
)
for name in ("rand", "randn"):
    emit(
        name,
        SIZE,
        [(None, *d) for d in PLAIN_DTYPES],
        PLAIN_DEVICES,
        [GEN],
        ["layout", PIN, GRAD],
        UNKNOWN,
    )

full_variants = [
    (["size: _Size", "fill_value: _bool"], "dtype: None = None", "Bool"),
    (["size: _Size", "fill_value: _int"], "dtype: None = None", "Int64"),
    (["size: _Size", "fill_value: _float"], "dtype: None = None", "Float32"),
    (["size: _Size", "fill_value: complex"], "dtype: None = None", "Complex64"),
    (["size: _Size", "fill_value: _Number"], "dtype: _T", "_T"),
    (["size: _Size", "fill_value: _Number"], "dtype: torch.dtype", "Any"),
]
emit(
    "full",
    None,
    full_variants,
    PLAIN_DEVICES,
    [],
    ["layout", PIN, GRAD],
    UNKNOWN,
    "The dtype follows `fill_value` unless given: bool -> Bool, int -> Int64, float -> Float32.",
)

randint_variants = []
for head in (["high: _int", "size: _Size"], ["low: _int", "high: _int", "size: _Size"]):
    randint_variants += [(head, *d) for d in INT_DTYPES]
emit(
    "randint",
    None,
    randint_variants,
    PLAIN_DEVICES,
    [GEN],
    ["layout", PIN, GRAD],
    UNKNOWN,
    "`randint(high, size)` and `randint(low, high, size)`; int64 unless given.",
)

arange_variants = []
for ints, floats in (
    (["end: _int"], ["end: _float"]),
    (
        ["start: _int", "end: _int", "step: _int = 1"],
        ["start: _float", "end: _float", "step: _float = 1"],
    ),
):
    arange_variants += [
        (ints, "dtype: _TI | None = None", "_TI"),
        (floats, "dtype: _TF | None = None", "_TF"),
        (floats, "dtype: torch.dtype", "Any"),
    ]
emit(
    "arange",
    None,
    arange_variants,
    PLAIN_DEVICES,
    [],
    ["layout", PIN, GRAD],
    UNKNOWN,
    "`arange(end)` and `arange(start, end, step=1)`; int64 when every bound is an int.",
)

emit(
    "linspace",
    ["start: _float", "end: _float", "steps: _int"],
    [(None, *d) for d in PLAIN_DTYPES],
    PLAIN_DEVICES,
    [],
    ["layout", PIN, GRAD],
    UNKNOWN,
)
emit(
    "eye",
    ["n: _int", "m: _int | None = None"],
    [(None, *d) for d in PLAIN_DTYPES],
    PLAIN_DEVICES,
    [],
    ["layout", PIN, GRAD],
    UNKNOWN,
)

tensor_variants = [
    (["data: _NestedEmpty"], "dtype: None = None", "Float32"),
    (["data: _NestedBool"], "dtype: None = None", "Bool"),
    (["data: _NestedInt"], "dtype: None = None", "Int64"),
    (["data: _NestedFloat"], "dtype: None = None", "Float32"),
    (["data: _NestedComplex"], "dtype: None = None", "Complex64"),
    (["data: Any"], "dtype: _T", "_T"),
    (["data: Any"], "dtype: torch.dtype", "Any"),
    (["data: Any"], "dtype: None = None", "Any"),
]
emit(
    "tensor",
    None,
    tensor_variants,
    PLAIN_DEVICES,
    [],
    [GRAD, PIN],
    UNKNOWN,
    "The dtype follows the data unless given: the widest of bool < int64 < float32 < complex64\n# (float32 for empty data).",
)

LIKE_IN = ["input: Tensor[_D0, _T0, *_S]"]
LIKE_DTYPES = [("dtype: _TL | None = None", "_TL"), ("dtype: torch.dtype", "Any")]


def like(name, extra_head, kw_before, kw_after):
    emit(
        name,
        LIKE_IN + extra_head,
        [(None, *d) for d in LIKE_DTYPES],
        LIKE_DEVICES,
        kw_before,
        kw_after,
        "*_S",
    )
    params = [
        "input: torch.Tensor",
        *extra_head,
        "*",
        *kw_before,
        "dtype: torch.dtype | None = None",
        LAYOUT,
        "device: _OtherDevice | None = None",
        *[p for p in kw_after if p != "layout"],
    ]
    out.append("@overload")
    out.append(f"def {name}({', '.join(params)}) -> Tensor[Any, Any, {UNKNOWN}]: ...")


out.append("")
out.append("# `*_like`: the input's shape, and its device and dtype unless given.")
for name in ("zeros_like", "ones_like", "empty_like"):
    like(name, [], [], ["layout", PIN, GRAD, FMT])
like("full_like", ["fill_value: _Number"], [], ["layout", PIN, GRAD, FMT])
for name in ("rand_like", "randn_like"):
    like(name, [], [GEN], ["layout", PIN, GRAD, FMT])

print("\n".join(out))
