"""Typed models compile with `torch.compile` on CPU without graph breaks caused by typedtorch."""

from __future__ import annotations

import pytest
import torch
import torch._dynamo

import typedtorch.nn as tnn


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
