"""`python -m typedtorch report`: static shapes per forward step, parameter counts, --compare."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from typedtorch.__main__ import main
from typedtorch._report import (
    ModelReport,
    _formulas,
    _params_worker,
    analyze,
    compare,
    format_report,
)
from typedtorch._report._params import Count

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


def rows(report: ModelReport) -> list[tuple[str, str, str | None, Count | None]]:
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
    # `out` is not called in forward, but holds parameters: the total is the model's, as
    # `sum(p.numel() for p in model.parameters())` counts it.
    total, unknown = reports["Broken"].total_params()
    assert (str(total), unknown) == ("11*width + 50", [])


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
            self.prelu = nn.PReLU(64)  # no formula: torch builds it

        def forward(self, idx: torch.Tensor) -> torch.Tensor:
            x = self.drop(self.embed(idx))
            a, _ = self.attn(x, x, x)
            x = self.norm(self.mlp(self.act(x + a)))
            x, _ = self.lstm(self.block(x))
            x = self.prelu(self.deep(self.conv(self.pool(x))))
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

    def count(layer: Any) -> int:
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
        # A class of the file is never built (that would run the user's code): it is counted
        # from the layers its __init__ builds, at the size the call passes (Linear(64, 64)).
        "mine": count(nn.Linear(64, 64)),
        "head": "65*V",
        "prelu": count(nn.PReLU(64)),
    }
    total, unknown = report.total_params()
    assert unknown == ["deep", "conv"]  # in the order __init__ builds them
    known = sum(v for v in params.values() if isinstance(v, int))
    assert str(total) == f"129*V + {known:,}"
    table = format_report(report)
    assert "64*V" in table and f"Total params: 129*V + {known:,} (+ unknown: deep, conv)" in table


# What makes the report cost about one mypy run: one mypy build, and no torch in the process
# (the layers of this model all have formulas, so no layer-building process starts either).
_SPEED_PROBE = """
import sys
from pathlib import Path

from typedtorch._report import _params, _static

builds, spawned = [], []
build = _static.build
_static.build = lambda *args, **kwargs: builds.append(1) or build(*args, **kwargs)
_params.ParamBuilder._spawn = lambda self: spawned.append(1)
(report,) = _static.analyze(Path(sys.argv[1]), "Net", Path(sys.argv[2]))
print(len(builds), len(spawned), "torch" in sys.modules, report.total_params()[0])
"""


def test_report_is_one_mypy_build_without_torch(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = tmp_path / "models.py"
    path.write_text(MODEL)
    done = subprocess.run(
        [sys.executable, "-c", _SPEED_PROBE, str(path), str(CONFIG)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.split() == ["1", "0", "False", "29330"]


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


# -- parameter counts by formula, against torch ---------------------------------------------------

MODULES = "torch.nn.modules."


def _tree(target: str, *args: object, **kwargs: object) -> dict[str, object]:
    """A constructor call in the worker's request format (`_params_worker.py`)."""

    def encode(value: object) -> object:
        if isinstance(value, tuple):
            return {"tuple": [encode(v) for v in value]}
        if isinstance(value, list):
            return [encode(v) for v in value]
        return value

    return {
        "call": MODULES + target,
        "args": [encode(a) for a in args],
        "kwargs": {k: encode(v) for k, v in kwargs.items()},
    }


LINEAR = _tree("linear.Linear", 8, 4)
ENCODER_LAYER = _tree("transformer.TransformerEncoderLayer", 8, 2, 16)


def _pick(valid: tuple[object, ...], invalid: tuple[object, ...] = ()) -> st.SearchStrategy[object]:
    """A value torch takes 9 times in 10 (so that calls of many arguments are often valid and
    the formulas get exercised), else one it may reject."""
    if not invalid:
        return st.sampled_from(valid)
    return st.integers(0, 9).flatmap(lambda i: st.sampled_from(valid if i else invalid))


