"""Sampling, log-probabilities, entropies and KL divergences with torch.distributions."""

import torch
from torch.distributions import Bernoulli, Categorical, Independent, Normal, kl_divergence
from torch.distributions.transformed_distribution import TransformedDistribution
from torch.distributions.transforms import TanhTransform

torch.manual_seed(0)
mu = torch.zeros(3, requires_grad=True)
sigma = torch.ones(3)
normal = Normal(mu, sigma)
sample = normal.rsample((5,))
assert sample.shape == (5, 3)
log_prob = normal.log_prob(sample).sum()
log_prob.backward()
assert mu.grad is not None

diag = Independent(Normal(torch.zeros(2, 4), torch.ones(2, 4)), 1)
assert diag.batch_shape == (2,) and diag.event_shape == (4,)
assert diag.log_prob(diag.sample()).shape == (2,)

cat = Categorical(logits=torch.tensor([0.1, 1.0, 2.0]))
draws = cat.sample(torch.Size([100]))
assert draws.max().item() <= 2
assert cat.entropy().item() > 0
assert cat.probs.shape == (3,)

kl = kl_divergence(Normal(0.0, 1.0), Normal(1.0, 2.0))
assert kl.item() > 0
coin = Bernoulli(probs=torch.tensor(0.3))
assert coin.mean.item() == torch.tensor(0.3).item()
squashed = TransformedDistribution(Normal(0.0, 1.0), [TanhTransform(cache_size=1)])
assert squashed.sample().abs().item() <= 1.0
