"""A small ResNet whose residual blocks are written once, for any channels and image size.

`BasicBlock[C]` keeps `[B, C, H, W]`; `DownBlock[I, O]` halves the image with stride 2 and
declares what it returns: `[B, O, (H + 1) // 2, (W + 1) // 2]`, the size a 3x3 convolution with
stride 2 and padding 1 computes. mypy (with the typedtorch plugin) checks both paths of each
block against that once, for symbolic `H` and `W`: a shortcut that forgot to downsample cannot be
added to the main path (see `examples/broken/resnet_shortcut.py`). The model then uses the
blocks on 8x8 digits, where the sizes become numbers (8 -> 4 -> 2). Run:

    python examples/resnet.py --epochs 10
"""

from __future__ import annotations

import argparse
import time
from dataclasses import dataclass
from typing import Any, Generic, TypeVar
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
C = TypeVar("C", bound=int)
I = TypeVar("I", bound=int)  # noqa: E741
O = TypeVar("O", bound=int)  # noqa: E741
H = TypeVar("H", bound=int)
W = TypeVar("W", bound=int)

Images = Tensor[CPU, Float32, Any, L[1], L[8], L[8]]
Labels = Tensor[CPU, Int64, Any]


class BasicBlock(tnn.Module, Generic[C]):
    """`relu(x + bn(conv(relu(bn(conv(x))))))`: two 3x3 convolutions that keep the shape."""

    def __init__(self, channels: C) -> None:
        super().__init__()
        self.conv1 = tnn.Conv2d(channels, channels, kernel_size=3, padding=1, bias=False)
        self.bn1 = tnn.BatchNorm2d(channels)
        self.conv2 = tnn.Conv2d(channels, channels, kernel_size=3, padding=1, bias=False)
        self.bn2 = tnn.BatchNorm2d(channels)

    def forward(self, x: Tensor[CPU, Float32, B, C, H, W]) -> Tensor[CPU, Float32, B, C, H, W]:
        out = self.conv1(x)
        out = self.bn1(out)
        out = F.relu(out)
        out = self.conv2(out)
        out = self.bn2(out)
        return F.relu(out + x)


class DownBlock(tnn.Module, Generic[I, O]):
    """A block that halves the image and changes the channels; a strided 1x1 shortcut."""

    def __init__(self, in_channels: I, out_channels: O) -> None:
        super().__init__()
        self.conv1 = tnn.Conv2d(
            in_channels, out_channels, kernel_size=3, stride=2, padding=1, bias=False
        )
        self.bn1 = tnn.BatchNorm2d(out_channels)
        self.conv2 = tnn.Conv2d(out_channels, out_channels, kernel_size=3, padding=1, bias=False)
        self.bn2 = tnn.BatchNorm2d(out_channels)
        self.shortcut = tnn.Sequential(
            tnn.Conv2d(in_channels, out_channels, kernel_size=1, stride=2, bias=False),
            tnn.BatchNorm2d(out_channels),
        )

    # `(H - 1) // 2 + 1`, the output size of a stride-2 convolution (kernel 3 and padding 1, or
    # kernel 1 and padding 0), which the plugin keeps in one canonical form, `(H + 1) // 2`.
    def forward(
        self, x: Tensor[CPU, Float32, B, I, H, W]
    ) -> Tensor[
        CPU, Float32, B, O, tt.FloorDiv[tt.Add[H, L[1]], L[2]], tt.FloorDiv[tt.Add[W, L[1]], L[2]]
    ]:
        out = self.conv1(x)
        out = self.bn1(out)
        out = F.relu(out)
        out = self.conv2(out)
        out = self.bn2(out)
        return F.relu(out + self.shortcut(x))


class ResNet(tnn.Module):
    """A stem, three residual stages (16x8x8 -> 32x4x4 -> 64x2x2), global pooling, classifier."""

    def __init__(self, num_classes: int = 10) -> None:
        super().__init__()
        self.stem = tnn.Conv2d(1, 16, kernel_size=3, padding=1, bias=False)
        self.bn = tnn.BatchNorm2d(16)
        self.layer1: BasicBlock[L[16]] = BasicBlock(16)
        self.layer2: DownBlock[L[16], L[32]] = DownBlock(16, 32)
        self.layer3: DownBlock[L[32], L[64]] = DownBlock(32, 64)
        self.pool = tnn.AdaptiveAvgPool2d(1)
        self.fc = tnn.Linear(64, 10)

    def forward(
        self, images: Tensor[CPU, Float32, B, L[1], L[8], L[8]]
    ) -> Tensor[CPU, Float32, B, L[10]]:
        x = self.stem(images)
        x = self.bn(x)
        x = F.relu(x)
        x = self.layer1(x)  # [B, 16, 8, 8]
        x = self.layer2(x)  # [B, 32, 4, 4]
        x = self.layer3(x)  # [B, 64, 2, 2]
        x = self.pool(x)  # [B, 64, 1, 1]
        x = tt.flatten(x, 1)  # [B, 64]
        return self.fc(x)


def load_data(seed: int = 0) -> tuple[Images, Labels, Images, Labels]:
    """The 8x8 digits as typed tensors in [0, 1], split 75/25."""
    data, target = load_digits(return_X_y=True)
    x_train, x_test, y_train, y_test = train_test_split(
        data, target, test_size=0.25, random_state=seed, stratify=target
    )

    def images(a: Any) -> Images:
        return tt.checked(torch.from_numpy(a).float().div(16.0).view(-1, 1, 8, 8), Images)

    def labels(a: Any) -> Labels:
        return tt.checked(torch.from_numpy(a).long(), Labels)

    return images(x_train), labels(y_train), images(x_test), labels(y_test)


@dataclass
class Result:
    """What a training run reports."""

    first_loss: float
    last_loss: float
    test_accuracy: float
    seconds: float


def main(
    epochs: int = 10,
    batch_size: int = 64,
    lr: float = 3e-3,
    seed: int = 0,
    max_steps: int | None = None,
    progress: bool = True,
) -> Result:
    """Train the ResNet on the digits; `max_steps` cuts the run short for a smoke test."""
    start = time.perf_counter()
    tt.manual_seed(seed)
    x_train, y_train, x_test, y_test = load_data(seed)
    model = ResNet()
    optimizer = torch.optim.Adam(model.parameters(), lr=lr)

    losses: list[float] = []
    step = 0
    bar = tqdm(range(epochs), desc="resnet", disable=not progress)
    for _ in bar:
        model.train()
        order = tt.checked(torch.randperm(len(x_train)), Labels)
        total, batches = 0.0, 0
        for i in range(0, len(x_train), batch_size):
            idx = order[i : i + batch_size]
            loss = F.cross_entropy(model(x_train[idx]), y_train[idx])
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

    model.eval()
    with torch.no_grad():
        predicted = model(x_test).argmax(dim=1)
    result = Result(
        first_loss=losses[0],
        last_loss=losses[-1],
        test_accuracy=(predicted == y_test).float().mean().item(),
        seconds=time.perf_counter() - start,
    )
    if progress:
        print(
            f"loss {result.first_loss:.3f} -> {result.last_loss:.3f}, "
            f"test accuracy {result.test_accuracy:.1%}, {result.seconds:.1f} s"
        )
    return result


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Train a typed ResNet on the 8x8 digits.")
    parser.add_argument("--epochs", type=int, default=10)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--lr", type=float, default=3e-3)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    main(epochs=args.epochs, batch_size=args.batch_size, lr=args.lr, seed=args.seed)
