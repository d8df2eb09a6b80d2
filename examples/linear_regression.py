"""Linear regression by plain gradient descent, with every tensor's shape in its type.

The data come from `y = x @ [42, 64, 96] + 3.14`; each iteration draws a fresh batch of 4 inputs,
and gradient descent (learning rate 5e-3, 2000 iterations) recovers the weights and the bias.
mypy with the typedtorch plugin checks every shape below, e.g. that `x @ w` is a `[4]` vector and
that the gradients have the shapes of the parameters they update:

    python examples/linear_regression.py [--iterations 2000] [--seed 0]
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from typing import Final
from typing import Literal as L

import torch
from tqdm import tqdm

import typedtorch as tt
from typedtorch import CPU, Float32, Tensor

FEATURES: Final = 3
BATCH: Final = 4
TRUE_WEIGHTS = (42.0, 64.0, 96.0)
TRUE_BIAS = 3.14
LEARNING_RATE = 5e-3

Features = L[3]
Batch = L[4]


@dataclass
class Result:
    """The learned parameters and the loss of the last batch."""

    weights: list[float]
    bias: float
    loss: float


def true_parameters() -> tuple[Tensor[CPU, Float32, Features], Tensor[CPU, Float32]]:
    """The ground truth the data are drawn from: weights `[3]` and a scalar bias."""
    w = tt.tensor(TRUE_WEIGHTS)
    b = tt.tensor(TRUE_BIAS)
    return (
        tt.unchecked(w, Tensor[CPU, Float32, Features]),
        tt.unchecked(b, Tensor[CPU, Float32]),
    )


def batch(
    w_true: Tensor[CPU, Float32, Features], b_true: Tensor[CPU, Float32]
) -> tuple[Tensor[CPU, Float32, Batch, Features], Tensor[CPU, Float32, Batch]]:
    """A fresh batch: 4 random inputs `[4, 3]` and their exact targets `[4]`."""
    x = tt.randn(BATCH, FEATURES)
    y = x @ w_true + b_true
    return x, y


def main(iterations: int = 2000, seed: int = 0, progress: bool = True) -> Result:
    """Fit `w` and `b` to the data by gradient descent and print learned vs true values.

    Args:
        iterations: gradient steps, one fresh batch each.
        seed: seed of the random inputs.
        progress: show a progress bar.

    Returns:
        The learned weights and bias, and the last batch's loss.
    """
    tt.manual_seed(seed)
    w_true, b_true = true_parameters()
    w = tt.zeros(FEATURES, requires_grad=True)
    b = tt.zeros((), requires_grad=True)

    loss = tt.zeros(())
    steps = tqdm(range(iterations), disable=not progress, desc="gradient descent")
    for step in steps:
        x, y = batch(w_true, b_true)
        prediction = x @ w + b
        loss = ((prediction - y) ** 2).mean()
        grad_w, grad_b = tt.grad(loss, (w, b))
        # Update in place outside autograd: `w` and `b` stay leaves that require grad.
        with torch.no_grad():
            w -= LEARNING_RATE * grad_w
            b -= LEARNING_RATE * grad_b
        if step % 100 == 0:
            steps.write(f"iteration {step:5d}  loss {loss.item():12.4f}")

    result = Result([float(v) for v in w.tolist()], float(b.item()), float(loss.item()))
    print(f"After {iterations} iterations (batch {BATCH}, lr {LEARNING_RATE}):")
    for i, (learned, true) in enumerate(zip(result.weights, TRUE_WEIGHTS, strict=True)):
        print(f"  w[{i}]  learned {learned:9.4f}  true {true:9.4f}")
    print(f"  b     learned {result.bias:9.4f}  true {TRUE_BIAS:9.4f}")
    print(f"  final loss {result.loss:.6f}")
    return result


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Linear regression by gradient descent.")
    parser.add_argument("--iterations", type=int, default=2000, help="gradient steps")
    parser.add_argument("--seed", type=int, default=0, help="seed of the random inputs")
    args = parser.parse_args()
    main(args.iterations, args.seed)
