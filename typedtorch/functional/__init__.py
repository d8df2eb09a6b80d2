"""Typed `torch.nn.functional`: the same functions, names and arguments, with typed signatures.

At runtime every name here IS torch's function (no wrapper, no overhead); the static view lives
in the `.pyi` stubs next to each module, and the mypy plugin computes exact output shapes.
"""

from ._activation import dropout as dropout
from ._activation import elu as elu
from ._activation import gelu as gelu
from ._activation import leaky_relu as leaky_relu
from ._activation import log_softmax as log_softmax
from ._activation import relu as relu
from ._activation import sigmoid as sigmoid
from ._activation import silu as silu
from ._activation import softmax as softmax
from ._activation import tanh as tanh
from ._conv import conv1d as conv1d
from ._conv import conv2d as conv2d
from ._conv import conv3d as conv3d
from ._conv import conv_transpose1d as conv_transpose1d
from ._conv import conv_transpose2d as conv_transpose2d
from ._conv import conv_transpose3d as conv_transpose3d
from ._embedding import embedding as embedding
from ._embedding import one_hot as one_hot
from ._linear import linear as linear
from ._loss import binary_cross_entropy as binary_cross_entropy
from ._loss import binary_cross_entropy_with_logits as binary_cross_entropy_with_logits
from ._loss import cross_entropy as cross_entropy
from ._loss import huber_loss as huber_loss
from ._loss import kl_div as kl_div
from ._loss import l1_loss as l1_loss
from ._loss import mse_loss as mse_loss
from ._loss import nll_loss as nll_loss
from ._loss import smooth_l1_loss as smooth_l1_loss
from ._normalization import alpha_dropout as alpha_dropout
from ._normalization import batch_norm as batch_norm
from ._normalization import cosine_similarity as cosine_similarity
from ._normalization import dropout1d as dropout1d
from ._normalization import dropout2d as dropout2d
from ._normalization import dropout3d as dropout3d
from ._normalization import group_norm as group_norm
from ._normalization import layer_norm as layer_norm
from ._normalization import normalize as normalize
from ._normalization import pairwise_distance as pairwise_distance
from ._pool import adaptive_avg_pool1d as adaptive_avg_pool1d
from ._pool import adaptive_avg_pool2d as adaptive_avg_pool2d
from ._pool import adaptive_avg_pool3d as adaptive_avg_pool3d
from ._pool import adaptive_max_pool1d as adaptive_max_pool1d
from ._pool import adaptive_max_pool2d as adaptive_max_pool2d
from ._pool import adaptive_max_pool3d as adaptive_max_pool3d
from ._pool import avg_pool1d as avg_pool1d
from ._pool import avg_pool2d as avg_pool2d
from ._pool import avg_pool3d as avg_pool3d
from ._pool import max_pool1d as max_pool1d
from ._pool import max_pool2d as max_pool2d
from ._pool import max_pool3d as max_pool3d
from ._resize import interpolate as interpolate
from ._resize import pad as pad
