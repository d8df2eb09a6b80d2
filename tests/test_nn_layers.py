"""typedtorch.nn layers are torch's: same init draws, parameters, state_dict keys and outputs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
import torch

import typedtorch.nn as tnn

# (typed class, torch class, constructor args, input shape or factory)
CASES: list[tuple[type[Any], type[Any], tuple[Any, ...], dict[str, Any], Callable[[], Any]]] = [
    (tnn.Linear, torch.nn.Linear, (6, 4), {}, lambda: torch.randn(3, 6)),
    (tnn.Linear, torch.nn.Linear, (6, 4), {"bias": False}, lambda: torch.randn(3, 6)),
    (
        tnn.Bilinear,
        torch.nn.Bilinear,
        (3, 4, 5),
        {},
        lambda: (torch.randn(2, 3), torch.randn(2, 4)),
    ),
    (tnn.Identity, torch.nn.Identity, (), {}, lambda: torch.randn(2, 3)),
    (tnn.Flatten, torch.nn.Flatten, (), {}, lambda: torch.randn(2, 3, 4)),
    (tnn.Unflatten, torch.nn.Unflatten, (1, (2, 6)), {}, lambda: torch.randn(2, 12)),
    (tnn.Conv1d, torch.nn.Conv1d, (3, 4, 3), {"padding": 1}, lambda: torch.randn(2, 3, 9)),
    (tnn.Conv2d, torch.nn.Conv2d, (3, 4, 3), {"stride": 2}, lambda: torch.randn(2, 3, 9, 9)),
    (tnn.Conv3d, torch.nn.Conv3d, (2, 4, 2), {}, lambda: torch.randn(1, 2, 4, 4, 4)),
    (tnn.ConvTranspose1d, torch.nn.ConvTranspose1d, (3, 4, 3), {}, lambda: torch.randn(2, 3, 5)),
    (
        tnn.ConvTranspose2d,
        torch.nn.ConvTranspose2d,
        (3, 4, 2),
        {"stride": 2},
        lambda: torch.randn(1, 3, 4, 4),
    ),
    (
        tnn.ConvTranspose3d,
        torch.nn.ConvTranspose3d,
        (2, 2, 2),
        {},
        lambda: torch.randn(1, 2, 3, 3, 3),
    ),
    (tnn.MaxPool1d, torch.nn.MaxPool1d, (2,), {}, lambda: torch.randn(2, 3, 8)),
    (tnn.MaxPool2d, torch.nn.MaxPool2d, (2,), {}, lambda: torch.randn(2, 3, 8, 8)),
    (tnn.MaxPool3d, torch.nn.MaxPool3d, (2,), {}, lambda: torch.randn(1, 2, 4, 4, 4)),
    (tnn.AvgPool1d, torch.nn.AvgPool1d, (2,), {}, lambda: torch.randn(2, 3, 8)),
    (
        tnn.AvgPool2d,
        torch.nn.AvgPool2d,
        (3,),
        {"stride": 2, "padding": 1},
        lambda: torch.randn(2, 3, 8, 8),
    ),
    (tnn.AvgPool3d, torch.nn.AvgPool3d, (2,), {}, lambda: torch.randn(1, 2, 4, 4, 4)),
    (tnn.AdaptiveAvgPool1d, torch.nn.AdaptiveAvgPool1d, (3,), {}, lambda: torch.randn(2, 3, 8)),
    (
        tnn.AdaptiveAvgPool2d,
        torch.nn.AdaptiveAvgPool2d,
        ((2, 3),),
        {},
        lambda: torch.randn(2, 3, 8, 8),
    ),
    (
        tnn.AdaptiveAvgPool3d,
        torch.nn.AdaptiveAvgPool3d,
        (1,),
        {},
        lambda: torch.randn(1, 2, 4, 4, 4),
    ),
    (tnn.AdaptiveMaxPool1d, torch.nn.AdaptiveMaxPool1d, (3,), {}, lambda: torch.randn(2, 3, 8)),
    (tnn.AdaptiveMaxPool2d, torch.nn.AdaptiveMaxPool2d, (2,), {}, lambda: torch.randn(2, 3, 8, 8)),
    (
        tnn.AdaptiveMaxPool3d,
        torch.nn.AdaptiveMaxPool3d,
        (2,),
        {},
        lambda: torch.randn(1, 2, 4, 4, 4),
    ),
    (tnn.BatchNorm1d, torch.nn.BatchNorm1d, (3,), {}, lambda: torch.randn(4, 3)),
    (tnn.BatchNorm2d, torch.nn.BatchNorm2d, (3,), {}, lambda: torch.randn(4, 3, 5, 5)),
    (tnn.BatchNorm3d, torch.nn.BatchNorm3d, (2,), {}, lambda: torch.randn(2, 2, 3, 3, 3)),
    (tnn.LayerNorm, torch.nn.LayerNorm, ((4, 5),), {}, lambda: torch.randn(2, 4, 5)),
    (tnn.GroupNorm, torch.nn.GroupNorm, (2, 4), {}, lambda: torch.randn(2, 4, 3)),
    (
        tnn.Embedding,
        torch.nn.Embedding,
        (10, 4),
        {"padding_idx": 0},
        lambda: torch.randint(0, 10, (2, 5)),
    ),
    (tnn.ReLU, torch.nn.ReLU, (), {}, lambda: torch.randn(2, 3)),
    (tnn.GELU, torch.nn.GELU, (), {}, lambda: torch.randn(2, 3)),
    (tnn.SiLU, torch.nn.SiLU, (), {}, lambda: torch.randn(2, 3)),
    (tnn.Tanh, torch.nn.Tanh, (), {}, lambda: torch.randn(2, 3)),
    (tnn.Sigmoid, torch.nn.Sigmoid, (), {}, lambda: torch.randn(2, 3)),
    (tnn.LeakyReLU, torch.nn.LeakyReLU, (0.2,), {}, lambda: torch.randn(2, 3)),
    (tnn.PReLU, torch.nn.PReLU, (3,), {}, lambda: torch.randn(2, 3)),
    (tnn.ELU, torch.nn.ELU, (), {}, lambda: torch.randn(2, 3)),
    (tnn.Softmax, torch.nn.Softmax, (1,), {}, lambda: torch.randn(2, 3)),
    (tnn.LogSoftmax, torch.nn.LogSoftmax, (1,), {}, lambda: torch.randn(2, 3)),
    (tnn.Upsample, torch.nn.Upsample, (), {"scale_factor": 2}, lambda: torch.randn(1, 2, 3, 3)),
]

DROPOUTS = [
    (tnn.Dropout, torch.nn.Dropout, (2, 8)),
    (tnn.Dropout1d, torch.nn.Dropout1d, (2, 3, 8)),
    (tnn.Dropout2d, torch.nn.Dropout2d, (2, 3, 4, 4)),
    (tnn.Dropout3d, torch.nn.Dropout3d, (1, 2, 3, 3, 3)),
    (tnn.AlphaDropout, torch.nn.AlphaDropout, (2, 8)),
]


def _build(cls: type[Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> torch.nn.Module:
    torch.manual_seed(0)
    module: torch.nn.Module = cls(*args, **kwargs)
    return module


def _run(module: torch.nn.Module, x: Any) -> torch.Tensor:
    torch.manual_seed(1)
    out: torch.Tensor = module(*x) if isinstance(x, tuple) else module(x)
    return out


@pytest.mark.parametrize(
    ("typed", "plain", "args", "kwargs", "make"),
    CASES,
    ids=[f"{c[0].__name__}-{i}" for i, c in enumerate(CASES)],
)
def test_layer_is_torchs(
    typed: type[Any],
    plain: type[Any],
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    make: Callable[[], Any],
) -> None:
    a, b = _build(typed, args, kwargs), _build(plain, args, kwargs)
    assert isinstance(a, plain) and isinstance(a, tnn.Module)
    assert a.state_dict().keys() == b.state_dict().keys()
    for (name, p), (_, q) in zip(a.state_dict().items(), b.state_dict().items(), strict=True):
        assert torch.equal(p, q), name
    x = make()
    torch.testing.assert_close(_run(a, x), _run(b, x), rtol=0, atol=0)
    assert repr(a) == repr(b)


@pytest.mark.parametrize(
    ("typed", "plain", "shape"), DROPOUTS, ids=[c[0].__name__ for c in DROPOUTS]
)
def test_dropout_draws_like_torch(
    typed: type[Any], plain: type[Any], shape: tuple[int, ...]
) -> None:
    x = torch.randn(*shape)
    a, b = typed(0.3), plain(0.3)
    assert isinstance(a, plain)
    torch.testing.assert_close(_run(a, x), _run(b, x), rtol=0, atol=0)
    a.eval()
    assert torch.equal(a(x), x)


LOSSES = [
    (
        tnn.CrossEntropyLoss,
        torch.nn.CrossEntropyLoss,
        lambda: (torch.randn(4, 5), torch.randint(0, 5, (4,))),
    ),
    (
        tnn.NLLLoss,
        torch.nn.NLLLoss,
        lambda: (torch.randn(4, 5).log_softmax(1), torch.randint(0, 5, (4,))),
    ),
    (tnn.MSELoss, torch.nn.MSELoss, lambda: (torch.randn(4, 2), torch.randn(4, 2))),
    (tnn.L1Loss, torch.nn.L1Loss, lambda: (torch.randn(4, 2), torch.randn(4, 2))),
    (tnn.BCELoss, torch.nn.BCELoss, lambda: (torch.rand(4, 2), torch.rand(4, 2))),
    (
        tnn.BCEWithLogitsLoss,
        torch.nn.BCEWithLogitsLoss,
        lambda: (torch.randn(4, 2), torch.rand(4, 2)),
    ),
]


@pytest.mark.parametrize(("typed", "plain", "make"), LOSSES, ids=[c[0].__name__ for c in LOSSES])
def test_loss_is_torchs(typed: type[Any], plain: type[Any], make: Callable[[], Any]) -> None:
    x, t = make()
    assert isinstance(typed(), plain)
    for reduction in ("mean", "sum", "none"):
        torch.testing.assert_close(
            typed(reduction=reduction)(x, t), plain(reduction=reduction)(x, t), rtol=0, atol=0
        )


def test_containers_are_torchs() -> None:
    torch.manual_seed(0)
    typed = tnn.Sequential(tnn.Linear(4, 3), tnn.ReLU(), tnn.Linear(3, 2))
    torch.manual_seed(0)
    plain = torch.nn.Sequential(torch.nn.Linear(4, 3), torch.nn.ReLU(), torch.nn.Linear(3, 2))
    assert isinstance(typed, torch.nn.Sequential)
    assert typed.state_dict().keys() == plain.state_dict().keys()
    x = torch.randn(5, 4)
    assert torch.equal(typed(x), plain(x))
    layers = tnn.ModuleList([tnn.Linear(2, 2), tnn.Linear(2, 2)])
    assert isinstance(layers, torch.nn.ModuleList) and len(layers) == 2
    named = tnn.ModuleDict({"a": tnn.Linear(2, 2)})
    assert isinstance(named, torch.nn.ModuleDict) and list(named.keys()) == ["a"]


def test_typed_layers_load_torch_state_dicts() -> None:
    plain = torch.nn.Conv2d(3, 4, 3)
    typed = tnn.Conv2d(3, 4, 3)
    typed.load_state_dict(plain.state_dict())
    assert torch.equal(typed.weight, plain.weight)


def test_movers_return_the_same_object() -> None:
    fc = tnn.Linear(2, 3)
    assert fc.double() is fc and fc.weight.dtype == torch.float64
    assert fc.float() is fc and fc.to(torch.float16) is fc and fc.weight.dtype == torch.float16
    assert fc.cpu() is fc


def test_bad_group_norm_fails_like_torch() -> None:
    with pytest.raises(
        ValueError, match=r"num_channels \(16\) must be divisible by num_groups \(3\)"
    ):
        tnn.GroupNorm(3, 16)


def test_typed_layers_are_torch_classes() -> None:
    # isinstance, FX, TorchScript and checkpoints see torch's own classes.
    assert tnn.Linear is torch.nn.Linear and tnn.Conv2d is torch.nn.Conv2d
    assert isinstance(torch.nn.Conv2d(1, 1, 1), tnn.Conv2d)
