"""`GD`, `GDM` and `Adam` as pure functions of (lr, grads, params, state), after the seeds'
optimizers; numerically identical to `torch.optim.SGD` (with and without momentum) and
`torch.optim.Adam` with the same hyper-parameters.

Params are a dict of tensors (`tnn.parameters_of(model)`) or a tuple of tensors. A step builds
new tensors and never writes into its inputs, so params in are the same type as params out:
`dict[str, Tensor[CPU, Float32, ...]]` stays that, a `tuple[Tensor[.., L[3]], Tensor[.., L[4]]]`
stays that tuple.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar, cast

import torch

from ..nn._parameterized import parameters_of

__all__ = ["GD", "GDM", "Adam", "AdamState", "GDMState", "GDState", "Optimizer", "run_step"]

Params = TypeVar("Params", bound=Mapping[str, torch.Tensor] | tuple[torch.Tensor, ...])
S = TypeVar("S")


def _map(fn: Callable[..., torch.Tensor], first: Params, *rest: Params) -> Params:
    """`fn` applied leaf by leaf over params-shaped values, keeping the container's form."""
    if isinstance(first, tuple):
        return cast(Params, tuple(fn(*leaves) for leaves in zip(first, *rest, strict=True)))
    keys = list(first)
    others = [cast(Mapping[str, torch.Tensor], r) for r in rest]
    for other in others:
        if list(other) != keys:
            missing = sorted(set(keys) - set(other))
            extra = sorted(set(other) - set(keys))
            raise KeyError(
                f"Params and grads have different keys: missing {missing}, extra {extra}"
            )
    first_map = cast(Mapping[str, torch.Tensor], first)
    return cast(Params, {k: fn(first_map[k], *(o[k] for o in others)) for k in keys})


class Optimizer(Protocol[S]):
    """What `run_step` needs: `init` and `step`, generic in the optimizer's state."""

    def init(self, params: Params) -> S: ...

    def step(self, lr: float, grads: Params, params: Params, state: S) -> tuple[Params, S]: ...


@dataclass(frozen=True)
class GDState:
    """Plain gradient descent keeps no state."""


@dataclass(frozen=True)
class GD:
    """Gradient descent: `p - lr * (g + weight_decay * p)`; as `torch.optim.SGD(momentum=0)`."""

    weight_decay: float = 0.0

    def init(self, params: Params) -> GDState:
        return GDState()

    def step(
        self, lr: float, grads: Params, params: Params, state: GDState
    ) -> tuple[Params, GDState]:
        wd = self.weight_decay

        def update(p: torch.Tensor, g: torch.Tensor) -> torch.Tensor:
            with torch.no_grad():
                d = g.add(p, alpha=wd) if wd else g
                return p.sub(d, alpha=lr)

        return _map(update, params, grads), state


@dataclass(frozen=True)
class GDMState(Generic[Params]):
    """The momentum buffers (params-shaped) and how many steps were taken."""

    momentum_buffer: Params
    step: int = 0


@dataclass(frozen=True)
class GDM:
    """Gradient descent with momentum; as `torch.optim.SGD(momentum=..., dampening=...,
    nesterov=..., weight_decay=...)`: the first step's buffer is the gradient itself."""

    momentum: float = 0.9
    dampening: float = 0.0
    nesterov: bool = False
    weight_decay: float = 0.0

    def init(self, params: Params) -> GDMState[Params]:
        with torch.no_grad():
            return GDMState(_map(torch.zeros_like, params))

    def step(
        self, lr: float, grads: Params, params: Params, state: GDMState[Params]
    ) -> tuple[Params, GDMState[Params]]:
        first = state.step == 0
        m, damp, wd = self.momentum, self.dampening, self.weight_decay
        with torch.no_grad():
            decayed = _map(lambda p, g: g.add(p, alpha=wd) if wd else g, params, grads)
            buffers = _map(
                lambda b, g: g.clone() if first else b.mul(m).add(g, alpha=1 - damp),
                state.momentum_buffer,
                decayed,
            )
            directions = (
                _map(lambda g, b: g.add(b, alpha=m), decayed, buffers) if self.nesterov else buffers
            )
            new = _map(lambda p, d: p.sub(d, alpha=lr), params, directions)
        return new, GDMState(buffers, state.step + 1)