_INTS = _pick((1, 2, 4, 8, 3, 6), (0, -1, True, 2.0, None))
_BOOLS = _pick((True, False), (0, 1, None))
_NUMBERS = _pick((1e-5, 0.1, 1.0, 2), (-1.0, None, True, "x"))
_PROBABILITIES = _pick((0.0, 0.1, 0.5, 1.0, 0), (1.5, -0.5, True, "0.1"))
# Sizes: mostly an int, else a tuple or list (of a length that may not fit the layer).
_SIZE_INTS = _pick((1, 2, 3), (0, -1, True, None))
_SIZE_SEQUENCES = st.lists(_pick((1, 2, 3), (0, -1, None)), min_size=1, max_size=3).map(
    lambda items: tuple(items) if len(items) % 2 else items
)
_SIZES = st.integers(0, 3).flatmap(lambda i: _SIZE_INTS if i else _SIZE_SEQUENCES)
_PADDINGS = st.integers(0, 3).flatmap(
    lambda i: _pick((0, 1, 2, "same", "valid"), ("full", -1, None)) if i else _SIZE_SEQUENCES
)
_LAYERS = _pick(
    (
        LINEAR,
        _tree("activation.ReLU"),
        _tree("dropout.Dropout", 0.2),
        _tree("normalization.LayerNorm", 4, bias=False),
        ENCODER_LAYER,
    ),
    (_tree("linear.Linear", -1, 4), 3),  # torch rejects the first; the second is no layer
)
# Argument values per constructor parameter name: valid ones and ones torch rejects.
_POOLS: dict[str, st.SearchStrategy[object]] = {
    **dict.fromkeys(
        "in_features out_features in1_features in2_features in_channels out_channels "
        "num_embeddings embedding_dim num_features num_channels num_groups embed_dim num_heads "
        "d_model nhead dim_feedforward input_size hidden_size num_layers kdim vdim proj_size "
        "groups divisor_override start_dim end_dim dim padding_idx".split(),
        _INTS,
    ),
    **dict.fromkeys(
        "bias batch_first bidirectional inplace affine track_running_stats elementwise_affine "
        "return_indices ceil_mode count_include_pad add_bias_kv add_zero_attn norm_first "
        "scale_grad_by_freq sparse enable_nested_tensor mask_check align_corners "
        "recompute_scale_factor".split(),
        _BOOLS,
    ),
    **dict.fromkeys(
        "eps momentum norm_type max_norm alpha negative_slope layer_norm_eps scale_factor".split(),
        _NUMBERS,
    ),
    **dict.fromkeys("kernel_size stride dilation output_padding output_size size".split(), _SIZES),
    "normalized_shape": _SIZES,
    "unflattened_size": _pick(((2, 3), [4, -1], (1,)), ((), (2, None), 3, ("a", 2))),
    "padding": _PADDINGS,
    "p": _PROBABILITIES,
    "dropout": _PROBABILITIES,
    "padding_mode": _pick(("zeros", "reflect", "replicate", "circular"), ("bad",)),
    "approximate": _pick(("none", "tanh"), ("x",)),
    "mode": _pick(("nearest", "linear", "bilinear", "bicubic", "trilinear"), ("area", "x")),
    "activation": _pick(("relu", "gelu"), ("tanh", None)),
    "nonlinearity": _pick(("tanh", "relu"), ("x",)),
    "encoder_layer": _pick((ENCODER_LAYER,), (LINEAR, 3)),
    "norm": _pick((None, _tree("normalization.LayerNorm", 8)), (LINEAR, 3)),
    "modules": _pick((None, [LINEAR, _tree("activation.ReLU")], (LINEAR,)), ([LINEAR, 3], 3)),
    "args": _LAYERS,
}


def _torch_class(target: str) -> type:
    import importlib

    module, _, name = (MODULES + target).rpartition(".")
    cls: type = getattr(importlib.import_module(module), name)
    return cls


