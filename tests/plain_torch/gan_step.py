"""One GAN training step: a discriminator and a generator with their own optimizers."""

import torch
import torch.nn as nn

torch.manual_seed(0)
latent, features = 4, 6
generator = nn.Sequential(nn.Linear(latent, 16), nn.LeakyReLU(0.2), nn.Linear(16, features))
discriminator = nn.Sequential(
    nn.Linear(features, 16), nn.LeakyReLU(0.2, inplace=True), nn.Linear(16, 1)
)
opt_g = torch.optim.Adam(generator.parameters(), lr=2e-4, betas=(0.5, 0.999))
opt_d = torch.optim.Adam(discriminator.parameters(), lr=2e-4, betas=(0.5, 0.999))
criterion = nn.BCEWithLogitsLoss()

real = torch.randn(8, features)
noise = torch.randn(8, latent)
fake = generator(noise)
ones, zeros = torch.ones(8, 1), torch.zeros(8, 1)

opt_d.zero_grad()
d_loss = criterion(discriminator(real), ones) + criterion(discriminator(fake.detach()), zeros)
d_loss.backward()
opt_d.step()

opt_g.zero_grad()
g_loss = criterion(discriminator(fake), ones)
g_loss.backward()
opt_g.step()
for p in discriminator.parameters():
    p.requires_grad_(False)
assert d_loss.item() > 0 and g_loss.item() > 0
