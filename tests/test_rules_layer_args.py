"""Layer constructor rules (`typedtorch._shapes._layer_args`) against torch: a rule raises exactly
when torch raises while building the layer. Also the rules the layer calls added with them:
`softmax2d_shape` and the norms' mixed-precision dtype rule, `norm_params_dtype`."""

from __future__ import annotations

import os
import warnings
from collections.abc import Callable

import pytest
import torch
import torch.nn as nn
from hypothesis import given, settings
from hypothesis import strategies as st

from typedtorch._shapes import RuleError, ShapeMismatch, embedding_shape, sym
from typedtorch._shapes._activations import softmax2d_shape
from typedtorch._shapes._layer_args import (
    conv_config,
    dropout_config,
    embedding_config,
    hardtanh_config,
    multi_margin_config,
    require_sizes,
    triplet_margin_config,
)
from typedtorch._shapes._norms import norm_params_dtype

EXAMPLES = int(os.environ.get("TYPEDTORCH_HYPOTHESIS_EXAMPLES", "100"))

sizes = st.integers(-3, 6)
probabilities = st.sampled_from([-0.5, -0.0, 0.0, 0.3, 1.0, 1.5, 2])


def agree(rule: Callable[[], object], build: Callable[[], object]) -> None:
    """The rule raises exactly when building the layer raises."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            build()
    except (RuntimeError, ValueError, AssertionError, IndexError, ZeroDivisionError):
        with pytest.raises(RuleError):
            rule()
        return
    rule()


@settings(max_examples=EXAMPLES, deadline=None)
@given(sizes, sizes, st.booleans())
def test_linear_sizes_match_torch(n_in: int, n_out: int, bias: bool) -> None:
    agree(
        lambda: require_sizes("Linear", [("in_features", n_in), ("out_features", n_out)]),
        lambda: nn.Linear(n_in, n_out, bias=bias),
    )


@settings(max_examples=EXAMPLES, deadline=None)
@given(
    st.integers(1, 3),
    st.booleans(),
    sizes,
    sizes,
    st.one_of(sizes, st.tuples(sizes, sizes, sizes).map(list)),
    st.integers(-1, 2),
    st.one_of(st.integers(0, 1), st.sampled_from(["same", "valid", "full"])),
    st.integers(-1, 4),
    st.sampled_from(["zeros", "reflect", "circular", "mirror"]),
)
def test_conv_config_matches_torch(
    spatial: int,
    transposed: bool,
    n_in: int,
    n_out: int,
    kernel: int | list[int],
    stride: int,
    padding: int | str,
    groups: int,
    padding_mode: str,
) -> None:
    kernel_size: int | tuple[int, ...] = (
        kernel if isinstance(kernel, int) else tuple(kernel[:spatial])
    )
    name = f"ConvTranspose{spatial}d" if transposed else f"Conv{spatial}d"
    layer = getattr(nn, name)
    agree(
        lambda: conv_config(
            name,
            n_in,
            n_out,
            kernel_size,
            stride,
            padding,
            groups,
            transposed=transposed,
            padding_mode=padding_mode,
        ),
        lambda: layer(
            n_in,
            n_out,
            kernel_size,
            stride=stride,
            padding=padding,
            groups=groups,
            padding_mode=padding_mode,
        ),
    )


@settings(max_examples=EXAMPLES, deadline=None)
@given(
    st.sampled_from(["Dropout", "Dropout1d", "Dropout2d", "Dropout3d", "AlphaDropout"]),
    probabilities,
)
def test_dropout_config_matches_torch(name: str, p: float) -> None:
    agree(lambda: dropout_config(p, name), lambda: getattr(nn, name)(p))


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.booleans(), sizes, sizes, st.one_of(st.none(), st.integers(-8, 8)))
def test_embedding_config_matches_torch(
    bag: bool, rows: int, dim: int, padding_idx: int | None
) -> None:
    layer = nn.EmbeddingBag if bag else nn.Embedding
    agree(
        lambda: embedding_config(rows, dim, padding_idx, layer.__name__),
        lambda: layer(rows, dim, padding_idx=padding_idx),
    )


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.sampled_from([-2.0, -1.0, 0.0, 0.5, 1.0, 3]), st.sampled_from([-1.0, 0.0, 1.0, 6]))
def test_hardtanh_config_matches_torch(low: float, high: float) -> None:
    agree(lambda: hardtanh_config(low, high, "Hardtanh"), lambda: nn.Hardtanh(low, high))


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.integers(-1, 4), st.sampled_from([-1.0, 0.0, 0.5, 2]))
def test_loss_configs_match_torch(p: int, margin: float) -> None:
    agree(lambda: multi_margin_config(p, "MultiMarginLoss"), lambda: nn.MultiMarginLoss(p=p))
    agree(
        lambda: triplet_margin_config(margin, "TripletMarginLoss"),
        lambda: nn.TripletMarginLoss(margin=margin),
    )


def test_symbols_and_unknowns_are_not_checked() -> None:
    n = sym("N")
    require_sizes("Linear", [("in_features", n), ("out_features", n - 5)])
    conv_config("Conv2d", n, n, 3, 1, 0, n, transposed=False)
    conv_config("Conv2d", 3, 8, 3, 1, "same", 1, transposed=False, padding_mode=None)
    dropout_config(None, "Dropout")
    embedding_config(n, 3, 7, "Embedding")
    hardtanh_config(None, 0.0, "Hardtanh")
    triplet_margin_config(None, "TripletMarginLoss")


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.lists(st.integers(1, 3), max_size=6).map(tuple))
def test_softmax2d_matches_torch(shape: tuple[int, ...]) -> None:
    try:
        expected = tuple(nn.Softmax2d()(torch.rand(shape)).shape)
    except ValueError:
        with pytest.raises(RuleError):
            softmax2d_shape(shape)
        return
    assert softmax2d_shape(shape) == expected


_DTYPES = [torch.float16, torch.bfloat16, torch.float32, torch.float64]


@pytest.mark.parametrize("params", _DTYPES, ids=str)
@pytest.mark.parametrize("given_dtype", _DTYPES, ids=str)
@pytest.mark.parametrize(
    "make",
    [
        lambda dtype: nn.BatchNorm1d(3, dtype=dtype),
        lambda dtype: nn.LayerNorm(4, dtype=dtype),
        lambda dtype: nn.GroupNorm(1, 3, dtype=dtype),
        lambda dtype: nn.InstanceNorm1d(3, affine=True, dtype=dtype),
    ],
    ids=["BatchNorm1d", "LayerNorm", "GroupNorm", "InstanceNorm1d"],
)
def test_norm_params_dtype_matches_torch(
    params: torch.dtype, given_dtype: torch.dtype, make: Callable[[torch.dtype], nn.Module]
) -> None:
    name = {t: str(t).removeprefix("torch.") for t in _DTYPES}
    x = torch.rand(2, 3, 4, dtype=given_dtype)
    try:
        out = make(params)(x)
    except RuntimeError:
        with pytest.raises(RuleError):
            norm_params_dtype(name[params], name[given_dtype], "norm")
        return
    assert norm_params_dtype(name[params], name[given_dtype], "norm") == name[out.dtype]


@pytest.mark.parametrize("num_embeddings", [0, 1, 3])
@pytest.mark.parametrize("shape", [(), (0,), (2,), (2, 0), (2, 3)])
def test_embedding_call_with_no_rows_matches_torch(
    num_embeddings: int, shape: tuple[int, ...]
) -> None:
    """`Embedding(0, d)` builds; its call fails on any input with an element (index 0 is valid
    for every other layer)."""
    layer = torch.nn.Embedding(num_embeddings, 4)
    try:
        expected: tuple[int, ...] | None = tuple(layer(torch.zeros(shape, dtype=torch.long)).shape)
    except (RuntimeError, IndexError):
        expected = None
    try:
        actual: tuple[object, ...] | None = embedding_shape(shape, 4, num_embeddings)
    except ShapeMismatch:
        actual = None
    assert actual == expected
