"""`linear`: torch's own function (typed in `_linear.pyi`)."""

from torch.nn.functional import linear as linear
