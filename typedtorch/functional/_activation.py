"""Activations, softmax and dropout: torch's own functions (typed in `_activation.pyi`)."""

from torch.nn.functional import dropout as dropout
from torch.nn.functional import elu as elu
from torch.nn.functional import gelu as gelu
from torch.nn.functional import leaky_relu as leaky_relu
from torch.nn.functional import log_softmax as log_softmax
from torch.nn.functional import relu as relu
from torch.nn.functional import sigmoid as sigmoid
from torch.nn.functional import silu as silu
from torch.nn.functional import softmax as softmax
from torch.nn.functional import tanh as tanh
