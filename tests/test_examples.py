"""The examples run, learn what they should, and type-check clean under mypy with the plugin."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


def load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"example_{name}", EXAMPLES / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    # Registered first: dataclasses look their module up while the class is created.
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_linear_regression_recovers_weights(capsys: pytest.CaptureFixture[str]) -> None:
    example = load("linear_regression")
    # 1000 steps shrink the initial error (~100) by about (1 - 2 * 5e-3) ** 1000 ~ 4e-5.
    result = example.main(iterations=1000, seed=0, progress=False)
    assert result.weights == pytest.approx([42.0, 64.0, 96.0], abs=0.05)
    assert result.bias == pytest.approx(3.14, abs=0.05)
    out = capsys.readouterr().out
    assert "iteration   900" in out
    assert "w[2]  learned" in out


def test_linear_regression_too_few_iterations_do_not_converge() -> None:
    # The tolerance above means something: 20 steps are nowhere near.
    example = load("linear_regression")
    result = example.main(iterations=20, seed=0, progress=False)
    assert result.weights != pytest.approx([42.0, 64.0, 96.0], abs=0.05)


def test_examples_type_check_clean() -> None:
    """One mypy run (with the project's config, so with the plugin) over examples/."""
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--config-file",
            str(ROOT / "pyproject.toml"),
            "--exclude",
            "examples/broken/",
            "examples",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Success: no issues found" in proc.stdout


def test_digits_cnn_learns() -> None:
    # 3 short epochs: the loss falls from ~2.3 and the test accuracy is far above chance (10%).
    result = load("digits_cnn").main(epochs=3, progress=False)
    assert result.last_loss < result.first_loss - 0.5
    assert result.test_accuracy > 0.5


def test_resnet_learns() -> None:
    result = load("resnet").main(epochs=2, batch_size=128, progress=False)
    assert result.last_loss < result.first_loss
    assert result.test_accuracy > 0.5


def test_vae_loss_falls() -> None:
    # Per-image loss (reconstruction + KL): ~39 nats in the first epoch.
    result = load("vae").main(epochs=3, progress=False)
    assert result.last_loss < result.first_loss - 3.0


def test_gan_discriminator_beats_chance() -> None:
    # A discriminator that cannot tell real from fake scores 2 * ln 2 ~ 1.386.
    result = load("gan").main(epochs=2, progress=False)
    assert result.last_d_loss < 1.35
    assert 0.0 < result.last_g_loss < 5.0


@pytest.fixture
def one_thread() -> Iterator[None]:
    """Small recurrent and attention steps: one thread avoids oversubscribing a shared CPU."""
    import torch

    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(threads)


@pytest.mark.usefixtures("one_thread")
def test_char_lstm_learns_and_samples() -> None:
    # The first step scores ~ln(92) ~ 4.5 nats; 40 steps learn the character frequencies
    # (~3 nats) and more.
    result = load("char_lstm").main(
        steps=40, batch_size=16, seq_len=32, sample_length=20, progress=False
    )
    assert result.last_loss < result.first_loss - 1.0
    assert result.val_loss < result.first_loss - 1.0
    assert result.sample.startswith("def ") and len(result.sample) == 4 + 20


@pytest.mark.usefixtures("one_thread")
def test_transformer_learns_and_samples() -> None:
    # Same text and starting point as the LSTM: ~4.5 nats for a uniform guess.
    result = load("transformer").main(
        steps=40, batch_size=16, block_size=32, n_layer=2, sample_length=40, progress=False
    )
    assert result.last_loss < result.first_loss - 1.0
    assert result.val_loss < result.first_loss - 1.0
    # 4 + 40 characters: longer than block_size, so sampling crops its context.
    assert result.sample.startswith("def ") and len(result.sample) == 4 + 40
