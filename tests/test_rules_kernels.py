"""The per-op dtype kernel table (`typedtorch._shapes._kernels.KERNELS`) against torch: for every
op and every dtype, on a tensor with elements and on an empty one, the table takes the dtype
exactly when torch runs the op."""

from __future__ import annotations

import itertools
import os
import warnings
from collections.abc import Callable
from typing import Any

import pytest
import torch
import torch.nn.functional as F
from hypothesis import given, settings
from hypothesis import strategies as st

from typedtorch._shapes import DTypeMismatch, check_random_dtype, randint_dtype, sym
from typedtorch._shapes._dtypes import DTYPE_NAMES
from typedtorch._shapes._einsum import einsum_dtype
from typedtorch._shapes._kernels import (
    KERNELS,
    check_adaptive_avg_pool,
    check_kernel,
    describe_dtypes,
    kernel_unary_dtype,
)
from typedtorch._shapes._linalg import kron_dtype
from typedtorch._shapes._matmul import matmul_dtype
from typedtorch._shapes._norms import norm_dtype
from typedtorch._shapes._reduce import reduce_dtype
from typedtorch._shapes._sort import sort_dtype

EXAMPLES = int(os.environ.get("TYPEDTORCH_HYPOTHESIS_EXAMPLES", "100"))

_Probe = tuple[Callable[[torch.Tensor], object], tuple[int, ...]]


def _long(x: torch.Tensor) -> torch.Tensor:
    return torch.zeros(x.shape[0], dtype=torch.long)


def _interpolate(mode: str, rank: int) -> _Probe:
    return (lambda x: F.interpolate(x, scale_factor=2, mode=mode), (1, 2, 3, 3, 3)[: rank + 2])