def _parameters(target: str) -> list[tuple[str, bool, bool]]:
    """`(name, required, keyword_only)` of the layer's constructor, as torch declares it
    (torch's recurrent layers take `*args`: RNNBase's parameters, RNN's `nonlinearity` 4th)."""
    import inspect

    cls = _torch_class(target)
    if target.startswith("rnn."):
        base = inspect.signature(cls.__mro__[1])  # RNNBase
        names = [p for p in base.parameters.values() if p.name != "mode"]
        out = [(p.name, p.default is p.empty, False) for p in names]
        if target == "rnn.RNN":
            out.insert(3, ("nonlinearity", False, False))
        return [o for o in out if o[0] not in ("device", "dtype")]
    out = []
    for p in inspect.signature(cls).parameters.values():
        if p.name in ("device", "dtype", "_weight", "_freeze", "kwargs"):
            continue
        if p.kind is p.VAR_POSITIONAL:
            out += [("args", False, False)] * 3
            continue
        out.append((p.name, p.default is p.empty, p.kind is p.KEYWORD_ONLY))
    return out


@st.composite
def _calls(draw: st.DrawFn, target: str) -> dict[str, object]:
    args: list[object] = []
    kwargs: dict[str, object] = {}
    positional = True
    for name, required, keyword_only in _parameters(target):
        # An optional parameter is given half the time, a required one nearly always.
        given = draw(st.integers(0, 19)) > 0 if required else draw(st.booleans())
        if not given:
            positional = False  # what follows goes by keyword
            continue
        value = draw(_POOLS[name])
        positional = positional and not keyword_only and draw(st.integers(0, 3)) > 0
        if positional or name == "args":
            args.append(value)
        else:
            kwargs[name] = value
    if draw(st.integers(0, 19)) == 0:
        kwargs["bogus"] = 1
    return _tree(target, *args, **kwargs)


FORMULA_TARGETS = sorted(name.removeprefix(MODULES) for name in _formulas._FORMULAS)


def _torch_count(tree: dict[str, object]) -> int | None:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return _params_worker.count(tree)


@pytest.mark.parametrize("target", FORMULA_TARGETS)
@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_formula_counts_agree_with_torch(target: str, data: st.DataObject) -> None:
    # A formula answers only what torch builds, with torch's count; otherwise it leaves the
    # layer to torch (None).
    pytest.importorskip("torch")
    tree = data.draw(_calls(target), label="call")
    ours = _formulas.count(tree)
    if ours is not None:
        assert ours == _torch_count(tree)


