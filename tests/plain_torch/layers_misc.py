"""Layers that typedtorch does not hand-type: padding, pixel shuffle, fold, instance norm..."""

import torch
import torch.nn as nn

x = torch.randn(1, 4, 6, 6)
assert nn.ReflectionPad2d(1)(x).shape == (1, 4, 8, 8)
assert nn.ZeroPad2d((1, 1, 0, 0))(x).shape == (1, 4, 6, 8)
assert nn.ReplicationPad2d(2)(x).shape == (1, 4, 10, 10)
assert nn.ConstantPad1d(2, 3.5)(torch.randn(1, 2, 3)).shape == (1, 2, 7)
assert nn.PixelShuffle(2)(x).shape == (1, 1, 12, 12)
assert nn.PixelUnshuffle(2)(x).shape == (1, 16, 3, 3)
assert nn.InstanceNorm2d(4, affine=True)(x).shape == x.shape
assert nn.LocalResponseNorm(2)(x).shape == x.shape
unfold = nn.Unfold(kernel_size=2, stride=2)
patches = unfold(x)
assert patches.shape == (1, 16, 9)
assert nn.Fold(output_size=(6, 6), kernel_size=2, stride=2)(patches).shape == x.shape
assert nn.Upsample(scale_factor=2, mode="nearest")(x).shape == (1, 4, 12, 12)
assert nn.ChannelShuffle(2)(x).shape == x.shape
assert nn.CosineSimilarity(dim=1)(torch.randn(3, 5), torch.randn(3, 5)).shape == (3,)
assert nn.PairwiseDistance(p=2.0)(torch.randn(3, 5), torch.randn(3, 5)).shape == (3,)
assert nn.Softplus(beta=2)(x).shape == x.shape
assert nn.Hardswish()(x).shape == x.shape
assert nn.Mish()(x).shape == x.shape
assert nn.ReLU6(inplace=False)(x).max().item() <= 6
assert nn.Softmax2d()(x).shape == x.shape
assert nn.Hardtanh(-2.0, 2.0)(x).abs().max().item() <= 2.0
emb_bag = nn.EmbeddingBag(10, 3, mode="mean")
assert emb_bag(torch.tensor([1, 2, 4, 5]), torch.tensor([0, 2])).shape == (2, 3)
lazy = nn.LazyLinear(5)
assert lazy(torch.randn(2, 7)).shape == (2, 5)
triplet = nn.TripletMarginLoss(margin=1.0)
a, p, n = torch.randn(4, 8), torch.randn(4, 8), torch.randn(4, 8)
assert triplet(a, p, n).dim() == 0
assert nn.HuberLoss(delta=0.5)(a, p).dim() == 0
assert (
    nn.KLDivLoss(reduction="batchmean", log_target=False)(a.log_softmax(1), p.softmax(1)).dim() == 0
)
assert nn.CosineEmbeddingLoss()(a, p, torch.ones(4)).dim() == 0
assert nn.MarginRankingLoss()(a[:, 0], p[:, 0], torch.ones(4)).dim() == 0
