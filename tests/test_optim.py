"""Pure optimizers: numerically torch's SGD / SGD-momentum / Adam; torch.optim on typed models."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest
import torch

import typedtorch.nn as tnn
import typedtorch.optim as topt


def _model() -> torch.nn.Module:
    torch.manual_seed(0)
    return tnn.Sequential(tnn.Linear(4, 8), tnn.ReLU(), tnn.Linear(8, 2))


def _batches(n: int) -> list[tuple[torch.Tensor, torch.Tensor]]:
    g = torch.Generator().manual_seed(1)
    return [(torch.randn(5, 4, generator=g), torch.randn(5, 2, generator=g)) for _ in range(n)]


def _loss(model: torch.nn.Module, x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
    return torch.nn.functional.mse_loss(model(x), y)


CASES: list[tuple[str, Callable[[Any], torch.optim.Optimizer], Any]] = [
    ("gd", lambda p: torch.optim.SGD(p, lr=0.1), topt.GD()),
    ("gd-wd", lambda p: torch.optim.SGD(p, lr=0.1, weight_decay=0.01), topt.GD(weight_decay=0.01)),
    ("gdm", lambda p: torch.optim.SGD(p, lr=0.1, momentum=0.9), topt.GDM(momentum=0.9)),
    (
        "gdm-nesterov-damp",
        lambda p: torch.optim.SGD(p, lr=0.1, momentum=0.8, nesterov=True, weight_decay=0.01),
        topt.GDM(momentum=0.8, nesterov=True, weight_decay=0.01),
    ),
    (
        "gdm-dampening",
        lambda p: torch.optim.SGD(p, lr=0.1, momentum=0.9, dampening=0.5),
        topt.GDM(momentum=0.9, dampening=0.5),
    ),
    ("adam", lambda p: torch.optim.Adam(p, lr=0.01), topt.Adam()),
    (
        "adam-amsgrad-wd",
        lambda p: torch.optim.Adam(p, lr=0.01, betas=(0.8, 0.99), weight_decay=0.1, amsgrad=True),
        topt.Adam(betas=(0.8, 0.99), weight_decay=0.1, amsgrad=True),
    ),
]


@pytest.mark.parametrize(("name", "make_torch", "ours"), CASES, ids=[c[0] for c in CASES])
def test_run_step_matches_torch_optim(
    name: str, make_torch: Callable[[Any], torch.optim.Optimizer], ours: Any
) -> None:
    reference = _model()
    model = copy.deepcopy(reference)
    torch_opt = make_torch(reference.parameters())
    lr = torch_opt.param_groups[0]["lr"]
    state = None
    for x, y in _batches(5):
        torch_opt.zero_grad()
        _loss(reference, x, y).backward()
        torch_opt.step()
        state = topt.run_step(model, ours, _loss(model, x, y), lr, state)
    for (key, a), b in zip(
        reference.state_dict().items(), model.state_dict().values(), strict=True
    ):
        torch.testing.assert_close(b, a, msg=f"{name}: {key} differs from torch.optim")
    # The comparison can fail: the parameters did move.
    assert not torch.equal(_model().state_dict()["0.weight"], model.state_dict()["0.weight"])


def test_step_is_pure_and_keeps_the_container() -> None:
    params = (torch.ones(3), torch.zeros(2, 2))
    grads = (torch.full((3,), 2.0), torch.ones(2, 2))
    opt = topt.GDM(momentum=0.5)
    state = opt.init(params)
    new, state = opt.step(0.1, grads, params, state)
    assert isinstance(new, tuple)
    torch.testing.assert_close(new[0], torch.full((3,), 0.8))
    assert torch.equal(params[0], torch.ones(3))  # inputs untouched
    new2, state = opt.step(0.1, grads, new, state)
    # Second step: buffer = 0.5 * g + g = 1.5 g.
    torch.testing.assert_close(new2[0], torch.full((3,), 0.8 - 0.1 * 3.0))
    assert state.step == 2


def test_dict_params_with_different_keys_is_an_error() -> None:
    with pytest.raises(KeyError, match=r"missing \['b'\]"):
        topt.GD().step(
            0.1, {"a": torch.ones(1)}, {"a": torch.ones(1), "b": torch.ones(1)}, topt.GDState()
        )


def test_run_step_rejects_a_non_scalar_loss() -> None:
    model = _model()
    with pytest.raises(ValueError, match=r"rank-0 loss, got shape \[5, 2\]"):
        topt.run_step(model, topt.GD(), model(torch.zeros(5, 4)), 0.1)


def test_torch_optim_works_on_typed_models_unchanged() -> None:
    model = tnn.LSTM(3, 4)
    before = [p.detach().clone() for p in model.parameters()]
    opt = torch.optim.AdamW(model.parameters(), lr=0.1)
    out, _ = model(torch.randn(5, 2, 3))
    out.sum().backward()
    opt.step()
    assert all(not torch.equal(a, b) for a, b in zip(before, model.parameters(), strict=True))