# Calls each formula must answer (so the property above is not met by declining everything).
_ANSWERED = [
    _tree("linear.Linear", 8, 4, bias=False),
    _tree("linear.Bilinear", 3, 5, 2),
    _tree("linear.Identity", 3, x=2),
    _tree("sparse.Embedding", 100, 16, padding_idx=-1),
    _tree("normalization.LayerNorm", [4, 5], elementwise_affine=True, bias=False),
    _tree("normalization.LayerNorm", 6, 1e-6, False),
    _tree("normalization.RMSNorm", (3, 4)),
    _tree("normalization.GroupNorm", 2, 8, affine=False),
    _tree("normalization.GroupNorm", 4, 8),
    _tree("activation.MultiheadAttention", 8, 2),
    _tree("activation.MultiheadAttention", 8, 4, 0.1, False, True, kdim=3, vdim=5),
    _tree("activation.MultiheadAttention", 6, 3, add_bias_kv=True, batch_first=True),
    _tree("rnn.LSTM", 5, 8, 2, bidirectional=True, proj_size=3),
    _tree("rnn.LSTM", 5, 8, num_layers=3, bias=False, dropout=0.2, batch_first=True),
    _tree("rnn.GRU", 5, 8, 2, True, True, 0.0, True),
    _tree("rnn.RNN", 5, 8, 2, "relu", False),
    _tree("rnn.RNN", 5, 8, nonlinearity="tanh", bidirectional=True),
    _tree("transformer.TransformerEncoderLayer", 8, 2, 32, 0.1, "gelu", bias=False),
    _tree("transformer.TransformerDecoderLayer", 8, 4, dim_feedforward=16),
    _tree("transformer.TransformerEncoder", ENCODER_LAYER, 3, _tree("normalization.LayerNorm", 8)),
    _tree("container.Sequential", LINEAR, _tree("activation.ReLU"), _tree("linear.Linear", 4, 2)),
    _tree("container.Sequential"),
    _tree("container.ModuleList", [LINEAR, ENCODER_LAYER]),
    _tree("container.ModuleList"),
    _tree("conv.Conv1d", 4, 8, 3, groups=2, padding="same", padding_mode="reflect"),
    _tree("conv.Conv2d", 3, 6, (3, 5), 2, (1, 2), bias=False),
    _tree("conv.Conv3d", 2, 4, 3, padding="valid"),
    _tree("conv.ConvTranspose1d", 4, 6, 3, groups=2),
    _tree("conv.ConvTranspose2d", 3, 5, (2, 4), output_padding=1, stride=2),
    _tree("conv.ConvTranspose3d", 2, 2, 2, bias=False),
    _tree("batchnorm.BatchNorm2d", 16),
    _tree("batchnorm.BatchNorm1d", 16, affine=False),
    _tree("instancenorm.InstanceNorm2d", 16, affine=True),
    _tree("instancenorm.InstanceNorm3d", 16),
    _tree("dropout.Dropout", 0.3, True),
    _tree("dropout.Dropout2d"),
    _tree("pooling.MaxPool2d", 2, 2, 1, ceil_mode=True),
    _tree("pooling.AvgPool2d", (2, 3), divisor_override=2),
    _tree("pooling.AdaptiveAvgPool2d", (7, None)),
    _tree("pooling.AdaptiveMaxPool1d", 4, True),
    _tree("activation.GELU", approximate="tanh"),
    _tree("activation.Softmax", dim=-1),
    _tree("activation.LeakyReLU", 0.2, True),
    _tree("flatten.Flatten", 0, 2),
    _tree("flatten.Unflatten", 1, (2, -1)),
    _tree("upsampling.Upsample", scale_factor=2.0, mode="bilinear", align_corners=False),
    _tree("batchnorm.BatchNorm3d", 4, 1e-3, None),
    _tree("instancenorm.InstanceNorm1d", 4, track_running_stats=True),
    _tree("dropout.Dropout1d", p=1.0),
    _tree("dropout.Dropout3d", 0),
    _tree("pooling.AdaptiveAvgPool1d", 3),
    _tree("pooling.AdaptiveAvgPool3d", [2, None, 2]),
    _tree("pooling.AdaptiveMaxPool2d", output_size=5, return_indices=False),
    _tree("pooling.AdaptiveMaxPool3d", 1),
    _tree("pooling.AvgPool1d", 3, 1, 1, False, False),
    _tree("pooling.AvgPool3d", 2, count_include_pad=False),
    _tree("pooling.MaxPool1d", 3, None, 1, 2, True),
    _tree("pooling.MaxPool3d", (1, 2, 2)),
]


@pytest.mark.parametrize("tree", _ANSWERED, ids=lambda t: str(t["call"]).rpartition(".")[2])
def test_formulas_answer_for_valid_calls(tree: dict[str, object]) -> None:
    pytest.importorskip("torch")
    ours = _formulas.count(tree)
    assert ours is not None
    assert ours == _torch_count(tree)


def test_every_formula_is_exercised() -> None:
    answered = {str(t["call"]).removeprefix(MODULES) for t in _ANSWERED}
    missing = [
        t for t in FORMULA_TARGETS if t not in answered and t.split(".")[1] not in _NO_ARGUMENTS
    ]
    assert missing == []


# Layers whose formula takes no argument or only an `inplace` flag: nothing to exercise beyond
# what the property test draws.
_NO_ARGUMENTS = {
    "ReLU", "ReLU6", "SiLU", "Mish", "Hardswish", "Hardsigmoid", "Tanh", "Sigmoid", "Softsign",
    "Tanhshrink", "LogSigmoid", "LogSoftmax", "Softmin", "ELU", "CELU", "AlphaDropout",
}  # fmt: skip