@dataclass(frozen=True)
class AdamState(Generic[Params]):
    """Adam's moment estimates (params-shaped) and the step count."""

    exp_avg: Params
    exp_avg_sq: Params
    max_exp_avg_sq: Params | None = None
    step: int = 0


@dataclass(frozen=True)
class Adam:
    """Adam; as `torch.optim.Adam(betas=..., eps=..., weight_decay=..., amsgrad=...)`."""

    betas: tuple[float, float] = (0.9, 0.999)
    eps: float = 1e-8
    weight_decay: float = 0.0
    amsgrad: bool = False

    def init(self, params: Params) -> AdamState[Params]:
        with torch.no_grad():
            zeros = _map(torch.zeros_like, params)
            return AdamState(
                zeros,
                _map(torch.zeros_like, params),
                _map(torch.zeros_like, params) if self.amsgrad else None,
            )

    def step(
        self, lr: float, grads: Params, params: Params, state: AdamState[Params]
    ) -> tuple[Params, AdamState[Params]]:
        beta1, beta2 = self.betas
        wd, eps = self.weight_decay, self.eps
        step = state.step + 1
        bias_correction1 = 1 - beta1**step
        bias_correction2_sqrt = math.sqrt(1 - beta2**step)
        step_size = lr / bias_correction1
        with torch.no_grad():
            g = _map(lambda p, g: g.add(p, alpha=wd) if wd else g, params, grads)
            exp_avg = _map(lambda m, g: m.lerp(g, 1 - beta1), state.exp_avg, g)
            exp_avg_sq = _map(
                lambda v, g: v.mul(beta2).addcmul(g, g, value=1 - beta2), state.exp_avg_sq, g
            )
            max_sq = state.max_exp_avg_sq
            if self.amsgrad and max_sq is not None:
                max_sq = _map(torch.maximum, max_sq, exp_avg_sq)
                second = max_sq
            else:
                second = exp_avg_sq
            new = _map(
                lambda p, m, v: p.addcdiv(
                    m, v.sqrt().div(bias_correction2_sqrt).add(eps), value=-step_size
                ),
                params,
                exp_avg,
                second,
            )
        return new, AdamState(exp_avg, exp_avg_sq, max_sq, step)


def run_step(
    model: torch.nn.Module,
    optimizer: Optimizer[S],
    loss: torch.Tensor,
    lr: float,
    state: S | None = None,
) -> S:
    """One training step on `model`, in place: the gradients of the rank-0 `loss` (computed from
    the model's current parameters) with respect to every parameter that requires grad, one
    optimizer step, and the new values written back into the model's parameters.

    Args:
        model: the model whose parameters `loss` was computed from.
        optimizer: a `GD`, `GDM`, `Adam` (anything with `init` and `step`).
        loss: a scalar tensor.
        lr: the learning rate for this step.
        state: the optimizer state the previous `run_step` returned; None on the first step.

    Returns:
        The new optimizer state: pass it to the next `run_step`.
    """
    if loss.dim() != 0:
        raise ValueError(f"run_step expects a rank-0 loss, got shape {list(loss.shape)}")
    params = {k: p for k, p in parameters_of(model).items() if p.requires_grad}
    grads = torch.autograd.grad(loss, list(params.values()), allow_unused=True)
    grad_map = {
        k: g if g is not None else torch.zeros_like(p)
        for (k, p), g in zip(params.items(), grads, strict=True)
    }
    current = {k: p.detach() for k, p in params.items()}
    if state is None:
        state = optimizer.init(current)
    new, state = optimizer.step(lr, grad_map, current, state)
    with torch.no_grad():
        for k, p in params.items():
            p.copy_(new[k])
    return state
