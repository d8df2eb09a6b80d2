"""typecheck_tests/dropin/ (and dropin_pending/): every fail twin's bug is a real bug.

Each `fail_<name>.py` is an ordinary torch program with one classic bug; its twin `pass_<name>.py`
is the same program, correct. Here each fail file runs as a script with plain torch (no typedtorch
runtime checks), and torch must fail the way the bug says: raise with the message below, or, for
the silent bugs, warn or compute the wrong value asserted below. Each pass twin runs clean, with
no warning. The CUDA programs run only where CUDA is available.
"""

from __future__ import annotations

import runpy
import warnings
from pathlib import Path
from typing import Any

import pytest
import torch

ROOT = Path(__file__).resolve().parent.parent
DIRS = [ROOT / "typecheck_tests" / "dropin", ROOT / "typecheck_tests" / "dropin_pending"]


def _files(prefix: str) -> dict[str, Path]:
    return {p.stem[len(prefix) :]: p for d in DIRS for p in sorted(d.glob(f"{prefix}*.py"))}


FAILS = _files("fail_")
PASSES = _files("pass_")

# How torch fails when the fail file runs: exception type and message.
RAISES: dict[str, tuple[type[BaseException], str]] = {
    "attention_bmm": (
        RuntimeError,
        r"Expected size for first two dimensions of batch2 tensor to be: \[2, 64\] but got: \[2, 7\]",
    ),
    "attention_heads_transpose": (
        RuntimeError,
        r"size of tensor a \(4\) must match the size of tensor b \(5\) at non-singleton dimension 1",
    ),
    "batchless_target": (
        ValueError,
        r"Expected input batch_size \(1\) to match target batch_size \(0\)",
    ),
    "batchnorm1d_sequence": (RuntimeError, r"running_mean should contain 10 elements not 64"),
    "batchnorm2d_channels": (RuntimeError, r"running_mean should contain 64 elements not 32"),
    "bce_column": (
        ValueError,
        r"Target size \(torch.Size\(\[5\]\)\) must be the same as input size \(torch.Size\(\[5, 1\]\)\)",
    ),
    "bce_int_labels": (
        RuntimeError,
        r"result type Float can't be cast to the desired output type Long",
    ),
    "cat_dim": (RuntimeError, r"Expected size 32 but got size 16 for tensor number 1"),
    "ce_float_labels": (RuntimeError, r"expected target dtype to be Long or Byte, but got Float"),
    "ce_onehot_target": (
        RuntimeError,
        r"Expected floating point type for target with class probabilities, got Long",
    ),
    "ce_target_column": (
        RuntimeError,
        r"0D or 1D target tensor expected, multi-target not supported",
    ),
    "channels_last": (
        RuntimeError,
        r"expected input\[4, 32, 32, 3\] to have 3 channels, but got 32 channels instead",
    ),
    "conv1d_text": (
        RuntimeError,
        r"expected input\[3, 17, 50\] to have 50 channels, but got 17 channels instead",
    ),
    "conv_channels_swapped": (
        RuntimeError,
        r"expected input\[2, 32, 32, 32\] to have 64 channels, but got 32 channels instead",
    ),
    "embedding_float_ids": (
        RuntimeError,
        r"'indices' to have one of the following scalar types: Long, Int; but got torch.FloatTensor",
    ),
    "flatten_batch": (
        RuntimeError,
        r"mat1 and mat2 shapes cannot be multiplied \(1x768 and 128x10\)",
    ),
    "float64_numpy": (
        RuntimeError,
        r"mat1 and mat2 must have the same dtype, but got Double and Float",
    ),
    "gru_bidirectional_head": (
        RuntimeError,
        r"mat1 and mat2 shapes cannot be multiplied \(2x128 and 64x12\)",
    ),
    "int_features": (
        RuntimeError,
        r"mat1 and mat2 must have the same dtype, but got Long and Float",
    ),
    "lstm_4d_input": (ValueError, r"LSTM: Expected input to be 2D or 3D, got 4D instead"),
    "lstm_input_size": (
        RuntimeError,
        r"input.size\(-1\) must be equal to input_size. Expected 32, got 64",
    ),
    "lstm_state_layout": (
        RuntimeError,
        r"Expected hidden\[0\] size \(2, 3, 32\), got \[3, 2, 32\]",
    ),
    "mean_pool_dim": (RuntimeError, r"mat1 and mat2 shapes cannot be multiplied \(2x11 and 96x5\)"),
    # torch's own `assert` in multi_head_attention_forward: batch 2 is read as the sequence.
    "mha_batch_first": (AssertionError, r"Expected key_padded_mask.shape\[0\] to be 9, but got 2"),
    "missing_flatten": (
        RuntimeError,
        r"mat1 and mat2 shapes cannot be multiplied \(1120x7 and 1568x10\)",
    ),
    "pool_flatten_size": (
        RuntimeError,
        r"mat1 and mat2 shapes cannot be multiplied \(2x1024 and 4096x256\)",
    ),
    "stack_vs_cat": (
        RuntimeError,
        r"mat1 and mat2 shapes cannot be multiplied \(12x32 and 96x10\)",
    ),
    "transpose_permute": (
        RuntimeError,
        r"input.size\(-1\) must be equal to input_size. Expected 128, got 3",
    ),
    "unsqueeze_mask": (
        RuntimeError,
        r"size of tensor a \(5\) must match the size of tensor b \(4\) at non-singleton dimension 1",
    ),
    "valid_conv_flatten": (
        RuntimeError,
        r"mat1 and mat2 shapes cannot be multiplied \(3x256 and 400x120\)",
    ),
    # The last batch (36 of 100) holds 36 * 1568 elements: 64 rows of 882, the wrong width.
    "view_batch_constant": (
        RuntimeError,
        r"mat1 and mat2 shapes cannot be multiplied \(64x882 and 1568x10\)",
    ),
    "view_batch_size": (
        RuntimeError,
        r"mat1 and mat2 shapes cannot be multiplied \(64x882 and 1568x10\)",
    ),
}

