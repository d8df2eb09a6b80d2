"""torch.linalg, torch.fft and torch.special on small matrices and signals."""

import math

import torch

a = torch.randn(3, 3, dtype=torch.float64) + 3 * torch.eye(3, dtype=torch.float64)
b = torch.randn(3, 2, dtype=torch.float64)
x = torch.linalg.solve(a, b)
assert torch.allclose(a @ x, b)
inv = torch.linalg.inv(a)
assert torch.allclose(inv @ a, torch.eye(3, dtype=torch.float64))
u, s, vh = torch.linalg.svd(a, full_matrices=False)
assert s.shape == (3,)
q, r = torch.linalg.qr(a)
assert torch.allclose(q @ r, a)
assert torch.linalg.norm(a, ord="fro").item() > 0
assert torch.linalg.matrix_norm(a).dim() == 0
chol = torch.linalg.cholesky(a @ a.mT)
assert chol.shape == (3, 3)
evals = torch.linalg.eigvalsh(a @ a.mT)
assert evals.shape == (3,)
assert torch.linalg.det(a).dim() == 0
assert torch.det(a).dim() == 0 and torch.matmul(a, b).shape == (3, 2)

signal = torch.sin(torch.linspace(0, 2 * math.pi, 16))
spectrum = torch.fft.rfft(signal)
assert spectrum.shape == (9,) and spectrum.is_complex()
back = torch.fft.irfft(spectrum, n=16)
assert torch.allclose(back, signal, atol=1e-5)
full = torch.fft.fft(signal.to(torch.complex64))
assert torch.fft.fftshift(full).shape == (16,)
assert torch.fft.fftfreq(8).shape == (8,)

z = torch.linspace(-3, 3, 7)
assert torch.allclose(torch.special.expit(z), torch.sigmoid(z))
assert torch.special.erf(z).shape == z.shape
assert torch.special.logit(torch.tensor([0.5])).item() == 0.0
assert torch.special.gammaln(torch.tensor([1.0])).item() == 0.0
assert torch.special.log_softmax(z, dim=0).shape == z.shape