def test_torch_is_started_early_only_for_layers_without_a_formula(tmp_path: Path) -> None:
    from typedtorch._report._static import _needs_torch

    def needs(init: str) -> bool:
        path = tmp_path / "m.py"
        path.write_text(
            "import torch.nn as nn\n"
            "Alias = nn.Linear\n"
            "def Block(n: int) -> nn.Module: ...\n"
            "class Mine(nn.Module): ...\n"
            "class Net(nn.Module):\n"
            "    def __init__(self) -> None:\n"
            f"        {init}\n"
        )
        return _needs_torch(path)

    assert not needs("self.a = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), Mine(), Block(2))")
    assert not needs("self.a = Alias(2, 3)")
    assert not needs("self.w = nn.Parameter(torch.zeros(3))")
    assert needs("self.a = nn.PReLU(3)")
    assert needs("self.a: nn.Module = nn.Sequential(nn.Linear(2, 3), nn.PReLU())")


def test_a_layer_changed_after_its_construction_has_no_count(tmp_path: Path) -> None:
    # The constructor call alone does not give these layers' parameters: never a guess.
    path = tmp_path / "grown.py"
    path.write_text(
        textwrap.dedent(
            """
            import torch
            import torch.nn as nn


            class Grown(nn.Module):
                def __init__(self, depth: int) -> None:
                    super().__init__()
                    self.layers = nn.ModuleList()
                    for _ in range(depth):
                        self.layers.append(nn.Linear(4, 4))
                    self.seq = nn.Sequential(nn.Linear(4, 4))
                    self.seq[0] = nn.Linear(4, 8)
                    self.twice = nn.Linear(4, 4)
                    self.twice = nn.Linear(4, 2)
                    self.kept = nn.Linear(4, 3)
                    nn.init.zeros_(self.kept.bias)
                    self.kept.weight.data.normal_()
                    if depth > 2:
                        self.maybe = nn.Linear(4, 4)

                def forward(self, x: torch.Tensor) -> torch.Tensor:
                    return self.kept(x)
            """
        )
    )
    (report,) = analyze(path, config=CONFIG)
    assert report.layer_params == {
        "layers": None,
        "seq": None,
        "twice": None,
        "kept": 15,
        "maybe": 20,
    }
    # A layer built in a branch may not exist: the model's total does not count it.
    assert report.total_params() == (15, ["layers", "seq", "twice", "maybe"])


USER_LAYERS = textwrap.dedent(
    """
    import math
    from typing import Generic, TypeVar

    import torch
    import torch.nn as nn

    C = TypeVar("C", bound=int)


    class Block(nn.Module, Generic[C]):
        def __init__(self, channels: C, scale: float = 1.0) -> None:
            super().__init__()
            self.conv = nn.Conv2d(channels, channels, 3, bias=False)
            self.norm = nn.BatchNorm2d(channels)
            self.scale = scale
            self.root = math.sqrt(channels)
            self.register_buffer("steps", torch.zeros(1))

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            return self.norm(self.conv(x))


    class Plain(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.fc = nn.Linear(4, 4)

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            return self.fc(x)


    class WithParameter(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.fc = nn.Linear(4, 4)
            self.gain = nn.Parameter(torch.ones(4))

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            return self.fc(x) * self.gain


    class Branching(nn.Module):
        def __init__(self, wide: bool) -> None:
            super().__init__()
            self.fc = nn.Linear(4, 4)
            if wide:
                self.extra = nn.Linear(4, 4)

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            return self.fc(x)


    class Given(nn.Module):
        def __init__(self, inner: nn.Module) -> None:
            super().__init__()
            self.inner = inner

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            return self.inner(x)


    class Rebound(nn.Module):
        def __init__(self, width: int) -> None:
            super().__init__()
            width = width * 2
            self.fc = nn.Linear(width, width)

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            return self.fc(x)


    class Pair(nn.Module, Generic[C]):
        def __init__(self, a: C, b: C) -> None:
            super().__init__()
            self.fc = nn.Linear(a, b)

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            return self.fc(x)


    class Net(nn.Module):
        def __init__(self, width: int = 6) -> None:
            super().__init__()
            self.a = Block(8)
            self.b = Block(channels=16, scale=0.5)
            self.c = Plain()
            self.d = nn.Sequential(Plain(), Block(4))
            self.e = WithParameter()
            self.f = Branching(True)
            self.g = Given(Plain())
            self.h = Block(width)
            self.i = Rebound(3)
            self.j = Pair(2, 2)

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            return self.a(x)
    """
)