# Each op run the way its hooks see it; the shape's first dim is made 0 for the empty case.
PROBES: dict[str, _Probe] = {
    "arange": (lambda x: torch.arange(x.shape[0], dtype=x.dtype), (3,)),
    "linspace": (lambda x: torch.linspace(0, 1, x.shape[0], dtype=x.dtype), (3,)),
    "neg": (lambda x: -x, (2, 3)),
    "positive": (lambda x: +x, (2, 3)),
    "bitwise_not": (lambda x: ~x, (2, 3)),
    "abs": (torch.abs, (2, 3)),
    "sign": (torch.sign, (2, 3)),
    "square": (torch.square, (2, 3)),
    "floor": (torch.floor, (2, 3)),
    "ceil": (torch.ceil, (2, 3)),
    "round": (torch.round, (2, 3)),
    "trunc": (torch.trunc, (2, 3)),
    "relu": (F.relu, (2, 3)),
    "relu6": (F.relu6, (2, 3)),
    "threshold": (lambda x: F.threshold(x, 0, 1), (2, 3)),
    "hardtanh": (F.hardtanh, (2, 3)),
    "softsign": (F.softsign, (2, 3)),
    "tanhshrink": (F.tanhshrink, (2, 3)),
    "softplus": (F.softplus, (2, 3)),
    "logsigmoid": (F.logsigmoid, (2, 3)),
    "hardswish": (F.hardswish, (2, 3)),
    "hardsigmoid": (F.hardsigmoid, (2, 3)),
    "mish": (F.mish, (2, 3)),
    "softshrink": (F.softshrink, (2, 3)),
    "hardshrink": (F.hardshrink, (2, 3)),
    "celu": (F.celu, (2, 3)),
    "selu": (F.selu, (2, 3)),
    "rrelu": (F.rrelu, (2, 3)),
    "rrelu(training)": (lambda x: F.rrelu(x, training=True), (2, 3)),
    "glu": (F.glu, (2, 4)),
    "gumbel_softmax": (F.gumbel_softmax, (2, 3)),
    "leaky_relu": (F.leaky_relu, (2, 3)),
    "elu": (F.elu, (2, 3)),
    "gelu": (F.gelu, (2, 3)),
    "silu": (F.silu, (2, 3)),
    "softmax": (lambda x: F.softmax(x, -1), (2, 3)),
    "log_softmax": (lambda x: F.log_softmax(x, 0), (2, 3)),
    "layer_norm": (lambda x: F.layer_norm(x, (3,)), (2, 3)),
    "group_norm": (lambda x: F.group_norm(x, 1), (2, 3)),
    "batch_norm": (lambda x: F.batch_norm(x, None, None, training=True), (2, 3)),
    "matmul": (lambda x: x @ x.mT, (2, 2, 3)),
    "mv": (lambda x: torch.mv(x, x.new_ones(3)), (2, 3)),
    "dot": (lambda x: torch.dot(x[:, 0], x[:, 0]), (2, 3)),
    "dropout": (lambda x: F.dropout(x, 0.5, training=True), (2, 3)),
    "conv": (lambda x: F.conv2d(x, x.new_ones(1, 2, 3, 3)), (2, 2, 5, 5)),
    "conv(dilated)": (lambda x: F.conv2d(x, x.new_ones(1, 2, 2, 2), dilation=2), (2, 2, 5, 5)),
    "conv_transpose": (lambda x: F.conv_transpose1d(x, x.new_ones(2, 1, 3)), (2, 2, 5)),
    "avg_pool1d": (lambda x: F.avg_pool1d(x, 1), (2, 2, 3)),
    "avg_pool2d": (lambda x: F.avg_pool2d(x, 1), (2, 2, 2, 3)),
    "avg_pool3d": (lambda x: F.avg_pool3d(x, 1), (2, 2, 2, 2, 3)),
    "max_pool1d": (lambda x: F.max_pool1d(x, 1), (2, 2, 3)),
    "max_pool2d": (lambda x: F.max_pool2d(x, 1), (2, 2, 2, 3)),
    "max_pool3d": (lambda x: F.max_pool3d(x, 1), (2, 2, 2, 2, 3)),
    "adaptive_avg_pool1d": (lambda x: F.adaptive_avg_pool1d(x, 2), (2, 3)),
    "adaptive_avg_pool2d": (lambda x: F.adaptive_avg_pool2d(x, 2), (2, 2, 3)),
    "adaptive_avg_pool3d": (lambda x: F.adaptive_avg_pool3d(x, 2), (2, 2, 2, 3)),
    "adaptive_avg_pool1d(1)": (lambda x: F.adaptive_avg_pool1d(x, 1), (2, 3)),
    "adaptive_avg_pool2d(1)": (lambda x: F.adaptive_avg_pool2d(x, 1), (2, 2, 3)),
    "adaptive_avg_pool3d(1)": (lambda x: F.adaptive_avg_pool3d(x, 1), (2, 2, 2, 3)),
    "adaptive_max_pool1d": (lambda x: F.adaptive_max_pool1d(x, 2), (2, 3)),
    "adaptive_max_pool2d": (lambda x: F.adaptive_max_pool2d(x, 2), (2, 2, 3)),
    "adaptive_max_pool3d": (lambda x: F.adaptive_max_pool3d(x, 2), (2, 2, 2, 3)),
    "interpolate(nearest)": _interpolate("nearest", 2),
    "interpolate(nearest-exact)": _interpolate("nearest-exact", 1),
    "interpolate(bilinear)": _interpolate("bilinear", 2),
    "interpolate(bicubic)": _interpolate("bicubic", 2),
    "interpolate(linear)": _interpolate("linear", 1),
    "interpolate(trilinear)": _interpolate("trilinear", 3),
    "interpolate(area)": _interpolate("area", 2),
    "cross_entropy": (lambda x: F.cross_entropy(x, _long(x)), (2, 3)),
    "nll_loss": (lambda x: F.nll_loss(x, _long(x)), (2, 3)),
    "binary_cross_entropy": (lambda x: F.binary_cross_entropy(x, x), (2, 3)),
    "kl_div": (lambda x: F.kl_div(x, x, reduction="sum"), (2, 3)),
}


def _tensor(dtype: str, shape: tuple[int, ...]) -> torch.Tensor:
    return torch.ones(shape).to(getattr(torch, dtype))


def _runs(op: str, dtype: str, empty: bool) -> bool:
    run, shape = PROBES[op]
    if empty:
        shape = (0, *shape[1:])
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            run(_tensor(dtype, shape))
    except (RuntimeError, NotImplementedError, TypeError):
        return False
    return True


def test_every_kernel_is_probed() -> None:
    assert set(PROBES) == set(KERNELS)


@pytest.mark.parametrize("op", sorted(KERNELS))
@pytest.mark.parametrize("empty", [False, True])
def test_table_is_torchs(op: str, empty: bool) -> None:
    run, shape = PROBES[op]
    shape = (0, *shape[1:]) if empty else shape
    for dtype in DTYPE_NAMES:
        torch_runs = _runs(op, dtype, empty)
        try:
            check_kernel(op, dtype, shape)
        except DTypeMismatch as err:
            assert not torch_runs, f"{op} on {dtype}: torch runs it, the table says {err}"
            assert dtype in str(err) and op in str(err)
        else:
            # complex32 has almost no kernels: an empty one fails before the dtype matters.
            assert torch_runs or (empty and dtype == "complex32"), (
                f"{op} on {dtype} {shape}: torch fails, the table takes it"
            )