# CPU data into a CUDA model, or CUDA data into a CPU model.
CUDA = {"cuda_factory", "cuda_hidden_state", "cuda_model", "cuda_to_string"}
# Silent bugs: torch computes a wrong value (tested one by one below).
SILENT = {"mse_column", "softmax_dim"}

needs_cuda = pytest.mark.skipif(
    not torch.cuda.is_available(), reason="CPU/CUDA device mix: needs a CUDA device to run"
)


def _run_main(path: Path) -> None:
    runpy.run_path(str(path), run_name="__main__")


def _definitions(path: Path) -> dict[str, Any]:
    """The program's module globals, without running its `__main__` block."""
    return runpy.run_path(str(path), run_name=f"dropin_{path.stem}")


def test_every_program_is_listed_and_has_its_twin() -> None:
    assert set(FAILS) == set(RAISES) | CUDA | SILENT
    assert set(PASSES) == set(FAILS)
    assert len(FAILS) >= 24


def test_readme_lists_every_bug() -> None:
    readme = (ROOT / "typecheck_tests" / "dropin" / "README.md").read_text()
    missing = [name for name in FAILS if f"fail_{name}.py" not in readme]
    assert not missing, f"not in typecheck_tests/dropin/README.md: {missing}"


@pytest.mark.parametrize("name", sorted(RAISES))
def test_torch_raises_on_the_bug(name: str) -> None:
    exc, message = RAISES[name]
    with pytest.raises(exc, match=message):
        _run_main(FAILS[name])


@pytest.mark.parametrize("name", sorted(CUDA))
@needs_cuda
def test_torch_raises_on_the_device_mix(name: str) -> None:
    with pytest.raises(RuntimeError, match=r"Expected all tensors to be on the same device"):
        _run_main(FAILS[name])


@pytest.mark.parametrize("name", sorted(PASSES))
def test_pass_twin_runs_clean(name: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        _run_main(PASSES[name])


def test_mse_column_broadcasts_to_a_batch_by_batch_loss() -> None:
    with pytest.warns(
        UserWarning,
        match=r"Using a target size \(torch.Size\(\[8\]\)\) that is different to the input size \(torch.Size\(\[8, 1\]\)\)",
    ):
        _run_main(FAILS["mse_column"])
    program = _definitions(FAILS["mse_column"])
    torch.manual_seed(0)
    model = program["PriceModel"]()
    x, prices = torch.randn(8, 13), torch.randn(8)
    with torch.no_grad():
        pred = model(x)
        broadcast = ((pred - prices) ** 2).mean().item()  # [8, 1] - [8] is [8, 8]
        intended = ((pred.squeeze(1) - prices) ** 2).mean().item()
    with pytest.warns(UserWarning, match="target size"):
        loss = program["train_step"](model, torch.optim.SGD(model.parameters(), lr=0.0), x, prices)
    assert loss == pytest.approx(broadcast)
    assert loss != pytest.approx(intended)


def test_softmax_over_the_size_1_dim_weighs_every_token_1() -> None:
    torch.manual_seed(0)
    tokens = torch.randn(2, 6, 128)
    with torch.no_grad():
        buggy = _definitions(FAILS["softmax_dim"])["AttentionPool"]()(tokens)
        correct = _definitions(PASSES["softmax_dim"])["AttentionPool"]()(tokens)
    assert torch.allclose(buggy, tokens.sum(dim=1))
    assert not torch.allclose(correct, tokens.sum(dim=1))
    with pytest.raises(AssertionError):
        _run_main(FAILS["softmax_dim"])  # its own check: an average never exceeds the maximum
