"""torch.nn.functional: activations, normalisation, resizing, padding, losses."""

import torch
import torch.nn.functional as F

x = torch.randn(2, 3, 8, 8)
assert F.relu(x, inplace=False).min().item() >= 0
assert F.gelu(x, approximate="tanh").shape == x.shape
assert F.leaky_relu(x, negative_slope=0.2).shape == x.shape
assert F.silu(x).shape == x.shape
assert F.softplus(x, beta=2.0, threshold=10.0).shape == x.shape
assert F.hardtanh(x, min_val=-0.5, max_val=0.5).abs().max().item() <= 0.5

probs = F.softmax(x, dim=1)
assert torch.allclose(probs.sum(dim=1), torch.ones(2, 8, 8))
log_probs = F.log_softmax(x, dim=-1)
assert log_probs.shape == x.shape
assert F.dropout(x, p=0.5, training=False).equal(x)

up = F.interpolate(x, scale_factor=2, mode="bilinear", align_corners=False)
assert up.shape == (2, 3, 16, 16)
resized = F.interpolate(x, size=(4, 4), mode="nearest")
assert resized.shape == (2, 3, 4, 4)
padded = F.pad(x, (1, 1, 2, 2), mode="constant", value=0.0)
assert padded.shape == (2, 3, 12, 10)
pooled = F.adaptive_avg_pool2d(x, output_size=1)
assert pooled.shape == (2, 3, 1, 1)
assert F.max_pool2d(x, kernel_size=2).shape == (2, 3, 4, 4)
assert F.avg_pool2d(x, 2, stride=2).shape == (2, 3, 4, 4)

labels = torch.tensor([0, 2])
onehot = F.one_hot(labels, num_classes=3)
assert onehot.shape == (2, 3)
emb = F.normalize(torch.randn(4, 5), p=2.0, dim=1)
sim = F.cosine_similarity(emb[:2], emb[2:], dim=1)
assert sim.shape == (2,)
logits = torch.randn(2, 3)
assert F.cross_entropy(logits, labels, reduction="sum").dim() == 0
assert F.nll_loss(F.log_softmax(logits, dim=1), labels).dim() == 0
assert F.mse_loss(logits, torch.zeros(2, 3), reduction="mean").item() >= 0
assert F.binary_cross_entropy_with_logits(logits, torch.ones(2, 3)).item() >= 0
assert F.smooth_l1_loss(logits, torch.zeros(2, 3), beta=1.0).item() >= 0
assert F.kl_div(log_probs, probs, reduction="batchmean").dim() == 0
weight, bias = torch.randn(4, 3), torch.randn(4)
assert F.linear(logits, weight, bias).shape == (2, 4)
assert F.layer_norm(logits, (3,)).shape == (2, 3)
assert F.embedding(labels, torch.randn(3, 6)).shape == (2, 6)
assert F.conv2d(x, torch.randn(4, 3, 3, 3), padding=1).shape == (2, 4, 8, 8)
q = k = v = torch.randn(2, 4, 5, 8)
attn = F.scaled_dot_product_attention(q, k, v, is_causal=True, dropout_p=0.0)
assert attn.shape == (2, 4, 5, 8)