def test_messages() -> None:
    with pytest.raises(
        DTypeMismatch,
        match=r'"silu": expected a floating point or complex tensor, got int64 \(convert it with \.float\(\)\)',
    ):
        check_kernel("silu", "int64")
    with pytest.raises(
        DTypeMismatch, match=r'"nn.ReLU\(\)": expected a floating point or integer tensor, got bool'
    ):
        check_kernel("relu", "bool", (2,), shown="nn.ReLU()")
    with pytest.raises(
        DTypeMismatch,
        match=r'"neg": expected a non-bool tensor, got bool \(to invert a mask, use ~ or logical_not\(\)\)$',
    ):
        check_kernel("neg", "bool")
    assert describe_dtypes(KERNELS["avg_pool3d"].dtypes) == "float32, float64 or int64"
    check_kernel("softmax", "int64", (0, 3))  # torch skips the kernel on 0 elements
    with pytest.raises(DTypeMismatch):
        check_kernel("layer_norm", "int64", (0, 3))


# -- result dtypes and the checks torch skips ---------------------------------------------------

_UNARY: dict[str, Callable[[torch.Tensor], torch.Tensor]] = {
    "abs": torch.abs,
    "sign": torch.sign,
    "square": torch.square,
    "floor": torch.floor,
    "ceil": torch.ceil,
    "round": torch.round,
    "trunc": torch.trunc,
    "relu": torch.relu,
}


@pytest.mark.parametrize("op", sorted(_UNARY))
def test_unary_dtype(op: str) -> None:
    """`kernel_unary_dtype` gives torch's dtype, and raises exactly when torch does."""
    for dtype in DTYPE_NAMES:
        try:
            expected: str | None = str(_UNARY[op](_tensor(dtype, (2,))).dtype).removeprefix(
                "torch."
            )
        except (RuntimeError, NotImplementedError):
            expected = None
        if expected is None:
            with pytest.raises(DTypeMismatch):
                kernel_unary_dtype(op, dtype)
        else:
            assert kernel_unary_dtype(op, dtype) == expected, (op, dtype)


_SELECTIONS: dict[str, Callable[[torch.Tensor], object]] = {
    "amax": lambda x: x.amax(-1),
    "amin": lambda x: x.amin(-1),
    "cummax": lambda x: x.cummax(-1),
    "cummin": lambda x: x.cummin(-1),
    "median()": lambda x: x.median(),
    "nanmedian()": lambda x: x.nanmedian(),
    "kthvalue": lambda x: x.kthvalue(1, -1),
    "mode": lambda x: x.mode(-1),
    "median": lambda x: x.median(-1),
    "max": lambda x: x.max(-1),
    "argmax": lambda x: x.argmax(-1),
}
_SORT_RULE = {"median()", "nanmedian()", "kthvalue", "mode", "median"}


@pytest.mark.parametrize("op", sorted(_SELECTIONS))
@pytest.mark.parametrize("shape", [(2, 3), (0, 3), ()], ids=["full", "empty", "0-dim"])
def test_selection_dtype_checks(op: str, shape: tuple[int, ...]) -> None:
    """`reduce_dtype`/`sort_dtype` with the input's shape raise exactly when torch does: torch
    skips the dtype check of some of them on an empty or 0-dim input."""
    for dtype in ("bool", "int64", "float32", "complex64"):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                _SELECTIONS[op](_tensor(dtype, shape))
            runs = True
        except (RuntimeError, NotImplementedError, IndexError):
            runs = False
        rule = sort_dtype if op in _SORT_RULE else reduce_dtype
        try:
            rule(op, dtype, shape)
        except DTypeMismatch:
            assert not runs, (op, dtype, shape)
        else:
            assert runs, (op, dtype, shape)


_NORMS: dict[str, Callable[..., torch.Tensor]] = {
    "batch_norm": lambda x, p: F.batch_norm(x, p, p.clone(), p.clone(), p.clone(), training=True),
    "layer_norm": lambda x, p: F.layer_norm(x.mT, (3,), p, p.clone()),
    "group_norm": lambda x, p: F.group_norm(x, 1, p, p.clone()),
}


