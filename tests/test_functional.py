"""`typedtorch.functional`: the public names, and that each IS torch's function (no overhead)."""

from __future__ import annotations

import torch
import torch.nn.functional as torch_F

import typedtorch as tt
import typedtorch.functional as F

PUBLIC = {
    "adaptive_avg_pool1d",
    "adaptive_avg_pool2d",
    "adaptive_avg_pool3d",
    "adaptive_max_pool1d",
    "adaptive_max_pool2d",
    "adaptive_max_pool3d",
    "avg_pool1d",
    "avg_pool2d",
    "avg_pool3d",
    "conv1d",
    "conv2d",
    "conv3d",
    "conv_transpose1d",
    "conv_transpose2d",
    "conv_transpose3d",
    "dropout",
    "elu",
    "gelu",
    "interpolate",
    "leaky_relu",
    "linear",
    "log_softmax",
    "max_pool1d",
    "max_pool2d",
    "max_pool3d",
    "pad",
    "relu",
    "sigmoid",
    "silu",
    "softmax",
    "tanh",
}


def test_public_names() -> None:
    names = {n for n in vars(F) if not n.startswith("_")}
    # Other op families add their own names; these must all be there.
    assert PUBLIC <= names
    assert tt.functional is F


def test_each_name_is_torchs_function() -> None:
    for name in PUBLIC:
        assert getattr(F, name) is getattr(torch_F, name), name


def test_lenet_chain_runs() -> None:
    x = torch.zeros(2, 1, 28, 28)
    h = F.max_pool2d(F.relu(F.conv2d(x, torch.zeros(20, 1, 5, 5))), 2)
    assert tuple(h.shape) == (2, 20, 12, 12)
    y = F.linear(h.flatten(1), torch.zeros(10, 2880), torch.zeros(10))
    assert tuple(y.shape) == (2, 10)
