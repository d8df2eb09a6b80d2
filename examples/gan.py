"""A small GAN on the 8x8 digits, with every shape checked by mypy.

The generator maps noise `[B, Z]` to images `[B, 1, 8, 8]` in [-1, 1] (an MLP, then
`Unflatten`); the discriminator maps images to one logit each, `[B, 1]`. Both are trained with
the non-saturating binary cross-entropy losses. Run:

    python examples/gan.py --epochs 50
"""

from __future__ import annotations

import argparse
import time
from dataclasses import dataclass
from typing import Any, Generic, TypeVar
from typing import Literal as L

import torch
from sklearn.datasets import load_digits
from tqdm import tqdm

import typedtorch as tt
import typedtorch.functional as F
import typedtorch.nn as tnn
from typedtorch import CPU, Float32, Int64, Tensor

B = TypeVar("B", bound=int)
Z = TypeVar("Z", bound=int)

Images = Tensor[CPU, Float32, Any, L[1], L[8], L[8]]


class Generator(tnn.Module, Generic[Z]):
    """Noise `[B, Z]` to images `[B, 1, 8, 8]`."""

    def __init__(self, latent: Z) -> None:
        super().__init__()
        self.fc1 = tnn.Linear(latent, 128)
        self.fc2 = tnn.Linear(128, 64)
        self.unflatten = tnn.Unflatten(1, (1, 8, 8))

    def forward(self, z: Tensor[CPU, Float32, B, Z]) -> Tensor[CPU, Float32, B, L[1], L[8], L[8]]:
        x = self.fc1(z)
        x = F.leaky_relu(x, 0.2)
        x = self.fc2(x)
        x = F.tanh(x)
        return self.unflatten(x)


class Discriminator(tnn.Module):
    """Images `[B, 1, 8, 8]` to one real/fake logit each, `[B, 1]`."""

    def __init__(self) -> None:
        super().__init__()
        self.flatten = tnn.Flatten()
        self.fc1 = tnn.Linear(64, 128)
        self.fc2 = tnn.Linear(128, 1)

    def forward(
        self, images: Tensor[CPU, Float32, B, L[1], L[8], L[8]]
    ) -> Tensor[CPU, Float32, B, L[1]]:
        x = self.flatten(images)
        x = self.fc1(x)
        x = F.leaky_relu(x, 0.2)
        return self.fc2(x)


def load_images() -> Images:
    """All 1,797 digits as `[N, 1, 8, 8]` images scaled to [-1, 1] (the generator's range)."""
    data, _ = load_digits(return_X_y=True)
    return tt.checked(torch.from_numpy(data).float().div(8.0).sub(1.0).view(-1, 1, 8, 8), Images)


@dataclass
class Result:
    """Mean losses of the first and last epoch, and how often D tells real from fake at the end."""

    first_d_loss: float
    last_d_loss: float
    first_g_loss: float
    last_g_loss: float
    seconds: float


def main(
    epochs: int = 50,
    batch_size: int = 64,
    lr: float = 2e-4,
    latent: int = 16,
    seed: int = 0,
    max_steps: int | None = None,
    progress: bool = True,
) -> Result:
    """Train the GAN; `max_steps` cuts the run short for a smoke test."""
    start = time.perf_counter()
    tt.manual_seed(seed)
    real_images = load_images()
    generator = Generator(latent)
    discriminator = Discriminator()
    g_opt = torch.optim.Adam(generator.parameters(), lr=lr, betas=(0.5, 0.999))
    d_opt = torch.optim.Adam(discriminator.parameters(), lr=lr, betas=(0.5, 0.999))

    d_losses: list[float] = []
    g_losses: list[float] = []
    step = 0
    bar = tqdm(range(epochs), desc="gan", disable=not progress)
    for _ in bar:
        order = tt.checked(torch.randperm(len(real_images)), Tensor[CPU, Int64, Any])
        d_total, g_total, batches = 0.0, 0.0, 0
        for i in range(0, len(real_images), batch_size):
            real = real_images[order[i : i + batch_size]]
            noise = tt.randn(len(real), latent)
            fake = generator(noise)

            # The discriminator: real images are 1, generated ones 0.
            d_real = discriminator(real)
            d_fake = discriminator(fake.detach())
            d_loss = F.binary_cross_entropy_with_logits(
                d_real, tt.ones_like(d_real)
            ) + F.binary_cross_entropy_with_logits(d_fake, tt.zeros_like(d_fake))
            d_opt.zero_grad()
            d_loss.backward()
            d_opt.step()

            # The generator: make the discriminator call its images real.
            d_fake = discriminator(fake)
            g_loss = F.binary_cross_entropy_with_logits(d_fake, tt.ones_like(d_fake))
            g_opt.zero_grad()
            g_loss.backward()
            g_opt.step()

            d_total, g_total = d_total + d_loss.item(), g_total + g_loss.item()
            batches, step = batches + 1, step + 1
            if max_steps is not None and step >= max_steps:
                break
        d_losses.append(d_total / batches)
        g_losses.append(g_total / batches)
        bar.set_postfix(d_loss=f"{d_losses[-1]:.3f}", g_loss=f"{g_losses[-1]:.3f}")
        if max_steps is not None and step >= max_steps:
            break

    result = Result(
        d_losses[0], d_losses[-1], g_losses[0], g_losses[-1], time.perf_counter() - start
    )
    if progress:
        print(
            f"discriminator loss {result.first_d_loss:.3f} -> {result.last_d_loss:.3f}, "
            f"generator loss {result.first_g_loss:.3f} -> {result.last_g_loss:.3f}, "
            f"{result.seconds:.1f} s"
        )
    return result


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Train a typed GAN on the 8x8 digits.")
    parser.add_argument("--epochs", type=int, default=50)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--lr", type=float, default=2e-4)
    parser.add_argument("--latent", type=int, default=16)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    main(args.epochs, args.batch_size, args.lr, args.latent, args.seed)
