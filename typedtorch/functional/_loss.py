"""Loss functions: torch's own functions (typed in `_loss.pyi`; shapes by the mypy plugin)."""

from torch.nn.functional import binary_cross_entropy as binary_cross_entropy
from torch.nn.functional import binary_cross_entropy_with_logits as binary_cross_entropy_with_logits
from torch.nn.functional import cross_entropy as cross_entropy
from torch.nn.functional import huber_loss as huber_loss
from torch.nn.functional import kl_div as kl_div
from torch.nn.functional import l1_loss as l1_loss
from torch.nn.functional import mse_loss as mse_loss
from torch.nn.functional import nll_loss as nll_loss
from torch.nn.functional import smooth_l1_loss as smooth_l1_loss