@pytest.mark.parametrize("op", sorted(_NORMS))
@pytest.mark.parametrize("empty", [False, True])
def test_norm_dtype(op: str, empty: bool) -> None:
    """`norm_dtype` over every input and parameter dtype: torch's dtype, or its error."""
    params = (
        ("running_mean", "running_var", "weight", "bias")
        if op == "batch_norm"
        else ("weight", "bias")
    )
    for dtype in DTYPE_NAMES:
        for param in ("float16", "bfloat16", "float32", "float64"):
            if empty and dtype == "complex32":
                continue  # torch fails on it before any dtype check
            x = _tensor(dtype, (0, 3, 2) if empty else (2, 3, 2))
            try:
                expected: str | None = str(_NORMS[op](x, _tensor(param, (3,))).dtype)[6:]
            except (RuntimeError, NotImplementedError):
                expected = None
            if expected is None:
                with pytest.raises(DTypeMismatch):
                    norm_dtype(op, dtype, [(p, param) for p in params], empty)
            else:
                assert norm_dtype(op, dtype, [(p, param) for p in params], empty) == expected


_PRODUCT_SHAPES = [
    ("mm", (2, 3), (3, 2)),
    ("mm", (0, 3), (3, 2)),
    ("bmm", (2, 2, 3), (2, 3, 2)),
    ("bmm", (0, 2, 3), (0, 3, 2)),
    ("mv", (2, 3), (3,)),
    ("mv", (0, 3), (3,)),
    ("dot", (3,), (3,)),
    ("dot", (0,), (0,)),
    ("matmul", (2, 3), (3,)),
    ("matmul", (3,), (3,)),
    ("matmul", (2, 2, 3), (3, 2)),
    ("matmul", (0, 2, 3), (3, 2)),
    ("matmul", (2, 3), (0, 3, 2)),
    ("matmul", (0,), (0, 2)),
]


@pytest.mark.parametrize(("op", "a_shape", "b_shape"), _PRODUCT_SHAPES)
def test_matmul_dtype(op: str, a_shape: tuple[int, ...], b_shape: tuple[int, ...]) -> None:
    for a, b in itertools.product(("bool", "int32", "float32", "float64", "complex64"), repeat=2):
        try:
            expected: str | None = str(
                getattr(torch, op)(_tensor(a, a_shape), _tensor(b, b_shape)).dtype
            )[6:]
        except (RuntimeError, NotImplementedError):
            expected = None
        if expected is None:
            with pytest.raises(DTypeMismatch):
                matmul_dtype(op, a, b, a_shape, b_shape)
        else:
            assert matmul_dtype(op, a, b, a_shape, b_shape) == expected, (a, b)


@settings(max_examples=EXAMPLES * 4, deadline=None)
@given(
    terms=st.lists(st.text("abcd", max_size=3), min_size=1, max_size=3),
    arrow=st.booleans(),
    out_seed=st.randoms(use_true_random=False),
    sizes=st.fixed_dictionaries({c: st.sampled_from([0, 1, 2, 3]) for c in "abcd"}),
    dtypes=st.lists(
        st.sampled_from(["bool", "int32", "int64", "float16", "float32", "float64"]),
        min_size=3,
        max_size=3,
    ),
)
def test_einsum_dtype(
    terms: list[str], arrow: bool, out_seed: Any, sizes: dict[str, int], dtypes: list[str]
) -> None:
    """`einsum_dtype` is torch's dtype where it answers, and raises only where torch does."""
    used = sorted(set("".join(terms)))
    output = "".join(out_seed.sample(used, out_seed.randint(0, len(used))))
    equation = ",".join(terms) + (f"->{output}" if arrow else "")
    names = dtypes[: len(terms)]
    operands = [_tensor(d, tuple(sizes[c] for c in t)) for t, d in zip(terms, names, strict=True)]
    try:
        expected: str | None = str(torch.einsum(equation, *operands).dtype)[6:]
    except RuntimeError:
        expected = None
    try:
        got = einsum_dtype(equation, names, [tuple(o.shape) for o in operands])
    except DTypeMismatch:
        assert expected is None, equation
        return
    if got is not None:
        assert got == expected, (equation, names)


def test_einsum_dtype_cases() -> None:
    assert einsum_dtype("ij->i", ["bool"], [(2, 3)]) == "int64"
    assert einsum_dtype("ij->ji", ["int8"], [(2, 3)]) == "int8"
    assert einsum_dtype("ii->i", ["int8"], [(2, 2)]) == "int8"
    assert einsum_dtype("ij,ij->ij", ["float32", "int64"], [(2, 3), (2, 3)]) == "float32"
    assert einsum_dtype("ij,jk->ik", ["float16", "float16"], [(2, 3), (3, 2)]) == "float16"
    assert einsum_dtype("ij,kj->", ["bool", "bool"], [(2, 3), (2, 3)]) == "int64"
    # Three operands may take opt_einsum's path; an empty contraction is not modelled.
    assert einsum_dtype("i,i,i->", ["int32", "float32", "int64"], [(2,), (2,), (2,)]) is None
    assert einsum_dtype("ij,jk->ik", ["int32", "float32"], [(2, 0), (0, 2)]) is None
    with pytest.raises(DTypeMismatch, match="subscript j"):
        einsum_dtype("ij,jk->ik", ["float16", "float32"], [(2, 3), (3, 2)])


