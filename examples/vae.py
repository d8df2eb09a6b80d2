"""A variational autoencoder on the 8x8 digits, with every shape checked by mypy.

Encoder `[B, 64] -> [B, 128] -> (mu, logvar) [B, Z]`, the reparameterization
`z = mu + eps * exp(logvar / 2)`, decoder `[B, Z] -> [B, 128] -> [B, 64]`; the loss is the
binary cross-entropy of the reconstruction plus the KL divergence to `N(0, I)`. The latent size
`Z` is a type parameter of the model. Run:

    python examples/vae.py --epochs 30
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

Pixels = Tensor[CPU, Float32, Any, L[64]]


class VAE(tnn.Module, Generic[Z]):
    """An MLP encoder and decoder around a `Z`-dimensional Gaussian latent."""

    def __init__(self, latent: Z) -> None:
        super().__init__()
        self.enc = tnn.Linear(64, 128)
        self.mu = tnn.Linear(128, latent)
        self.logvar = tnn.Linear(128, latent)
        self.dec1 = tnn.Linear(latent, 128)
        self.dec2 = tnn.Linear(128, 64)

    def encode(
        self, x: Tensor[CPU, Float32, B, L[64]]
    ) -> tuple[Tensor[CPU, Float32, B, Z], Tensor[CPU, Float32, B, Z]]:
        h = F.relu(self.enc(x))
        return self.mu(h), self.logvar(h)

    def reparameterize(
        self, mu: Tensor[CPU, Float32, B, Z], logvar: Tensor[CPU, Float32, B, Z]
    ) -> Tensor[CPU, Float32, B, Z]:
        std = (0.5 * logvar).exp()
        eps = tt.randn_like(std)
        return mu + eps * std

    def decode(self, z: Tensor[CPU, Float32, B, Z]) -> Tensor[CPU, Float32, B, L[64]]:
        h = F.relu(self.dec1(z))
        return F.sigmoid(self.dec2(h))

    def forward(
        self, x: Tensor[CPU, Float32, B, L[64]]
    ) -> tuple[
        Tensor[CPU, Float32, B, L[64]], Tensor[CPU, Float32, B, Z], Tensor[CPU, Float32, B, Z]
    ]:
        mu, logvar = self.encode(x)
        z = self.reparameterize(mu, logvar)
        return self.decode(z), mu, logvar


def vae_loss(
    recon: Tensor[CPU, Float32, B, L[64]],
    x: Tensor[CPU, Float32, B, L[64]],
    mu: Tensor[CPU, Float32, B, Z],
    logvar: Tensor[CPU, Float32, B, Z],
) -> Tensor[CPU, Float32]:
    """Reconstruction (binary cross-entropy) plus KL divergence, summed over the batch."""
    reconstruction = F.binary_cross_entropy(recon, x, reduction="sum")
    kl = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp()).sum()
    return reconstruction + kl


def load_pixels() -> Pixels:
    """All 1,797 digits as `[N, 64]` pixel intensities in [0, 1]."""
    data, _ = load_digits(return_X_y=True)
    return tt.checked(torch.from_numpy(data).float().div(16.0), Pixels)


@dataclass
class Result:
    """What a training run reports: mean loss per image, first and last epoch."""

    first_loss: float
    last_loss: float
    seconds: float


def main(
    epochs: int = 30,
    batch_size: int = 64,
    lr: float = 1e-3,
    latent: int = 8,
    seed: int = 0,
    max_steps: int | None = None,
    progress: bool = True,
) -> Result:
    """Train the VAE; `max_steps` cuts the run short for a smoke test."""
    start = time.perf_counter()
    tt.manual_seed(seed)
    pixels = load_pixels()
    model = VAE(latent)
    optimizer = torch.optim.Adam(model.parameters(), lr=lr)

    losses: list[float] = []
    step = 0
    bar = tqdm(range(epochs), desc="vae", disable=not progress)
    for _ in bar:
        order = tt.checked(torch.randperm(len(pixels)), Tensor[CPU, Int64, Any])
        total = 0.0
        seen = 0
        for i in range(0, len(pixels), batch_size):
            x = pixels[order[i : i + batch_size]]
            recon, mu, logvar = model(x)
            loss = vae_loss(recon, x, mu, logvar)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            total, seen, step = total + loss.item(), seen + len(x), step + 1
            if max_steps is not None and step >= max_steps:
                break
        losses.append(total / seen)
        bar.set_postfix(loss=f"{losses[-1]:.2f}")
        if max_steps is not None and step >= max_steps:
            break

    result = Result(losses[0], losses[-1], time.perf_counter() - start)
    if progress:
        print(
            f"loss per image {result.first_loss:.2f} -> {result.last_loss:.2f} "
            f"(reconstruction + KL, nats), {result.seconds:.1f} s"
        )
    return result


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Train a typed VAE on the 8x8 digits.")
    parser.add_argument("--epochs", type=int, default=30)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--lr", type=float, default=1e-3)
    parser.add_argument("--latent", type=int, default=8)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    main(args.epochs, args.batch_size, args.lr, args.latent, args.seed)
