"""Normalisation, channel dropout and distances: torch's own functions (typed in
`_normalization.pyi`)."""

from torch.nn.functional import alpha_dropout as alpha_dropout
from torch.nn.functional import batch_norm as batch_norm
from torch.nn.functional import cosine_similarity as cosine_similarity
from torch.nn.functional import dropout1d as dropout1d
from torch.nn.functional import dropout2d as dropout2d
from torch.nn.functional import dropout3d as dropout3d
from torch.nn.functional import group_norm as group_norm
from torch.nn.functional import layer_norm as layer_norm
from torch.nn.functional import normalize as normalize
from torch.nn.functional import pairwise_distance as pairwise_distance