def test_einsum_dtype_symbolic() -> None:
    """A symbolic size is tried as 1 and as more: the answer all agree on, checked on each."""
    n = sym("N")
    for size in (1, 2, 3):
        a, b = torch.ones(1, 4).half(), torch.ones(4, size)
        with pytest.raises(RuntimeError):
            torch.einsum("ac,cz->az", a, b)
        assert torch.einsum("ac,cz->az", a, b.half()).dtype == torch.float16
        assert torch.einsum("ab->a", torch.ones(size, 2, dtype=torch.int8)).dtype == torch.int64
    with pytest.raises(DTypeMismatch):
        einsum_dtype("ac,cz->az", ["float16", "float32"], [(1, 4), (4, n)])
    assert einsum_dtype("ac,cz->az", ["float16", "float16"], [(1, 4), (4, n)]) == "float16"
    assert einsum_dtype("ab->a", ["int8"], [(n, 2)]) == "int64"
    h = sym("H")
    with pytest.raises(DTypeMismatch):  # 2 * N and H + 1 are never 1: a product of size > 1
        einsum_dtype("ab,bz->az", ["float32", "bfloat16"], [(h + 1, 2 * n), (2 * n, h)])


@pytest.mark.parametrize("dtype", [d for d in DTYPE_NAMES if d != "complex32"])
def test_randint_dtype(dtype: str) -> None:
    for low, high in [
        (0, 2),
        (0, 3),
        (-1, 1),
        (0, 256),
        (0, 257),
        (-129, 0),
        (0, 32768),
        (0, 65505),
        (0, 70000),
    ]:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                torch.randint(low, high, (2,), dtype=getattr(torch, dtype))
            runs = True
        except RuntimeError:
            runs = False
        try:
            randint_dtype(low, high, dtype)
        except DTypeMismatch:
            assert not runs, (low, high, dtype)
        else:
            assert runs, (low, high, dtype)


def test_kron_dtype() -> None:
    for a, b in itertools.product([d for d in DTYPE_NAMES if d != "complex32"], repeat=2):
        for a_shape, b_shape in [((), (2,)), ((2,), ()), ((2,), (2,))]:
            out = torch.kron(_tensor(a, a_shape), _tensor(b, b_shape)).dtype
            assert f"torch.{kron_dtype(a, b)}" == str(out), (a, b, a_shape, b_shape)


def test_randn_empty() -> None:
    check_random_dtype("randn", "int64", empty=True)
    assert torch.randn(0, dtype=torch.int64).dtype == torch.int64
    with pytest.raises(DTypeMismatch):
        check_random_dtype("rand", "int64", empty=True)
    with pytest.raises(RuntimeError):
        torch.rand(0, dtype=torch.int64)


@pytest.mark.parametrize("sizes", [(1,), (2,), None])
def test_adaptive_avg_pool(sizes: tuple[int, ...] | None) -> None:
    """With the output size unknown, only a dtype both of torch's paths reject is an error."""
    for dtype in ("int64", "float32", "complex64"):
        for shape in ((2, 3, 4), (0, 3, 4)):
            outcomes = set()
            for size in (sizes or (1, 2)) if sizes else (1, 2):
                try:
                    F.adaptive_avg_pool1d(_tensor(dtype, shape), size)
                    outcomes.add(True)
                except (RuntimeError, NotImplementedError):
                    outcomes.add(False)
            try:
                check_adaptive_avg_pool("adaptive_avg_pool1d", dtype, sizes, shape)
            except DTypeMismatch:
                assert outcomes == {False}, (dtype, shape, sizes)
            else:
                assert True in outcomes, (dtype, shape, sizes)


def test_adaptive_avg_pool_empty_output() -> None:
    assert F.adaptive_avg_pool2d(_tensor("int8", (1, 1, 1)), 0).shape == (1, 0, 0)
    check_adaptive_avg_pool("adaptive_avg_pool2d", "int8", (0, 0), (1, 1, 1))
    with pytest.raises(DTypeMismatch):
        check_adaptive_avg_pool("adaptive_avg_pool2d", "int8", (2, 2), (1, 1, 1))
