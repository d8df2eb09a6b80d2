"""A variational autoencoder: reparameterisation and the evidence lower bound."""

import torch
import torch.nn as nn
import torch.nn.functional as F


class VAE(nn.Module):
    def __init__(self, dim: int = 16, latent: int = 2) -> None:
        super().__init__()
        self.enc = nn.Linear(dim, 8)
        self.mu = nn.Linear(8, latent)
        self.logvar = nn.Linear(8, latent)
        self.dec = nn.Sequential(nn.Linear(latent, 8), nn.ReLU(), nn.Linear(8, dim), nn.Sigmoid())

    def forward(self, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        h = F.relu(self.enc(x))
        mu, logvar = self.mu(h), self.logvar(h)
        std = torch.exp(0.5 * logvar)
        z = mu + torch.randn_like(std) * std
        return self.dec(z), mu, logvar


def elbo(
    recon: torch.Tensor, x: torch.Tensor, mu: torch.Tensor, logvar: torch.Tensor
) -> torch.Tensor:
    bce = F.binary_cross_entropy(recon, x, reduction="sum")
    kld = -0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp())
    return bce + kld


model = VAE()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
x = torch.rand(10, 16)
recon, mu, logvar = model(x)
loss = elbo(recon, x, mu, logvar)
opt.zero_grad()
loss.backward()
opt.step()
assert recon.shape == x.shape and loss.item() > 0
