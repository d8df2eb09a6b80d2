"""examples/real_models/: each annotated `model.py` computes exactly what upstream's `original.py` does.

For every model, a small config of the original and of the annotated copy, the original's
weights loaded into the copy, the same input, and `torch.equal` on the outputs. The annotated
copy is imported through `typedtorch.install_import_hook`, so every `Tensor[...]` annotation of
its forwards is checked at each call, and typed layers check their inputs under
`typedtorch.nn.runtime_checks()`.
"""

from __future__ import annotations

import importlib
import sys
import warnings
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest
import torch

import typedtorch as tt
import typedtorch.nn as tnn

PACKAGE = "examples.real_models"

# llama2.c annotates `apply_rotary_emb` with `typing.Tuple`, which beartype warns about.
pytestmark = pytest.mark.filterwarnings(
    "ignore::beartype.roar.BeartypeDecorHintPep585DeprecationWarning"
)


def original(name: str) -> ModuleType:
    with warnings.catch_warnings():
        # locuslab/TCN uses torch.nn.utils.weight_norm, deprecated (FutureWarning) since torch 2.1.
        warnings.simplefilter("ignore", FutureWarning)
        return importlib.import_module(f"{PACKAGE}.{name}.original")


def checked(name: str) -> ModuleType:
    """`examples/real_models/<name>/model.py`, imported fresh with its annotations checked."""
    fullname = f"{PACKAGE}.{name}.model"
    saved = sys.modules.pop(fullname, None)
    try:
        with warnings.catch_warnings(), tt.install_import_hook(fullname):
            warnings.simplefilter("ignore", FutureWarning)
            return importlib.import_module(fullname)
    finally:
        # Other importers (the type-check tests' runtime items) get the plain module.
        sys.modules.pop(fullname, None)
        if saved is not None:
            sys.modules[fullname] = saved


def twins(
    name: str, cls: str, *args: Any, **kwargs: Any
) -> tuple[torch.nn.Module, torch.nn.Module]:
    """The original and the annotated model, same config, same weights, in eval mode."""
    torch.manual_seed(0)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)
        upstream = getattr(original(name), cls)(*args, **kwargs).eval()
        annotated = getattr(checked(name), cls)(*args, **kwargs).eval()
    annotated.load_state_dict(upstream.state_dict())
    return upstream, annotated


@pytest.fixture(autouse=True)
def layer_checks() -> Iterator[None]:
    with tnn.runtime_checks(), torch.no_grad():
        yield


def test_mobilenetv2_same_output() -> None:
    upstream, annotated = twins("mobilenetv2", "MobileNetV2", num_classes=10, width_mult=0.25)
    x = torch.randn(2, 3, 32, 32)
    y = annotated(x)
    assert y.shape == (2, 10)
    assert torch.equal(y, upstream(x))


@pytest.mark.parametrize(
    ("pool", "num_classes", "shape"),
    [("cls", 10, (2, 10)), ("mean", 10, (2, 10)), ("cls", 0, (2, 17, 64))],
)
def test_vit_same_output(pool: str, num_classes: int, shape: tuple[int, ...]) -> None:
    config = dict(image_size=32, patch_size=8, dim=64, depth=2, heads=4, mlp_dim=128, dim_head=16)
    upstream, annotated = twins("vit", "ViT", num_classes=num_classes, pool=pool, **config)
    x = torch.randn(2, 3, 32, 32)
    y = annotated(x)
    assert y.shape == shape
    assert torch.equal(y, upstream(x))


def test_llama2_same_logits_and_loss() -> None:
    args = dict(dim=64, n_layers=2, n_heads=4, n_kv_heads=2, vocab_size=32, multiple_of=16)
    upstream_args = original("llama2").ModelArgs(max_seq_len=32, **args)
    upstream, annotated = twins("llama2", "Transformer", upstream_args)
    tokens = torch.randint(0, 32, (2, 16))
    # Inference: logits for the last position only (`h[:, [-1], :]`).
    last = annotated(tokens)
    assert last.shape == (2, 1, 32)
    assert torch.equal(last, upstream(tokens))
    # Training: logits for every position, and the loss kept in `last_loss`.
    targets = torch.randint(0, 32, (2, 16))
    logits = annotated(tokens, targets)
    assert logits.shape == (2, 16, 32)
    assert torch.equal(logits, upstream(tokens, targets))
    assert torch.equal(annotated.last_loss, upstream.last_loss)


def test_seq2seq_same_encoder_and_attention_decoder_steps() -> None:
    hidden, max_length = 16, 10
    enc, enc_typed = twins("seq2seq", "EncoderRNN", 20, hidden)
    dec, dec_typed = twins("seq2seq", "AttnDecoderRNN", hidden, 30, max_length=max_length)
    plain, plain_typed = twins("seq2seq", "DecoderRNN", hidden, 30)
    sentence = torch.tensor([[4], [7], [1]])  # `tensorFromSentence`: [T, 1] word indices
    h, h_typed = torch.zeros(1, 1, hidden), torch.zeros(1, 1, hidden)
    outputs = torch.zeros(max_length, hidden)
    for i in range(sentence.size(0)):
        o, h = enc(sentence[i], h)
        o_typed, h_typed = enc_typed(sentence[i], h_typed)
        assert o_typed.shape == h_typed.shape == (1, 1, hidden)
        assert torch.equal(o_typed, o) and torch.equal(h_typed, h)
        outputs[i] = o[0, 0]
    token = torch.tensor([[0]])  # SOS
    out, dh, attn = dec(token, h, outputs)
    out_typed, dh_typed, attn_typed = dec_typed(token, h_typed, outputs)
    assert out_typed.shape == (1, 30) and attn_typed.shape == (1, max_length)
    assert torch.equal(out_typed, out) and torch.equal(dh_typed, dh)
    assert torch.equal(attn_typed, attn)
    # The next step feeds back `topi.squeeze().detach()`, a rank-0 index.
    token = out.topk(1)[1].squeeze().detach()
    assert token.dim() == 0
    out2, _ = plain(token, h)
    out2_typed, _ = plain_typed(token, h_typed)
    assert out2_typed.shape == (1, 30)
    assert torch.equal(out2_typed, out2)


def test_tcn_same_output() -> None:
    upstream, annotated = twins("tcn", "TCN", 2, 1, [8, 8, 8], kernel_size=3, dropout=0.0)
    x = torch.randn(4, 2, 50)
    y = annotated(x)
    assert y.shape == (4, 1)
    assert torch.equal(y, upstream(x))


def test_unet_same_output() -> None:
    upstream, annotated = twins("unet", "UNet", 6)
    x = torch.randn(2, 3, 32, 48)  # three 2x poolings and upsamplings: sides multiples of 8
    y = annotated(x)
    assert y.shape == (2, 6, 32, 48)
    assert torch.equal(y, upstream(x))


def test_annotated_forwards_are_checked_at_runtime() -> None:
    # The hook checks the annotations. RMSNorm's input is [B, T, dim]: a 2-D input is rejected before torch sees it.
    llama = checked("llama2")
    with pytest.raises(
        tt.TensorTypeError, match=r'"x" of "RMSNorm.forward".*rank is 2, expected 3'
    ):
        llama.RMSNorm(8, eps=1e-5)(torch.randn(4, 8))
