"""`typedtorch.nn.runtime_checks()`: typed layers check their input (and output) while it is on."""

from __future__ import annotations

import importlib.util
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import torch

import typedtorch.nn as tnn
from typedtorch import TensorTypeError
from typedtorch.nn import _runtime_checks, _runtime_rules


@pytest.fixture(autouse=True)
def _checks_off_after() -> Iterator[None]:
    # A failing test must not leave global hooks behind for the rest of the suite.
    yield
    tnn.disable_runtime_checks()


class Args:
    """Several arguments for one layer call (a case's input is otherwise the one argument)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args, self.kwargs = args, kwargs


def _call(layer: torch.nn.Module, x: Any) -> Any:
    if isinstance(x, Args):
        return layer(*x.args, **x.kwargs)
    return layer(x)


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
        # torch's repr shows `bias=True` from the version that added the argument on.
        _lit('"BatchNorm1d(4, eps=1e-05, momentum=0.1, affine=True, ')
        + "(bias=True, )?"
        + _lit('track_running_stats=True)" expects 4 channels (dim 1), got 5 in input [3, 5]'),
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
        _lit('"LayerNorm((4, 5), eps=1e-05, elementwise_affine=True')
        + "(, bias=True)?"
        + _lit(')" expects input [*, 4, 5], got [2, 3, 5, 4]'),
    ),
    (
        "GroupNorm",
        lambda: tnn.GroupNorm(2, 6),
        lambda: torch.randn(3, 6, 4),
        lambda: torch.randn(3, 4, 4),
        _lit('"GroupNorm(2, 6, eps=1e-05, affine=True')
        + "(, bias=True)?"
        + _lit(')" expects 6 channels (dim 1), got 4'),
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
CASES += [
    (
        "Bilinear",
        lambda: tnn.Bilinear(3, 4, 5),
        lambda: Args(torch.randn(2, 3), torch.randn(2, 4)),
        lambda: Args(torch.randn(2, 3), torch.randn(2, 5)),
        _lit("expects input2 last dim 4, got 5 in [2, 5]"),
    ),
    (
        "PReLU",
        lambda: tnn.PReLU(3),
        lambda: torch.randn(2, 3, 4),
        lambda: torch.randn(2, 4, 4),
        _lit('"PReLU(num_parameters=3)" expects 3 channels (dim 1), got 4 in input [2, 4, 4]'),
    ),
    (
        "Softmax",
        lambda: tnn.Softmax(dim=2),
        lambda: torch.randn(2, 3, 4),
        lambda: torch.randn(2, 3),
        _lit('Dimension out of range for "Softmax(dim=2)"'),
    ),
    (
        "LogSoftmax",
        lambda: tnn.LogSoftmax(dim=-3),
        lambda: torch.randn(2, 3, 4),
        lambda: torch.randn(2, 3),
        _lit('Dimension out of range for "LogSoftmax(dim=-3)"'),
    ),
    (
        "Upsample",
        lambda: tnn.Upsample(scale_factor=2, mode="bilinear"),
        lambda: torch.randn(1, 2, 3, 3),
        lambda: torch.randn(1, 2, 3),
        _lit('"Upsample(scale_factor=2.0, mode=\'bilinear\')": "interpolate"'),
    ),
    (
        "RNN",
        lambda: tnn.RNN(4, 8, 2),
        lambda: torch.randn(5, 3, 4),
        lambda: torch.randn(5, 3, 5),
        _lit('"RNN(4, 8, num_layers=2)" expects input_size 4 (last dim), got 5'),
    ),
    (
        "LSTM-batch_first-state-layout",
        lambda: tnn.LSTM(4, 8, batch_first=True),
        lambda: Args(torch.randn(3, 5, 4), (torch.zeros(1, 3, 8), torch.zeros(1, 3, 8))),
        lambda: Args(torch.randn(3, 5, 4), (torch.zeros(3, 1, 8), torch.zeros(3, 1, 8))),
        _lit(
            '"LSTM(4, 8, batch_first=True)" expects h_0 of shape [1, 3, 8] (num_layers * '
            "num_directions, batch, hidden); this layout holds even with batch_first=True, "
            "got [3, 1, 8]"
        ),
    ),
    (
        "GRU-bidirectional",
        lambda: tnn.GRU(4, 8, bidirectional=True),
        lambda: Args(torch.randn(5, 3, 4), torch.zeros(2, 3, 8)),
        lambda: Args(torch.randn(5, 3, 4), torch.zeros(1, 3, 8)),
        _lit("expects h_0 of shape [2, 3, 8]"),
    ),
    (
        "RNNCell",
        lambda: tnn.RNNCell(4, 8),
        lambda: torch.randn(3, 4),
        lambda: torch.randn(3, 5),
        _lit('"RNNCell(4, 8)" expects input_size 4 (last dim), got 5 in input [3, 5]'),
    ),
    (
        "LSTMCell",
        lambda: tnn.LSTMCell(4, 8),
        lambda: Args(torch.randn(3, 4), (torch.zeros(3, 8), torch.zeros(3, 8))),
        lambda: Args(torch.randn(3, 4), (torch.zeros(2, 8), torch.zeros(2, 8))),
        _lit('"LSTMCell(4, 8)" expects hx of shape [3, 8] (batch, hidden_size), got [2, 8]'),
    ),
    (
        "GRUCell",
        lambda: tnn.GRUCell(4, 8),
        lambda: Args(torch.randn(3, 4), torch.zeros(3, 8)),
        lambda: Args(torch.randn(3, 4), torch.zeros(3, 7)),
        _lit("expects hx of shape [3, 8] (batch, hidden_size), got [3, 7]"),
    ),
    (
        "MultiheadAttention",
        lambda: tnn.MultiheadAttention(8, 2),
        lambda: Args(torch.randn(5, 3, 8), torch.randn(6, 3, 8), torch.randn(6, 3, 8)),
        lambda: Args(torch.randn(5, 3, 8), torch.randn(6, 4, 8), torch.randn(6, 4, 8)),
        _lit('"MultiheadAttention(8, 2)"'),
    ),
    (
        "MultiheadAttention-mask",
        lambda: tnn.MultiheadAttention(8, 2, batch_first=True),
        lambda: Args(torch.randn(3, 5, 8), torch.randn(3, 6, 8), torch.randn(3, 6, 8)),
        lambda: Args(
            torch.randn(3, 5, 8), torch.randn(3, 6, 8), torch.randn(3, 6, 8), torch.ones(3, 5) > 0
        ),
        _lit("expects key_padding_mask of shape [3, 6]"),
    ),
    (
        "TransformerEncoderLayer",
        lambda: tnn.TransformerEncoderLayer(8, 2, 16, dropout=0.0),
        lambda: torch.randn(5, 3, 8),
        lambda: torch.randn(5, 3, 6),
        _lit('"TransformerEncoderLayer(8, 2)"'),
    ),
    (
        "TransformerEncoder-mask",
        lambda: tnn.TransformerEncoder(
            tnn.TransformerEncoderLayer(8, 2, 16, dropout=0.0, batch_first=True),
            2,
            enable_nested_tensor=False,
        ),
        lambda: Args(torch.randn(3, 5, 8), torch.zeros(5, 5)),
        lambda: Args(torch.randn(3, 5, 8), torch.zeros(4, 4)),
        _lit(
            '"TransformerEncoder(TransformerEncoderLayer(8, 2, batch_first=True), 2)" expects '
            "mask of shape [5, 5]"
        ),
    ),
    (
        "TransformerDecoderLayer",
        lambda: tnn.TransformerDecoderLayer(8, 2, 16, dropout=0.0),
        lambda: Args(torch.randn(4, 3, 8), torch.randn(6, 3, 8)),
        lambda: Args(torch.randn(4, 3, 8), torch.randn(6, 3, 7)),
        _lit('"TransformerDecoderLayer(8, 2)"'),
    ),
    (
        "TransformerDecoder",
        lambda: tnn.TransformerDecoder(tnn.TransformerDecoderLayer(8, 2, 16, dropout=0.0), 2),
        lambda: Args(torch.randn(4, 3, 8), torch.randn(6, 3, 8)),
        lambda: Args(torch.randn(4, 3, 8), torch.randn(6, 2, 8)),
        _lit('"TransformerDecoder(TransformerDecoderLayer(8, 2), 2)"'),
    ),
    (
        "Transformer",
        lambda: tnn.Transformer(8, 2, 1, 1, 16, dropout=0.0),
        lambda: Args(torch.randn(6, 3, 8), torch.randn(4, 3, 8)),
        lambda: Args(torch.randn(6, 3, 8), torch.randn(4, 2, 8)),
        _lit(
            '"Transformer(d_model=8, nhead=2)" expects the same batch size in src [6, 3, 8] and '
            "tgt [4, 2, 8]"
        ),
    ),
    (
        "CrossEntropyLoss",
        lambda: tnn.CrossEntropyLoss(),
        lambda: Args(torch.randn(4, 10), torch.randint(0, 10, (4,))),
        lambda: Args(torch.randn(4, 10), torch.randint(0, 10, (5,))),
        _lit("input [4, 10] expects class-index target [4] (or probabilities [4, 10]), got"),
    ),
    (
        "CrossEntropyLoss-weight",
        lambda: tnn.CrossEntropyLoss(weight=torch.ones(3)),
        lambda: Args(torch.randn(4, 3), torch.randint(0, 3, (4,))),
        lambda: Args(torch.randn(4, 10), torch.randint(0, 3, (4,))),
        _lit("weight must have one entry per class, [10] for input [4, 10], got weight [3]"),
    ),
    (
        "NLLLoss",
        lambda: tnn.NLLLoss(),
        lambda: Args(torch.randn(4, 10), torch.randint(0, 10, (4,))),
        lambda: Args(torch.randn(4, 10), torch.rand(4)),
        _lit('"nll_loss" expects class-index targets of dtype int64, got float32 target [4]'),
    ),
    (
        "MSELoss",
        lambda: tnn.MSELoss(),
        lambda: Args(torch.randn(4, 3), torch.randn(4, 3)),
        lambda: Args(torch.randn(4, 3), torch.randn(4, 2)),
        _lit('Incompatible shapes for "mse_loss": input [4, 3] and target [4, 2]'),
    ),
    (
        "L1Loss",
        lambda: tnn.L1Loss(reduction="none"),
        lambda: Args(torch.randn(4, 3), torch.randn(4, 3)),
        lambda: Args(torch.randn(4, 3), torch.randn(5, 3)),
        _lit('Incompatible shapes for "l1_loss": input [4, 3] and target [5, 3]'),
    ),
    (
        "BCELoss",
        lambda: tnn.BCELoss(),
        lambda: Args(torch.rand(4), torch.rand(4)),
        lambda: Args(torch.rand(4), torch.rand(4, dtype=torch.float64)),
        _lit('Incompatible dtypes for "binary_cross_entropy": input is float32 and target is'),
    ),
    (
        "BCEWithLogitsLoss",
        lambda: tnn.BCEWithLogitsLoss(),
        lambda: Args(torch.randn(4, 3), torch.rand(4, 3)),
        lambda: Args(torch.randn(4, 3), torch.rand(4, 2)),
        _lit('"binary_cross_entropy_with_logits": input [4, 3] and target [4, 2] must have'),
    ),
]
CASES.append(
    (
        "Dropout1d",
        lambda: tnn.Dropout1d(0.5),
        lambda: torch.randn(2, 3, 4),
        lambda: torch.randn(2, 3, 4, 5),
        _lit('"Dropout1d(p=0.5, inplace=False)" expects a 2-D (unbatched) or 3-D (batched) input'),
    )
)

# The norms, embedding bags, activations, shuffles, padding, blocks, distances and losses typed
# from their constructor arguments (issue 9): one good and one bad input each.
nn = torch.nn
_r, _i = torch.randn, lambda *size: torch.randint(0, 3, size)
CASES += [
    (
        "RMSNorm",
        lambda: nn.RMSNorm(4),
        lambda: Args(x=_r(2, 4)),
        lambda: torch.randn(2, 5),
        _lit('"RMSNorm((4,), eps=None, elementwise_affine=True)" expects input [*, 4], got [2, 5]'),
    ),
    (
        "InstanceNorm1d",
        lambda: nn.InstanceNorm1d(3, affine=True),
        lambda: _r(2, 3, 5),
        lambda: _r(2, 4, 5),
        _lit("expects 3 channels (dim 1), got 4 in input [2, 4, 5]"),
    ),
    (
        "InstanceNorm2d",
        lambda: nn.InstanceNorm2d(3),
        lambda: _r(2, 3, 4, 4),
        lambda: _r(2, 3, 1, 1),
        _lit("expects more than 1 spatial element when using input statistics, got input"),
    ),
    (
        "InstanceNorm3d",
        lambda: nn.InstanceNorm3d(2, affine=True),
        lambda: _r(2, 2, 3, 3, 3).half(),
        lambda: _r(2, 2, 3, 3, 3).double(),
        _lit("the layer is float32 and the input is float64"),
    ),
    (
        "LocalResponseNorm",
        lambda: nn.LocalResponseNorm(2),
        lambda: _r(2, 3, 4),
        lambda: _r(2, 3),
        _lit('"local_response_norm" expects an input [N, C, *] with at least 3 dims'),
    ),
    (
        "EmbeddingBag",
        lambda: nn.EmbeddingBag(10, 3, mode="sum"),
        lambda: Args(_i(8), torch.tensor([0, 3]), per_sample_weights=_r(8)),
        lambda: Args(_i(8), torch.tensor([[0, 3]])),
        _lit("a 1-D input [8] needs 1-D offsets (the start of each bag), got offsets [1, 2]"),
    ),
    (
        "ReLU6",
        lambda: nn.ReLU6(),
        lambda: _i(2, 3),
        lambda: _i(2, 3).bool(),
        _lit(
            'Incompatible dtype for "relu6": expected a floating point or integer tensor, got '
            "bool (convert it with .float())"
        ),
    ),
    (
        "Hardtanh",
        lambda: nn.Hardtanh(-2.0, 2.0),
        lambda: _r(2, 3),
        lambda: _i(2, 3).to(torch.uint8),
        _lit(
            'Incompatible dtype for "hardtanh": expected a floating point, int8, int16, int32 or '
            "int64 tensor, got uint8"
        ),
    ),
    (
        "Threshold",
        lambda: nn.Threshold(0.1, 0.0),
        lambda: _i(2, 3),
        lambda: _i(2, 3).bool(),
        _lit('Incompatible dtype for "threshold"'),
    ),
    *[
        (
            name,
            make,
            lambda: _r(2, 3),
            lambda: _i(2, 3),
            _lit(f'Incompatible dtype for "{op}": expected a floating point tensor, got int64'),
        )
        for name, make, op in (
            ("Hardsigmoid", nn.Hardsigmoid, "hardsigmoid"),
            ("Hardswish", nn.Hardswish, "hardswish"),
            ("Mish", nn.Mish, "mish"),
            ("SELU", nn.SELU, "selu"),
            ("Softplus", nn.Softplus, "softplus"),
            ("Hardshrink", nn.Hardshrink, "hardshrink"),
            ("LogSigmoid", nn.LogSigmoid, "logsigmoid"),
            ("CELU", nn.CELU, "celu"),
            ("RReLU", nn.RReLU, "rrelu"),
            ("Softshrink", nn.Softshrink, "softshrink"),
        )
    ],
    (
        "Softsign",
        lambda: nn.Softsign(),
        lambda: _i(2, 3),
        lambda: _i(2, 3).bool(),
        _lit('Incompatible dtype for "softsign": expected a non-bool tensor, got bool'),
    ),
    (
        "Tanhshrink",
        lambda: nn.Tanhshrink(),
        lambda: _i(2, 3),
        lambda: _i(2, 3).bool(),
        _lit('Incompatible dtype for "tanhshrink": expected a non-bool tensor, got bool'),
    ),
    (
        "GLU",
        lambda: nn.GLU(1),
        lambda: _r(2, 4, 5),
        lambda: _r(2, 5, 4),
        _lit('"glu" halves dimension 1, which must have an even size, got 5 in input [2, 5, 4]'),
    ),
    (
        "Softmin",
        lambda: nn.Softmin(1),
        lambda: _r(2, 5),
        lambda: _r(5),
        _lit('Dimension out of range for "Softmin(dim=1)"'),
    ),
    (
        "Softmax2d",
        lambda: nn.Softmax2d(),
        lambda: _r(3, 4, 5),
        lambda: _r(2, 3, 4, 5, 6),
        _lit('"Softmax2d()" expects a 3-D [C, H, W] or 4-D [N, C, H, W] input, got 5-D input'),
    ),
    (
        "PixelShuffle",
        lambda: nn.PixelShuffle(2),
        lambda: _r(1, 8, 3, 3),
        lambda: _r(1, 6, 3, 3),
        _lit("the channels 6 (dim -3) of input [1, 6, 3, 3] must be divisible by upscale_factor"),
    ),
    (
        "PixelUnshuffle",
        lambda: nn.PixelUnshuffle(2),
        lambda: _r(1, 2, 4, 6),
        lambda: _r(1, 2, 4, 5),
        _lit("the width 5 (dim -1) of input [1, 2, 4, 5] must be divisible by downscale_factor 2"),
    ),
    (
        "ChannelShuffle",
        lambda: nn.ChannelShuffle(2),
        lambda: _r(1, 4, 3, 3),
        lambda: _r(1, 5, 3, 3),
        _lit("the channels 5 (dim 1) of input [1, 5, 3, 3] must be divisible by groups 2"),
    ),
    *[
        (
            f"{kind}{n}d",
            make,
            lambda n=n: _r(1, 2, *[6] * n),
            bad,
            _lit(f'"{kind}{n}d('),
        )
        for n in (1, 2, 3)
        for kind, make, bad in (
            ("ZeroPad", lambda n=n: getattr(nn, f"ZeroPad{n}d")(-2), lambda: _r(1, 3)),
            (
                "ConstantPad",
                lambda n=n: getattr(nn, f"ConstantPad{n}d")((-2,) * 2 * n, 0.5),
                lambda: _r(1, 3),
            ),
            ("ReflectionPad", lambda n=n: getattr(nn, f"ReflectionPad{n}d")(1), lambda: _r(3)),
            ("ReplicationPad", lambda n=n: getattr(nn, f"ReplicationPad{n}d")(1), lambda: _r(3)),
            ("CircularPad", lambda n=n: getattr(nn, f"CircularPad{n}d")(1), lambda: _r(3)),
        )
    ],
    (
        "Fold",
        lambda: nn.Fold((4, 4), 2),
        lambda: _r(1, 12, 9),
        lambda: _r(1, 12, 8),
        _lit("input [1, 12, 8] has 8 blocks in its last dim, but output_size=(4, 4) with"),
    ),
    (
        "Unfold",
        lambda: nn.Unfold(2),
        lambda: _r(1, 3, 4, 4),
        lambda: _r(3, 4),
        _lit(
            "expects a 3-D or 4-D (batched) input with non-empty non-batch dims, got input [3, 4]"
        ),
    ),
    (
        "CosineSimilarity",
        lambda: nn.CosineSimilarity(dim=1),
        lambda: Args(_r(2, 4), _r(1, 4)),
        lambda: Args(_r(2, 4), _r(3, 4)),
        _lit('Shapes [2, 4] and [3, 4] cannot be broadcast together for "cosine_similarity"'),
    ),
    (
        "PairwiseDistance",
        lambda: nn.PairwiseDistance(keepdim=True),
        lambda: Args(_r(2, 4), _r(2, 4)),
        lambda: Args(_r(2, 4), _r(3, 4)),
        _lit('Shapes [2, 4] and [3, 4] cannot be broadcast together for "pairwise_distance"'),
    ),
    *[
        (
            name,
            make,
            lambda: Args(torch.rand(4, 3), torch.rand(4, 3)),
            lambda: Args(_r(4, 3), _r(5, 3)),
            _lit(message),
        )
        for name, make, message in (
            ("SmoothL1Loss", nn.SmoothL1Loss, "input [4, 3] and target [5, 3] must have the"),
            ("HuberLoss", nn.HuberLoss, "input [4, 3] and target [5, 3] must have the"),
            ("KLDivLoss", nn.KLDivLoss, 'cannot be broadcast together for "kl_div"'),
            ("SoftMarginLoss", nn.SoftMarginLoss, "target [5, 3] does not broadcast"),
            ("HingeEmbeddingLoss", nn.HingeEmbeddingLoss, 'together for "hinge_embedding_loss"'),
            ("PoissonNLLLoss", nn.PoissonNLLLoss, 'together for "poisson_nll_loss"'),
            (
                "MultiLabelSoftMarginLoss",
                nn.MultiLabelSoftMarginLoss,
                'together for "multilabel_soft_margin_loss"',
            ),
        )
    ],
    (
        "MarginRankingLoss",
        lambda: nn.MarginRankingLoss(),
        lambda: Args(_r(4), _r(4), _r(4)),
        lambda: Args(_r(4), _r(4, 1), _r(4)),
        _lit("expects input1, input2 and target with the same number of dims"),
    ),
    (
        "CosineEmbeddingLoss",
        lambda: nn.CosineEmbeddingLoss(),
        lambda: Args(_r(4, 3), _r(4, 3), _r(4)),
        lambda: Args(_r(4, 3), _r(4, 3), _r(4, 3)),
        _lit('"cosine_embedding_loss" expects a 0-dim or 1-D target, got target [4, 3]'),
    ),
    (
        "TripletMarginLoss",
        lambda: nn.TripletMarginLoss(),
        lambda: Args(_r(4, 3), _r(4, 3), _r(4, 3)),
        lambda: Args(_r(4, 3), _r(4, 3), _r(3)),
        _lit("expects anchor, positive and negative with the same number of dims"),
    ),
    (
        "GaussianNLLLoss",
        lambda: nn.GaussianNLLLoss(),
        lambda: Args(_r(4, 3), _r(4, 3), _r(4).abs()),
        lambda: Args(_r(4, 3), _r(4, 3), _r(4, 2).abs()),
        _lit("var [4, 2] must have the shape of input [4, 3], that shape without its last dim"),
    ),
    (
        "MultiMarginLoss",
        lambda: nn.MultiMarginLoss(),
        lambda: Args(_r(4, 3), _i(4)),
        lambda: Args(_r(4, 3), _i(5)),
        _lit("input [4, 3] takes a target of 4 class indices (0-dim or 1-D), got target [5]"),
    ),
    (
        "MultiLabelMarginLoss",
        lambda: nn.MultiLabelMarginLoss(),
        lambda: Args(_r(4, 3), _i(4, 3)),
        lambda: Args(_r(4, 3), _i(4, 2)),
        _lit("input [4, 3] takes a target of its shape, got target [4, 2]"),
    ),
    (
        "CTCLoss",
        lambda: nn.CTCLoss(reduction="none"),
        lambda: Args(_r(5, 2, 4).log_softmax(2), torch.randint(1, 4, (2, 3)), (5, 5), (3, 2)),
        lambda: Args(_r(5, 2, 4).log_softmax(2), torch.randint(1, 4, (3, 3)), (5, 5), (3, 2)),
        _lit("targets [3, 3] must have batch size 2 of log_probs [5, 2, 4]"),
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
    expected = _call(layer, x)
    with tnn.runtime_checks():
        actual = _call(layer, x)
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
        _call(layer, x)
    assert not isinstance(plain.value, TensorTypeError)
    # ... with checks ours comes first, from the pre-hook (the forward is never entered).
    with tnn.runtime_checks(), pytest.raises(TensorTypeError, match=message) as ours:
        _call(layer, x)
    assert "forward" not in [frame.name for frame in ours.traceback]
    # After the block the hooks are gone: torch's error again.
    with pytest.raises(Exception) as after:  # noqa: PT011
        _call(layer, x)
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


def test_torch_layers_are_the_typed_layers_and_are_checked() -> None:
    # tnn.Linear is torch.nn.Linear: a layer built with torch's spelling is checked too.
    with (
        tnn.runtime_checks(),
        pytest.raises(TensorTypeError, match=_lit("expects last dim 784, got 780")),
    ):
        torch.nn.Linear(784, 10)(torch.randn(32, 780))


def test_a_subclass_with_its_own_forward_is_not_checked_as_its_base() -> None:
    class Doubling(torch.nn.Linear):
        def forward(self, input: torch.Tensor) -> torch.Tensor:
            return torch.cat([input, input], dim=-1)

    with tnn.runtime_checks():
        out = Doubling(4, 4)(torch.randn(2, 4))
    assert out.shape == (2, 8)


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
    monkeypatch.setitem(
        _runtime_rules.RULES,
        tnn.Flatten,
        _runtime_rules.LayerRule(lambda m, label, a: (a["input"].shape[0], 99)),
    )
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


def _typed_layer_names() -> set[str]:
    """The torch.nn layers the static view types precisely (tools/coverage.py decides, from the
    stubs and the plugin's hooks), and those typedtorch.nn names itself."""
    spec = importlib.util.spec_from_file_location(
        "typedtorch_coverage", Path(__file__).resolve().parent.parent / "tools" / "coverage.py"
    )
    assert spec is not None and spec.loader is not None
    coverage = sys.modules.get(spec.name) or importlib.util.module_from_spec(spec)
    if spec.name not in sys.modules:
        sys.modules[spec.name] = coverage
        spec.loader.exec_module(coverage)
    typed = {name for name, precise in coverage.nn_modules().items() if precise}
    return typed | set(vars(tnn))


def _layer_classes() -> list[type[torch.nn.Module]]:
    containers = (
        tnn.Module,
        tnn.Sequential,
        tnn.ModuleList,
        tnn.ModuleDict,
        tnn.ParameterList,
        tnn.ParameterDict,
    )
    return [
        cls
        for name in sorted(_typed_layer_names())
        if isinstance(cls := getattr(torch.nn, name, None), type)
        and issubclass(cls, torch.nn.Module)
        and cls not in containers
    ]


@pytest.mark.parametrize("cls", _layer_classes(), ids=lambda cls: cls.__name__)
def test_every_typed_layer_has_a_runtime_rule(cls: type[torch.nn.Module]) -> None:
    assert any(c in _runtime_rules.RULES for c in cls.__mro__), cls


def test_every_typed_layer_class_is_exercised_here() -> None:
    # Each class with a rule that is not shape-preserving has a good/bad case above (Dropout2d
    # and Dropout3d: in test_channel_dropout_ranks_torch_deprecates_are_errors).
    same = {
        cls
        for cls, rule in _runtime_rules.RULES.items()
        if rule.compute is _runtime_rules._same_rule
    }
    covered = {type(make()) for _, make, *_ in CASES} | {tnn.Dropout2d, tnn.Dropout3d}
    assert set(_runtime_rules.RULES) - same <= covered


@pytest.mark.parametrize(
    "make",
    [
        tnn.ReLU,
        tnn.GELU,
        tnn.SiLU,
        tnn.Tanh,
        tnn.Sigmoid,
        tnn.LeakyReLU,
        tnn.ELU,
        tnn.Identity,
        lambda: tnn.Dropout(0.5),
        lambda: tnn.AlphaDropout(0.5),
    ],
)
def test_shape_preserving_layers_have_their_output_checked(
    make: Callable[[], torch.nn.Module], monkeypatch: pytest.MonkeyPatch
) -> None:
    layer = make()
    x = torch.randn(2, 3, 4, 5)
    with tnn.runtime_checks():
        assert layer(x).shape == x.shape
    # The check is live: a rule that says otherwise is reported after the forward.
    wrong = _runtime_rules.LayerRule(lambda m, label, a: (1,))
    monkeypatch.setitem(_runtime_rules.RULES, type(layer), wrong)
    with tnn.runtime_checks(), pytest.raises(TensorTypeError, match="bug in typedtorch"):
        layer(x)


def test_loss_broadcast_trap_is_an_error_though_torch_only_warns() -> None:
    pred, target = torch.randn(8, 1), torch.randn(8)
    with pytest.warns(UserWarning, match="different to the input size"):
        tnn.MSELoss()(pred, target)
    message = _lit("input [8, 1] and target [8] must have the same shape")
    with tnn.runtime_checks(), pytest.raises(TensorTypeError, match=message) as before:
        tnn.MSELoss()(pred, target)
    assert "forward" not in [frame.name for frame in before.traceback]
    # By keyword: torch's global pre-hooks do not see keyword arguments, the post-hook does.
    with (
        tnn.runtime_checks(),
        pytest.warns(UserWarning),
        pytest.raises(TensorTypeError, match=message),
    ):
        tnn.MSELoss()(input=pred, target=target)


def test_keyword_inputs_are_checked_after_the_forward() -> None:
    lstm = tnn.LSTM(4, 8)
    x, state = torch.randn(5, 3, 4), (torch.zeros(1, 3, 8), torch.zeros(1, 3, 8))
    with tnn.runtime_checks():
        out, (h, c) = lstm(input=x, hx=state)
        assert out.shape == (5, 3, 8) and h.shape == c.shape == (1, 3, 8)
    # A wrong state passed by keyword: torch's own error comes first (the pre-hook cannot see
    # it); the post-hook never runs.
    with tnn.runtime_checks(), pytest.raises(RuntimeError) as err:
        lstm(x, hx=(torch.zeros(1, 2, 8), torch.zeros(1, 2, 8)))
    assert not isinstance(err.value, TensorTypeError)


@pytest.mark.parametrize(("make", "rank"), [(tnn.Dropout2d, 5), (tnn.Dropout3d, 3)])
def test_channel_dropout_ranks_torch_deprecates_are_errors(
    make: Callable[[float], torch.nn.Module], rank: int
) -> None:
    layer, x = make(0.5), torch.randn(*(2,) * rank)
    with pytest.warns(UserWarning, match="deprecated"):
        layer(x)
    with tnn.runtime_checks(), pytest.raises(TensorTypeError, match=f"got {rank}-D input"):
        layer(x)


def test_attention_outputs_follow_need_weights_and_averaging() -> None:
    mha = tnn.MultiheadAttention(8, 2, batch_first=True)
    q, kv = torch.randn(3, 5, 8), torch.randn(3, 6, 8)
    with tnn.runtime_checks():
        out, weights = mha(q, kv, kv, None, False)
        assert out.shape == (3, 5, 8) and weights is None
        out, weights = mha(q, kv, kv, None, True, None, False)
        assert weights is not None and weights.shape == (3, 2, 5, 6)


def test_nested_tensor_fast_path_and_packed_sequences_run_unchecked() -> None:
    layer = tnn.TransformerEncoderLayer(8, 2, 16, dropout=0.0, batch_first=True)
    encoder = tnn.TransformerEncoder(layer, 2).eval()
    src, padding = torch.randn(3, 5, 8), torch.zeros(3, 5, dtype=torch.bool)
    padding[0, 3:] = True
    with torch.no_grad():
        expected = encoder(src, src_key_padding_mask=padding)
        with tnn.runtime_checks():
            actual = encoder(src, src_key_padding_mask=padding)
    assert torch.equal(actual, expected)
    lstm = tnn.LSTM(4, 8)
    packed = torch.nn.utils.rnn.pack_padded_sequence(torch.randn(5, 2, 4), [5, 3])
    with tnn.runtime_checks():
        out, _ = lstm(packed)
    assert isinstance(out, torch.nn.utils.rnn.PackedSequence)


def test_wrong_rule_of_a_tuple_output_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    wrong = _runtime_rules.LayerRule(
        lambda m, label, a: _runtime_rules.Outputs(
            ((5, 3, 8), _runtime_rules.Outputs(((1, 3, 9), None)))
        ),
        like_parameters=("input", "hx"),
    )
    monkeypatch.setitem(_runtime_rules.RULES, tnn.LSTM, wrong)
    with (
        tnn.runtime_checks(),
        pytest.raises(
            TensorTypeError,
            match=_lit(
                '"LSTM(4, 8)" returned (shape [5, 3, 8], (shape [1, 3, 8], shape [1, 3, 8])) for '
                "input [5, 3, 4], but typedtorch's shape rule computed ([5, 3, 8], ([1, 3, 9], None))"
            ),
        ),
    ):
        tnn.LSTM(4, 8)(torch.randn(5, 3, 4))


# -- where the failing layer is -------------------------------------------------------------------


class _ThreeLinears(torch.nn.Module):
    """Three identical `Linear(8, 8)`: only the path tells them apart. `truncate` makes the
    third one's input too narrow (a bug in the forward, not in a layer)."""

    def __init__(self, truncate: bool = False) -> None:
        super().__init__()
        self.truncate = truncate
        self.linear1 = tnn.Linear(8, 8)
        self.linear2 = tnn.Linear(8, 8)
        self.linear3 = tnn.Linear(8, 8)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.linear2(self.linear1(x))
        return self.linear3(h[..., :4] if self.truncate else h)


class _Encoder(torch.nn.Module):
    def __init__(self, truncate_layer: int | None) -> None:
        super().__init__()
        self.layers = torch.nn.ModuleList([_ThreeLinears(i == truncate_layer) for i in range(3)])

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        for layer in self.layers:
            x = layer(x)
        return x


class _Model(torch.nn.Module):
    def __init__(self, truncate_layer: int | None = None) -> None:
        super().__init__()
        self.encoder = _Encoder(truncate_layer)
        self.head = tnn.Sequential(tnn.Linear(8, 8), tnn.ReLU(), tnn.Linear(4, 2))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.head(self.encoder(x))


_LINEAR8 = _lit('"Linear(in_features=8, out_features=8, bias=True)" expects last dim 8, got 4')


def test_runtime_error_names_the_module_path() -> None:
    with tnn.runtime_checks():
        with pytest.raises(TensorTypeError, match='^In "linear3": ' + _LINEAR8):
            _ThreeLinears(truncate=True)(torch.randn(2, 8))
        with pytest.raises(TensorTypeError, match='^In "encoder.layers.2.linear3": ' + _LINEAR8):
            _Model(truncate_layer=2)(torch.randn(2, 8))
        with pytest.raises(TensorTypeError, match='^In "encoder.layers.0.linear3": ' + _LINEAR8):
            _Model(truncate_layer=0)(torch.randn(2, 8))


def test_runtime_error_in_a_sequential_names_the_position() -> None:
    model = _Model()
    model.encoder = torch.nn.Identity()  # type: ignore[assignment]
    expected = _lit(
        'Sequential "head" layer 2 cannot take the output of layer 1 "ReLU()": '
        '"Linear(in_features=4, out_features=2, bias=True)" expects last dim 4, got 8 in input '
        "[2, 8]"
    )
    with tnn.runtime_checks():
        with pytest.raises(TensorTypeError, match="^" + expected):
            model(torch.randn(2, 8))
        # The Sequential called alone: its layers are numbered from it.
        with pytest.raises(
            TensorTypeError,
            match="^" + _lit("Sequential layer 2 cannot take the output of layer 1"),
        ):
            model.head(torch.randn(2, 8))
        with pytest.raises(
            TensorTypeError, match="^" + _lit("Sequential layer 0 cannot take the input: ")
        ):
            tnn.Sequential(tnn.Linear(3, 8))(torch.randn(2, 4))


def test_a_layer_called_alone_has_no_path() -> None:
    with tnn.runtime_checks():
        with pytest.raises(TensorTypeError, match="^" + _LINEAR8):
            tnn.Linear(8, 8)(torch.randn(2, 4))
