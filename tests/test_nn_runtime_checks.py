"""`typedtorch.nn.runtime_checks()`: typed layers check their input (and output) while it is on."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import torch

import typedtorch.nn as tnn
from typedtorch import TensorTypeError
from typedtorch.nn import _runtime_checks


@pytest.fixture(autouse=True)
def _checks_off_after() -> Iterator[None]:
    # A failing test must not leave global hooks behind for the rest of the suite.
    yield
    tnn.disable_runtime_checks()


# (id, layer factory, good input, bad input, message the bad input raises)
Case = tuple[str, Callable[[], torch.nn.Module], Callable[[], Any], Callable[[], Any], str]


def _lit(text: str) -> str:
    return re.escape(text)


CASES: list[Case] = [
    (
        "Linear",
        lambda: tnn.Linear(784, 10),
        lambda: torch.randn(32, 784),
        lambda: torch.randn(32, 780),
        _lit(
            '"Linear(in_features=784, out_features=10, bias=True)" expects last dim 784, '
            "got 780 in input [32, 780]"
        ),
    ),
    (
        "Conv1d",
        lambda: tnn.Conv1d(3, 4, 3, padding=1),
        lambda: torch.randn(2, 3, 9),
        lambda: torch.randn(2, 5, 9),
        _lit("expects 3 input channels (dim 1), got 5 in input [2, 5, 9]"),
    ),
    (
        "Conv2d",
        lambda: tnn.Conv2d(3, 4, 3, stride=2),
        lambda: torch.randn(2, 3, 9, 9),
        lambda: torch.randn(2, 3, 2, 2),
        _lit('"conv2d": kernel size (3 x 3) can\'t be greater than the padded input size'),
    ),
    (
        "Conv2d-groups",
        lambda: tnn.Conv2d(4, 6, 3, groups=2, padding="same"),
        lambda: torch.randn(4, 7, 7),
        lambda: torch.randn(3, 7, 7),
        _lit("expects 4 input channels (dim 0), got 3 in input [3, 7, 7]"),
    ),
    (
        "Conv3d",
        lambda: tnn.Conv3d(2, 4, 2),
        lambda: torch.randn(1, 2, 4, 4, 4),
        lambda: torch.randn(2, 4, 4),
        _lit('Expected 4-D (unbatched) or 5-D (batched) input to "conv3d"'),
    ),
    (
        "ConvTranspose1d",
        lambda: tnn.ConvTranspose1d(3, 4, 3),
        lambda: torch.randn(2, 3, 5),
        lambda: torch.randn(2, 4, 5),
        _lit("expects 3 input channels (dim 1), got 4 in input [2, 4, 5]"),
    ),
    (
        "ConvTranspose2d",
        lambda: tnn.ConvTranspose2d(3, 4, 2, stride=2, output_padding=1),
        lambda: torch.randn(1, 3, 4, 4),
        lambda: torch.randn(3, 4),
        _lit('input to "conv_transpose2d", but got input of shape [3, 4]'),
    ),
    (
        "ConvTranspose3d",
        lambda: tnn.ConvTranspose3d(2, 3, 2, groups=1),
        lambda: torch.randn(1, 2, 3, 3, 3),
        lambda: torch.randn(1, 1, 3, 3, 3),
        _lit("expects 2 input channels (dim 1), got 1 in input [1, 1, 3, 3, 3]"),
    ),
    (
        "MaxPool1d",
        lambda: tnn.MaxPool1d(3),
        lambda: torch.randn(2, 3, 9),
        lambda: torch.randn(2, 3, 2),
        _lit('"max_pool1d": input [2, 3, 2] is too small for kernel_size=(3,)'),
    ),
    (
        "MaxPool2d-indices",
        lambda: tnn.MaxPool2d(2, stride=1, return_indices=True, ceil_mode=True),
        lambda: torch.randn(2, 3, 5, 5),
        lambda: torch.randn(3, 5),
        _lit('input to "max_pool2d", but got input of shape [3, 5]'),
    ),
    (
        "MaxPool3d",
        lambda: tnn.MaxPool3d(2, dilation=2),
        lambda: torch.randn(1, 2, 6, 6, 6),
        lambda: torch.randn(1, 2, 2, 6, 6),
        _lit('"max_pool3d": input [1, 2, 2, 6, 6] is too small'),
    ),
    (
        "AvgPool1d",
        lambda: tnn.AvgPool1d(2, padding=1),
        lambda: torch.randn(2, 3, 9),
        lambda: torch.randn(2, 3, 9, 9),
        _lit('input to "avg_pool1d", but got input of shape [2, 3, 9, 9]'),
    ),
    (
        "AvgPool2d",
        lambda: tnn.AvgPool2d((2, 3)),
        lambda: torch.randn(2, 3, 8, 9),
        lambda: torch.randn(2, 3, 8, 2),
        _lit('"avg_pool2d": input [2, 3, 8, 2] is too small for kernel_size=(2, 3)'),
    ),
    (
        "AvgPool3d",
        lambda: tnn.AvgPool3d(2),
        lambda: torch.randn(1, 2, 4, 4, 4),
        lambda: torch.randn(1, 2, 1, 4, 4),
        _lit('"avg_pool3d": input [1, 2, 1, 4, 4] is smaller than kernel_size=(2, 2, 2)'),
    ),
    (
        "AdaptiveAvgPool1d",
        lambda: tnn.AdaptiveAvgPool1d(4),
        lambda: torch.randn(2, 3, 9),
        lambda: torch.randn(2, 3, 9, 9),
        _lit('input to "adaptive_avg_pool1d"'),
    ),
    (
        "AdaptiveAvgPool2d",
        lambda: tnn.AdaptiveAvgPool2d((None, 2)),
        lambda: torch.randn(2, 3, 5, 7),
        lambda: torch.randn(2, 3, 0, 7),
        _lit('"adaptive_avg_pool2d" expects non-zero sizes'),
    ),
    (
        "AdaptiveAvgPool3d",
        lambda: tnn.AdaptiveAvgPool3d(2),
        lambda: torch.randn(1, 2, 4, 5, 6),
        lambda: torch.randn(4, 5, 6),
        _lit('input to "adaptive_avg_pool3d", but got input of shape [4, 5, 6]'),
    ),
    (
        "AdaptiveMaxPool1d",
        lambda: tnn.AdaptiveMaxPool1d(3, return_indices=True),
        lambda: torch.randn(2, 3, 9),
        lambda: torch.randn(9),
        _lit('input to "adaptive_max_pool1d", but got input of shape [9]'),
    ),
    (
        "AdaptiveMaxPool2d",
        lambda: tnn.AdaptiveMaxPool2d(2),
        lambda: torch.randn(3, 5, 7),
        lambda: torch.randn(2, 0, 5, 7),
        _lit('"adaptive_max_pool2d" expects non-zero sizes'),
    ),
    (
        "AdaptiveMaxPool3d",
        lambda: tnn.AdaptiveMaxPool3d((1, 2, 3)),
        lambda: torch.randn(1, 2, 4, 5, 6),
        lambda: torch.randn(2, 4, 5, 6, 7, 8),
        _lit('input to "adaptive_max_pool3d"'),
    ),
    (
        "BatchNorm1d",
        lambda: tnn.BatchNorm1d(4),
        lambda: torch.randn(3, 4, 5),
        lambda: torch.randn(3, 5),
        _lit(
            '"BatchNorm1d(4, eps=1e-05, momentum=0.1, affine=True, bias=True, track_running_stats=True)" '
            "expects 4 channels (dim 1), got 5 in input [3, 5]"
        ),
    ),
    (
        "BatchNorm2d",
        lambda: tnn.BatchNorm2d(3),
        lambda: torch.randn(2, 3, 4, 4),
        lambda: torch.randn(2, 3, 4),
        _lit("expects a 4-D input, got 3-D input [2, 3, 4]"),
    ),
    (
        "BatchNorm3d",
        lambda: tnn.BatchNorm3d(2).eval(),
        lambda: torch.randn(1, 2, 2, 2, 2),
        lambda: torch.randn(1, 3, 2, 2, 2),
        _lit("expects 2 channels (dim 1), got 3 in input [1, 3, 2, 2, 2]"),
    ),
    (
        "LayerNorm",
        lambda: tnn.LayerNorm((4, 5)),
        lambda: torch.randn(2, 3, 4, 5),
        lambda: torch.randn(2, 3, 5, 4),
        _lit(
            '"LayerNorm((4, 5), eps=1e-05, elementwise_affine=True, bias=True)" expects input [*, 4, 5], '
            "got [2, 3, 5, 4]"
        ),
    ),
    (
        "GroupNorm",
        lambda: tnn.GroupNorm(2, 6),
        lambda: torch.randn(3, 6, 4),
        lambda: torch.randn(3, 4, 4),
        _lit(
            '"GroupNorm(2, 6, eps=1e-05, affine=True, bias=True)" expects 6 channels (dim 1), got 4'
        ),
    ),
    (
        "Embedding",
        lambda: tnn.Embedding(10, 3),
        lambda: torch.randint(0, 10, (2, 5)),
        lambda: torch.randn(2, 5),
        _lit('"Embedding(10, 3)" expects integer indices (int64 or int32), got a float32 input'),
    ),
    (
        "Flatten",
        lambda: tnn.Flatten(1, 2),
        lambda: torch.randn(2, 3, 4, 5),
        lambda: torch.randn(2, 3),
        _lit('"Flatten(start_dim=1, end_dim=2)": Dimension out of range for "flatten"'),
    ),
    (
        "Unflatten",
        lambda: tnn.Unflatten(1, (2, 6)),
        lambda: torch.randn(2, 12),
        lambda: torch.randn(2, 10),
        _lit('"unflatten"'),
    ),
]
IDS = [case[0] for case in CASES]


def _same(a: Any, b: Any) -> None:
    if isinstance(a, tuple):
        assert isinstance(b, tuple) and len(a) == len(b)
        for x, y in zip(a, b, strict=True):
            _same(x, y)
    else:
        assert torch.equal(a, b)


@pytest.mark.parametrize(("name", "make", "good", "bad", "message"), CASES, ids=IDS)
def test_good_input_passes_and_output_is_unchanged(
    name: str,
    make: Callable[[], torch.nn.Module],
    good: Callable[[], Any],
    bad: Callable[[], Any],
    message: str,
) -> None:
    torch.manual_seed(0)
    layer = make().eval()
    x = good()
    expected = layer(x)
    with tnn.runtime_checks():
        actual = layer(x)
    _same(actual, expected)


@pytest.mark.parametrize(("name", "make", "good", "bad", "message"), CASES, ids=IDS)
def test_bad_input_raises_ours_before_torch(
    name: str,
    make: Callable[[], torch.nn.Module],
    good: Callable[[], Any],
    bad: Callable[[], Any],
    message: str,
) -> None:
    layer = make()
    x = bad()
    # Without checks torch itself rejects the input (else the case tests nothing) ...
    with pytest.raises(Exception) as plain:  # noqa: PT011
        layer(x)
    assert not isinstance(plain.value, TensorTypeError)
    # ... with checks ours comes first, from the pre-hook (the forward is never entered).
    with tnn.runtime_checks(), pytest.raises(TensorTypeError, match=message) as ours:
        layer(x)
    assert "forward" not in [frame.name for frame in ours.traceback]
    # After the block the hooks are gone: torch's error again.
    with pytest.raises(Exception) as after:  # noqa: PT011
        layer(x)
    assert not isinstance(after.value, TensorTypeError)
    assert type(after.value) is type(plain.value)


def test_message_names_layer_and_shapes() -> None:
    with tnn.runtime_checks(), pytest.raises(TensorTypeError) as err:
        tnn.Linear(784, 10)(torch.randn(32, 780))
    assert str(err.value) == (
        '"Linear(in_features=784, out_features=10, bias=True)" expects last dim 784, '
        "got 780 in input [32, 780]"
    )
    assert isinstance(err.value, TypeError)


def test_dtype_mismatch() -> None:
    layer = tnn.Linear(4, 2)
    with (
        tnn.runtime_checks(),
        pytest.raises(
            TensorTypeError,
            match=_lit("expects a float32 input (the dtype of its parameters), got float64"),
        ),
    ):
        layer(torch.randn(3, 4, dtype=torch.float64))


def test_device_mismatch() -> None:
    layer = tnn.Conv1d(2, 3, 1).to("meta")
    with (
        tnn.runtime_checks(),
        pytest.raises(
            TensorTypeError,
            match=_lit(
                "expects an input on meta (the device of its parameters), got an input on cpu"
            ),
        ),
    ):
        layer(torch.randn(1, 2, 4))


def test_plain_torch_layers_are_not_checked() -> None:
    with tnn.runtime_checks(), pytest.raises(RuntimeError) as err:
        torch.nn.Linear(784, 10)(torch.randn(32, 780))
    assert not isinstance(err.value, TensorTypeError)


def test_typed_layers_inside_plain_containers_are_checked() -> None:
    model = torch.nn.Sequential(tnn.Flatten(), tnn.Linear(12, 4), torch.nn.ReLU(), tnn.Linear(5, 2))
    with (
        tnn.runtime_checks(),
        pytest.raises(TensorTypeError, match=_lit("expects last dim 5, got 4")),
    ):
        model(torch.randn(2, 3, 4))


def test_switches() -> None:
    assert not tnn.runtime_checks_enabled()
    tnn.enable_runtime_checks()
    tnn.enable_runtime_checks()  # idempotent: one pair of hooks
    assert len(_runtime_checks._handles) == 2
    with tnn.runtime_checks():
        pass
    # Already on when the block started: still on after it.
    assert tnn.runtime_checks_enabled()
    tnn.disable_runtime_checks()
    assert not tnn.runtime_checks_enabled()
    with pytest.raises(RuntimeError):
        tnn.Linear(3, 2)(torch.randn(2, 4))


def test_hooks_removed_when_the_block_raises() -> None:
    with pytest.raises(TensorTypeError), tnn.runtime_checks():
        tnn.Linear(3, 2)(torch.randn(2, 4))
    assert not tnn.runtime_checks_enabled()
    assert not torch.nn.modules.module._global_forward_pre_hooks


def test_conv_transpose_output_size_is_not_checked() -> None:
    # `output_size` changes the output padding; the call is left to torch.
    layer = tnn.ConvTranspose2d(3, 4, 2, stride=2)
    x = torch.randn(1, 3, 4, 4)
    with tnn.runtime_checks():
        out = layer(x, output_size=(9, 9))
        assert out.shape == (1, 4, 9, 9)
        out = layer(x, (9, 9))
        assert out.shape == (1, 4, 9, 9)


def test_wrong_rule_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    # A rule that disagrees with torch is a typedtorch bug: the post-hook says so.
    monkeypatch.setitem(_runtime_checks._RULES, tnn.Flatten, lambda m, label, x: (x[0], 99))
    with (
        tnn.runtime_checks(),
        pytest.raises(
            TensorTypeError,
            match=_lit(
                "returned shape [2, 12] for input [2, 3, 4], but typedtorch's shape rule computed [2, 99]"
            ),
        ),
    ):
        tnn.Flatten()(torch.randn(2, 3, 4))
