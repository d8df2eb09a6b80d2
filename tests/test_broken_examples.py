"""examples/broken/: each file holds one classic shape bug, which mypy must report exactly once.

Every file marks its buggy line with `# BUG: <code>`. ONE mypy run (with the plugin) over the
folder; then, per file: exactly one error, on the marked line, with the marked code, and a
message that says what is wrong. Each file's `demo()` also shows that torch fails the same way
at runtime (the CUDA one only where CUDA is available).
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
import torch

ROOT = Path(__file__).resolve().parent.parent
BROKEN = ROOT / "examples" / "broken"
FILES = sorted(p for p in BROKEN.glob("*.py") if not p.name.startswith("_"))

_REPORT = re.compile(
    r"^(?P<file>[^:]+\.py):(?P<line>\d+): error: (?P<msg>.*?)  \[(?P<code>[\w-]+)\]$"
)
_MARK = re.compile(r"#\s*BUG:\s*(?P<code>[\w-]+)")

# What each message must say: the sizes, dtypes or devices that disagree.
PHRASES: dict[str, list[str]] = {
    "bce_target.py": [
        '"binary_cross_entropy_with_logits"',
        "input [?, 1] and target [?] must have the same shape",
        ".squeeze(-1)",
    ],
    "cat_dim.py": ['"cat"', "tensor 0 is [B, 32] and tensor 1 is [B, 16]", "sizes 32 and 16"],
    "conv_channels.py": ["expects 8 input channels (dim 1), got 16 in input [B, 16, 4, 4]"],
    "cuda_model.py": ["the layer is on cuda and the input is on cpu", '.to("cuda")'],
    "flatten_size.py": ['"Linear(512, 10)"', "expects last dim 512, got 128 in input [B, 128]"],
    "float64_data.py": ['"Linear(64, 32)"', "the layer is float32 and the input is float64"],
    "lstm_hidden_layout.py": ["expects h_0 of shape [2, 4, 20]", "got [4, 2, 20]"],
    "lstm_input_size.py": ["expects input_size 32 (last dim), got 64 in input [B, S, 64]"],
    "missing_flatten.py": ["expects last dim 128, got 2 in input [B, 32, 2, 2]"],
    "mse_target.py": ['"mse_loss"', "input [?, 1] and target [?]", "broadcast them to [?, ?]"],
    "resnet_shortcut.py": ['"add"', "dimension 2 has sizes (H + 1) // 2 and H"],
}

# How torch fails on the same bug: exception (or warning) type and message.
RUNTIME: dict[str, tuple[type[Exception] | type[Warning], str]] = {
    "bce_target.py": (ValueError, r"Target size \(torch.Size\(\[4\]\)\) must be the same"),
    "cat_dim.py": (RuntimeError, r"Expected size 32 but got size 16"),
    "conv_channels.py": (RuntimeError, r"expected input\[4, 16, 4, 4\] to have 8 channels"),
    "cuda_model.py": (RuntimeError, r"Expected all tensors to be on the same device"),
    "flatten_size.py": (RuntimeError, r"cannot be multiplied \(4x128 and 512x10\)"),
    "float64_data.py": (RuntimeError, r"must have the same dtype"),
    "lstm_hidden_layout.py": (
        RuntimeError,
        r"Expected hidden\[0\] size \(2, 4, 20\), got \[4, 2, 20\]",
    ),
    "lstm_input_size.py": (RuntimeError, r"Expected 32, got 64"),
    "missing_flatten.py": (RuntimeError, r"cannot be multiplied \(256x2 and 128x10\)"),
    "mse_target.py": (UserWarning, r"Using a target size \(torch.Size\(\[4\]\)\)"),
    "resnet_shortcut.py": (RuntimeError, r"size of tensor a \(4\) must match .* b \(8\)"),
}


def test_every_file_is_listed() -> None:
    names = {p.name for p in FILES}
    assert names == set(PHRASES) == set(RUNTIME)


@pytest.fixture(scope="module")
def mypy_errors() -> dict[str, list[tuple[int, str, str]]]:
    """One mypy run over examples/broken/: (line, code, message) by file name."""
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--config-file",
            str(ROOT / "pyproject.toml"),
            "--cache-dir",
            str(ROOT / ".mypy_cache" / "examples_broken"),
            "--no-error-summary",
            "--no-color-output",
            "--no-pretty",
            "--show-error-codes",
            *[str(p.relative_to(ROOT)) for p in FILES],
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "MYPY_FORCE_COLOR": "0"},
    )
    assert "INTERNAL ERROR" not in proc.stdout + proc.stderr, proc.stdout + proc.stderr
    errors: dict[str, list[tuple[int, str, str]]] = {p.name: [] for p in FILES}
    for text in proc.stdout.splitlines():
        m = _REPORT.match(text)
        assert m is not None, f"unexpected mypy output: {text}"
        path = (ROOT / m["file"]).resolve()
        assert path.parent == BROKEN, f"mypy reported outside examples/broken/: {text}"
        errors[path.name].append((int(m["line"]), m["code"], m["msg"]))
    return errors


def _mark(path: Path) -> tuple[int, str]:
    marks = [
        (number, m["code"])
        for number, line in enumerate(path.read_text().splitlines(), start=1)
        if (m := _MARK.search(line)) is not None
    ]
    assert len(marks) == 1, f"{path.name} must mark exactly one line with '# BUG: <code>'"
    return marks[0]


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_one_error_on_the_marked_line(
    path: Path, mypy_errors: dict[str, list[tuple[int, str, str]]]
) -> None:
    line, code = _mark(path)
    errors = mypy_errors[path.name]
    assert len(errors) == 1, f"expected one error in {path.name}, got {errors}"
    (got_line, got_code, message) = errors[0]
    assert (got_line, got_code) == (line, code), message
    for phrase in PHRASES[path.name]:
        assert phrase in message


def _load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"broken_{path.stem}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_torch_fails_the_same_way(path: Path) -> None:
    if path.name == "cuda_model.py" and not torch.cuda.is_available():
        pytest.skip("needs CUDA")
    demo = _load(path).demo
    kind, pattern = RUNTIME[path.name]
    if issubclass(kind, Warning):
        with pytest.warns(kind, match=pattern):
            demo()
    else:
        with pytest.raises(kind, match=pattern):
            demo()
