"""`python -m typedtorch report`: static shapes per forward step, parameter counts, --compare."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from typedtorch.__main__ import main
from typedtorch._report import ModelReport, analyze, compare, format_report

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "pyproject.toml"

MODEL = textwrap.dedent(
    """
    from typing import Literal as L, TypeVar

    import typedtorch as tt
    import typedtorch.nn as tnn
    from typedtorch import CPU, Float32, Tensor

    B = TypeVar("B", bound=int)


    class Net(tnn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.conv = tnn.Conv2d(1, 20, kernel_size=5)
            self.pool = tnn.MaxPool2d(2)
            self.fc = tnn.Linear(20 * 12 * 12, 10)

        def forward(
            self, x: Tensor[CPU, Float32, B, L[1], L[28], L[28]]
        ) -> Tensor[CPU, Float32, B, L[10]]:
            h = self.pool(self.conv(x).relu())
            return self.fc(h.flatten(1))


    class Broken(tnn.Module):
        def __init__(self, width: int = 8) -> None:
            super().__init__()
            self.fc = tnn.Linear(4, 10)
            self.out = tnn.Linear(10, width)

        def forward(self, x: Tensor[CPU, Float32, B, L[4]]) -> Tensor[CPU, Float32, B, L[11]]:
            y = self.fc(x)
            # Wrong on purpose: the real last dim is 10.
            z = tt.unchecked(y, Tensor[CPU, Float32, B, L[11]])
            return z
    """
)


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, ModelReport]:
    path = tmp_path_factory.mktemp("report") / "models.py"
    path.write_text(MODEL)
    # The project's config: the plugin, and the project's (warm) mypy cache.
    return {r.name: r for r in analyze(path, config=CONFIG)}


def rows(report: ModelReport) -> list[tuple[str, str, str | None, int | None]]:
    return [(r.kind, r.type, r.attr, report.layer_params.get(r.attr or "")) for r in report.rows]


def test_static_rows(reports: dict[str, ModelReport]) -> None:
    assert list(reports) == ["Net", "Broken"]
    net = reports["Net"]
    assert rows(net) == [
        ("layer", "Tensor[CPU, Float32, B, 20, 24, 24]", "conv", 520),
        ("layer", "Tensor[CPU, Float32, B, 20, 12, 12]", "pool", 0),
        ("assign", "Tensor[CPU, Float32, B, 20, 12, 12]", None, None),
        ("layer", "Tensor[CPU, Float32, B, 10]", "fc", 20 * 12 * 12 * 10 + 10),
        ("return", "Tensor[CPU, Float32, B, 10]", None, None),
    ]
    assert [r.layer_type for r in net.rows if r.attr] == ["Conv2d", "MaxPool2d", "Linear"]
    assert net.total_params() == (520 + 28810, [])
    assert net.inputs[0][:2] == ("x", "Tensor[CPU, Float32, B, 1, 28, 28]")
    assert net.errors == []


def test_table(reports: dict[str, ModelReport]) -> None:
    text = format_report(reports["Net"])
    lines = text.splitlines()
    conv = next(line for line in lines if "self.conv(x)" in line)
    assert "conv: Conv2d" in conv
    assert "Tensor[CPU, Float32, B, 20, 24, 24]" in conv
    assert conv.rstrip().endswith("520")
    assert "Total params: 29,330" in lines
    # Aligned: the static type column starts at the same offset on every row.
    starts = {line.index("Tensor[") for line in lines if "Tensor[" in line and "input" not in line}
    assert len(starts) == 1


def test_parameters_of_a_named_int_are_a_polynomial_in_it(
    reports: dict[str, ModelReport],
) -> None:
    # `Linear(10, width)`: `width` is not a literal; the count is 10 * width + width, in its name.
    params = reports["Broken"].layer_params
    assert params["fc"] == 50
    assert str(params["out"]) == "11*width"
    # `out` is not called in forward: the total counts the layers forward calls.
    assert reports["Broken"].total_params() == (50, [])


LAYERS = textwrap.dedent(
    """
    from typing import Generic, TypeVar

    import torch
    import torch.nn as nn

    V = TypeVar("V", bound=int)


    class Mine(nn.Module):
        def __init__(self, width: int) -> None:
            super().__init__()
            self.fc = nn.Linear(width, width)

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            return self.fc(x)


    class Layers(nn.Module, Generic[V]):
        def __init__(self, vocab: V, dropout: float = 0.1, heads: int = 4, depth: int = 2,
                     mode: str = "zeros") -> None:
            super().__init__()
            self.embed = nn.Embedding(vocab, 64)
            self.attn = nn.MultiheadAttention(64, heads, dropout=dropout, batch_first=True)
            self.drop = nn.Dropout(dropout)
            self.act = nn.GELU()
            self.pool = nn.MaxPool1d(2)
            self.norm = nn.LayerNorm(64)
            self.lstm = nn.LSTM(64, 32, num_layers=2, dropout=dropout, batch_first=True)
            self.block = nn.TransformerEncoderLayer(64, heads, 128, dropout, batch_first=True)
            self.mlp = nn.Sequential(nn.Linear(64, 256), nn.ReLU(), nn.Dropout(dropout),
                                     nn.Linear(256, 64))
            self.deep = nn.Sequential(*[nn.Linear(64, 64) for _ in range(depth)])
            self.conv = nn.Conv1d(64, 64, 3, padding_mode=mode)
            self.mine = Mine(64)
            self.head = nn.Linear(64, vocab)

        def forward(self, idx: torch.Tensor) -> torch.Tensor:
            x = self.drop(self.embed(idx))
            a, _ = self.attn(x, x, x)
            x = self.norm(self.mlp(self.act(x + a)))
            x, _ = self.lstm(self.block(x))
            x = self.deep(self.conv(self.pool(x)))
            return self.head(self.mine(x))
    """
)


def test_parameter_counts_of_every_layer(tmp_path: Path) -> None:
    path = tmp_path / "layers.py"
    path.write_text(LAYERS)
    (report,) = analyze(path, "Layers", config=CONFIG)
    params = {k: v if isinstance(v, int | None) else str(v) for k, v in report.layer_params.items()}
    torch = pytest.importorskip("torch")
    nn = torch.nn

    def count(layer: torch.nn.Module) -> int:
        return sum(p.numel() for p in layer.parameters())

    assert params == {
        "embed": "64*V",
        # Arguments that do not change the count (heads, dropout) are not needed to count it.
        "attn": count(nn.MultiheadAttention(64, 4)),
        "drop": 0,
        "act": 0,
        "pool": 0,
        "norm": 128,
        "lstm": count(nn.LSTM(64, 32, num_layers=2)),
        "block": count(nn.TransformerEncoderLayer(64, 4, 128)),
        "mlp": count(nn.Sequential(nn.Linear(64, 256), nn.Linear(256, 64))),
        # A starred argument and a string of unknown value: not built, never guessed.
        "deep": None,
        "conv": None,
        # A user's class is never built (that would run the user's code).
        "mine": None,
        "head": "65*V",
    }
    total, unknown = report.total_params()
    assert unknown == ["conv", "deep", "mine"]  # in the order forward calls them
    known = sum(v for v in params.values() if isinstance(v, int))
    assert str(total) == f"129*V + {known:,}"
    table = format_report(report)
    assert (
        "64*V" in table
        and f"Total params: 129*V + {known:,} (+ unknown: conv, deep, mine)" in table
    )


def test_compare_agrees(reports: dict[str, ModelReport]) -> None:
    net = reports["Net"]
    bindings = compare(net, (3, 1, 28, 28))
    assert {str(s): v for s, v in bindings.items()} == {"B": 3}
    assert [r.real for r in net.rows] == [
        "[3, 20, 24, 24]",
        "[3, 20, 12, 12]",
        "[3, 20, 12, 12]",
        "[3, 10]",
        "[3, 10]",
    ]
    assert [r.mismatch for r in net.rows] == [None] * 5
    assert "all shapes agree" in format_report(net, bindings)


def test_compare_flags_mismatch(reports: dict[str, ModelReport]) -> None:
    broken = reports["Broken"]
    compare(broken)  # input built from the annotation: B = 2
    flagged = {(r.kind, r.mismatch) for r in broken.rows if r.mismatch}
    assert flagged == {
        ("assign", "dim 1: static 11, real 10 (with B=2)"),
        ("return", "dim 1: static 11, real 10 (with B=2)"),
    }
    fc = next(r for r in broken.rows if r.attr == "fc")
    assert (fc.real, fc.mismatch) == ("[2, 10]", None)


def test_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "models.py"
    path.write_text(MODEL)
    status = main(
        ["report", str(path), "--class", "Broken", "--compare", "--config-file", str(CONFIG)]
    )
    out = capsys.readouterr().out
    assert status == 1
    assert "Broken (models.py)" in out
    assert "MISMATCH" in out
    assert "1 mismatch" not in out and "2 mismatch(es)" in out


def test_cli_unknown_class(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "models.py"
    path.write_text("x = 1\n")
    status = main(["report", str(path), "--class", "Net", "--config-file", str(CONFIG)])
    assert status == 2
    assert 'No class "Net"' in capsys.readouterr().err
