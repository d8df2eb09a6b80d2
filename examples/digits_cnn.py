"""A small CNN on scikit-learn's 8x8 handwritten digits, with every shape checked by mypy.

The data ships inside scikit-learn (`load_digits`, 1,797 images): no download. Run:

    python examples/digits_cnn.py --epochs 15

Every layer's output shape is computed at check time: `mypy examples/digits_cnn.py` (with the
typedtorch plugin) proves that `fc1` gets `32 * 2 * 2` features, and would report the line if
a layer were changed without the rest.
"""

from __future__ import annotations

import argparse
import time
from dataclasses import dataclass
from typing import Any, TypeVar
from typing import Literal as L

import torch
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split
from tqdm import tqdm

import typedtorch as tt
import typedtorch.functional as F
import typedtorch.nn as tnn
from typedtorch import CPU, Float32, Int64, Tensor

B = TypeVar("B", bound=int)

# A data set's length is only known at runtime: its leading dim is `Any`.
Images = Tensor[CPU, Float32, Any, L[1], L[8], L[8]]
Labels = Tensor[CPU, Int64, Any]


class Net(tnn.Module):
    """Two 3x3 conv blocks (8x8 -> 4x4 -> 2x2), then a two-layer classifier."""

    def __init__(self) -> None:
        super().__init__()
        self.conv1 = tnn.Conv2d(1, 16, kernel_size=3, padding=1)
        self.conv2 = tnn.Conv2d(16, 32, kernel_size=3, padding=1)
        self.pool = tnn.MaxPool2d(2)
        self.dropout = tnn.Dropout(0.25)
        self.fc1 = tnn.Linear(32 * 2 * 2, 64)
        self.fc2 = tnn.Linear(64, 10)

    def forward(
        self, images: Tensor[CPU, Float32, B, L[1], L[8], L[8]]
    ) -> Tensor[CPU, Float32, B, L[10]]:
        x = self.conv1(images)  # [B, 16, 8, 8]
        x = F.relu(x)
        x = self.pool(x)  # [B, 16, 4, 4]
        x = self.conv2(x)  # [B, 32, 4, 4]
        x = F.relu(x)
        x = self.pool(x)  # [B, 32, 2, 2]
        x = tt.flatten(x, 1)  # [B, 128]
        x = self.dropout(x)
        x = self.fc1(x)  # [B, 64]
        x = F.relu(x)
        x = self.fc2(x)  # [B, 10]
        return x


def load_data(test_size: float = 0.25, seed: int = 0) -> tuple[Images, Labels, Images, Labels]:
    """The digits as typed tensors: images scaled to [0, 1], `[N, 1, 8, 8]`, labels `[N]`.

    `tt.checked` is where untyped data (numpy, via `torch.from_numpy`) gets its type: it
    verifies the device, dtype and shape once, and from there on mypy tracks them.
    """
    data, target = load_digits(return_X_y=True)
    x_train, x_test, y_train, y_test = train_test_split(
        data, target, test_size=test_size, random_state=seed, stratify=target
    )

    def images(a: Any) -> Images:
        return tt.checked(torch.from_numpy(a).float().div(16.0).view(-1, 1, 8, 8), Images)

    def labels(a: Any) -> Labels:
        return tt.checked(torch.from_numpy(a).long(), Labels)

    return images(x_train), labels(y_train), images(x_test), labels(y_test)


@torch.no_grad()
def accuracy(model: Net, x: Images, y: Labels) -> float:
    """The fraction of `x` that `model` classifies as `y`."""
    model.eval()
    logits = model(x)
    return (logits.argmax(dim=1) == y).float().mean().item()


@dataclass
class Result:
    """What a training run reports."""

    first_loss: float
    last_loss: float
    test_accuracy: float
    seconds: float


def main(
    epochs: int = 15,
    batch_size: int = 64,
    lr: float = 3e-3,
    seed: int = 0,
    max_steps: int | None = None,
    progress: bool = True,
) -> Result:
    """Train `Net` on the digits and report the test accuracy.

    Args:
        epochs: passes over the training set.
        batch_size: images per step.
        lr: Adam's learning rate.
        seed: seeds the split, the initialization and the shuffling.
        max_steps: stop after this many steps (for a quick smoke run).
        progress: show a tqdm progress bar.

    Returns:
        The first and last epoch's mean training loss, the test accuracy and the run time.
    """
    start = time.perf_counter()
    tt.manual_seed(seed)
    x_train, y_train, x_test, y_test = load_data(seed=seed)
    model = Net()
    optimizer = torch.optim.Adam(model.parameters(), lr=lr)

    losses: list[float] = []
    step = 0
    bar = tqdm(range(epochs), desc="digits_cnn", disable=not progress)
    for _ in bar:
        model.train()
        order = tt.checked(torch.randperm(len(x_train)), Labels)
        total, batches = 0.0, 0
        for i in range(0, len(x_train), batch_size):
            idx = order[i : i + batch_size]
            xb, yb = x_train[idx], y_train[idx]
            loss = F.cross_entropy(model(xb), yb)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            total, batches, step = total + loss.item(), batches + 1, step + 1
            if max_steps is not None and step >= max_steps:
                break
        losses.append(total / batches)
        bar.set_postfix(loss=f"{losses[-1]:.3f}")
        if max_steps is not None and step >= max_steps:
            break

    result = Result(
        first_loss=losses[0],
        last_loss=losses[-1],
        test_accuracy=accuracy(model, x_test, y_test),
        seconds=time.perf_counter() - start,
    )
    if progress:
        print(
            f"loss {result.first_loss:.3f} -> {result.last_loss:.3f}, "
            f"test accuracy {result.test_accuracy:.1%} ({len(x_test)} images), "
            f"{result.seconds:.1f} s"
        )
    return result


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Train a typed CNN on the 8x8 digits.")
    parser.add_argument("--epochs", type=int, default=15)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--lr", type=float, default=3e-3)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    main(epochs=args.epochs, batch_size=args.batch_size, lr=args.lr, seed=args.seed)
