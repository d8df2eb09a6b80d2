"""Typed models compile with `torch.compile` on CPU without graph breaks caused by typedtorch."""

from __future__ import annotations

import importlib
import sys
import warnings
from pathlib import Path
from typing import Literal as L
from typing import TypeVar

import pytest
import torch
import torch._dynamo

import typedtorch as tt
import typedtorch.nn as tnn
from typedtorch import CPU, Float32, Tensor


class SmallCNN(tnn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.conv = tnn.Conv2d(1, 4, kernel_size=3)
        self.pool = tnn.MaxPool2d(2)
        self.fc = tnn.Linear(4 * 3 * 3, 10)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.fc(self.pool(self.conv(x).relu()).flatten(1))


class Tagger(tnn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.lstm = tnn.LSTM(5, 8, batch_first=True)
        self.attn = tnn.MultiheadAttention(8, 2, batch_first=True)
        self.head = tnn.Linear(8, 3)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h, _ = self.lstm(x)
        a, _ = self.attn(h, h, h, need_weights=False)
        return self.head(a)


@pytest.mark.parametrize(
    ("make", "shape"), [(SmallCNN, (2, 1, 8, 8)), (Tagger, (2, 4, 5))], ids=["cnn", "lstm"]
)
def test_typed_models_compile_without_graph_breaks(
    make: type[torch.nn.Module], shape: tuple[int, ...]
) -> None:
    torch._dynamo.reset()
    model = make()
    x = torch.randn(shape)
    # Dynamo skips whole frames holding RNN modules unless `allow_rnn` is set, for torch's own
    # LSTM as much as for ours; with it set, the typed model must trace as one graph.
    with torch._dynamo.config.patch(allow_rnn=True):
        explanation = torch._dynamo.explain(model)(x)
        assert explanation.graph_break_count == 0, explanation.break_reasons
        assert explanation.graph_count == 1
        torch.testing.assert_close(torch.compile(model, backend="eager")(x), model(x))


# -- runtime checks under torch.compile ---------------------------------------------------------
# Checks run on every uncompiled call; while Dynamo traces they are skipped (they would trace
# jaxtyping and beartype over fake tensors), so compiling a checked function or model never
# raises a false error and keeps fullgraph=True possible.

B = TypeVar("B", bound=int)


@tt.typechecked
def _row_sums(x: Tensor[CPU, Float32, B, L[3]]) -> Tensor[CPU, Float32, B]:
    return x.sum(-1)


@pytest.mark.parametrize("fullgraph", [False, True], ids=["graph-breaks-allowed", "fullgraph"])
def test_typechecked_function_compiles(fullgraph: bool) -> None:
    torch._dynamo.reset()
    x = torch.randn(4, 3)
    compiled = torch.compile(_row_sums, backend="eager", fullgraph=fullgraph)
    torch.testing.assert_close(compiled(x), x.sum(-1))
    # Uncompiled, the same function still checks.
    with pytest.raises(tt.TensorTypeError, match="dim 1 is 5, expected 3"):
        _row_sums(torch.randn(4, 5))


MODULE = """
from typing import Literal as L, TypeVar

import torch
from torch import nn

from typedtorch import CPU, Float32, Tensor

B = TypeVar("B", bound=int)


class Net(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.fc = nn.Linear(3, 4)

    def forward(self, x: Tensor[CPU, Float32, B, L[3]]) -> Tensor[CPU, Float32, B, L[4]]:
        return helper(self.fc(x))


def helper(h: Tensor[CPU, Float32, B, L[4]]) -> Tensor[CPU, Float32, B, L[4]]:
    return h.relu()
"""


@pytest.mark.parametrize("fullgraph", [False, True], ids=["graph-breaks-allowed", "fullgraph"])
def test_import_hook_module_compiles(
    fullgraph: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    name = f"compiled_user_module_{int(fullgraph)}"
    (tmp_path / f"{name}.py").write_text(MODULE)
    monkeypatch.syspath_prepend(str(tmp_path))
    with tt.install_import_hook(name):
        module = importlib.import_module(name)
    try:
        model = module.Net()
        x = torch.randn(2, 3)
        with pytest.raises(tt.TensorTypeError, match='Argument "x"'):
            model(torch.randn(2, 5))  # instrumented: checked when not compiled
        torch._dynamo.reset()
        compiled = torch.compile(model, backend="eager", fullgraph=fullgraph)
        torch.testing.assert_close(compiled(x), model(x))
    finally:
        sys.modules.pop(name, None)


def test_layer_checks_compile() -> None:
    model = torch.nn.Sequential(tnn.Linear(8, 8), tnn.ReLU(), tnn.Linear(8, 4))
    x = torch.randn(3, 8)
    torch._dynamo.reset()
    with tnn.runtime_checks(), warnings.catch_warnings():
        # torch warns that global hooks also fire for the OptimizedModule wrapper.
        warnings.simplefilter("ignore", UserWarning)
        compiled = torch.compile(model, backend="eager", fullgraph=True)
        torch.testing.assert_close(compiled(x), model(x))
        with pytest.raises(tt.TensorTypeError, match="expects last dim 8, got 5"):
            model(torch.randn(3, 5))