def test_classes_of_the_file_are_counted_as_layers(tmp_path: Path) -> None:
    # A class built only from layers of known count is a layer of known count, at the sizes
    # its call passes; one that holds anything else (a Parameter, a layer passed in, a branch)
    # is unknown, never a guess.
    torch = pytest.importorskip("torch")
    path = tmp_path / "users.py"
    path.write_text(USER_LAYERS)
    (report,) = analyze(path, "Net", config=CONFIG)
    namespace: dict[str, Any] = {}
    exec(compile(USER_LAYERS, str(path), "exec"), namespace)
    with torch.device("meta"):
        net = namespace["Net"]()
    real = {name: sum(p.numel() for p in m.parameters()) for name, m in net.named_children()}
    assert report.layer_params == {
        "a": real["a"],
        "b": real["b"],
        "c": real["c"],
        "d": real["d"],
        "e": None,
        "f": None,
        "g": None,
        "h": None,  # `width` is a plain int parameter: no literal size to count Block at
        "i": None,  # its count is in a `width` that is not the parameter's
        "j": None,  # `C` types two parameters
    }
    assert (real["a"], real["b"], real["d"]) == (8 * 8 * 9 + 16, 16 * 16 * 9 + 32, 20 + 152)


def test_repeated_layers(tmp_path: Path) -> None:
    # `[Block() for _ in range(n)]` is n copies (a polynomial in a named int `n`); a copy that
    # reads the loop variable is unknown. The total counts every layer __init__ builds.
    pytest.importorskip("torch")
    source = textwrap.dedent(
        """
        import torch
        import torch.nn as nn


        class Plain(nn.Module):
            def __init__(self) -> None:
                super().__init__()
                self.fc = nn.Linear(4, 4)

            def forward(self, x: torch.Tensor) -> torch.Tensor:
                return self.fc(x)


        class Net(nn.Module):
            def __init__(self, depth: int = 2) -> None:
                super().__init__()
                self.fixed = nn.ModuleList([Plain() for _ in range(3)])
                self.deep = nn.ModuleList([Plain() for _ in range(depth)])
                self.varied = nn.ModuleList([nn.Linear(4, i + 1) for i in range(3)])
                self.head = nn.Linear(4, 2)

            def forward(self, x: torch.Tensor) -> torch.Tensor:
                for layer in self.fixed:
                    x = layer(x)
                for layer in self.deep:
                    x = layer(x)
                return self.head(x)
        """
    )
    path = tmp_path / "repeated.py"
    path.write_text(source)
    (report,) = analyze(path, "Net", config=CONFIG)
    params = {k: v if isinstance(v, int | None) else str(v) for k, v in report.layer_params.items()}
    assert params == {"fixed": 60, "deep": "20*depth", "varied": None, "head": 10}
    total, unknown = report.total_params()
    assert (str(total), unknown) == ("20*depth + 70", ["varied"])
    namespace: dict[str, Any] = {}
    exec(compile(source, str(path), "exec"), namespace)
    net = namespace["Net"](depth=5)
    # The total at depth=5 is torch's count (the unknown `varied` aside).
    assert sum(p.numel() for name, p in net.named_parameters() if "varied" not in name) == 170
