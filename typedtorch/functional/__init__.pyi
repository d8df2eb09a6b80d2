# Static view of `typedtorch.functional`: torch's own `torch.nn.functional`, re-exported.
from torch.nn.functional import (
    adaptive_avg_pool1d as adaptive_avg_pool1d,
)
from torch.nn.functional import (
    adaptive_avg_pool2d as adaptive_avg_pool2d,
)
from torch.nn.functional import (
    adaptive_avg_pool3d as adaptive_avg_pool3d,
)
from torch.nn.functional import (
    adaptive_max_pool1d as adaptive_max_pool1d,
)
from torch.nn.functional import (
    adaptive_max_pool2d as adaptive_max_pool2d,
)
from torch.nn.functional import (
    adaptive_max_pool3d as adaptive_max_pool3d,
)
from torch.nn.functional import (
    alpha_dropout as alpha_dropout,
)
from torch.nn.functional import (
    avg_pool1d as avg_pool1d,
)
from torch.nn.functional import (
    avg_pool2d as avg_pool2d,
)
from torch.nn.functional import (
    avg_pool3d as avg_pool3d,
)
from torch.nn.functional import (
    batch_norm as batch_norm,
)
from torch.nn.functional import (
    binary_cross_entropy as binary_cross_entropy,
)
from torch.nn.functional import (
    binary_cross_entropy_with_logits as binary_cross_entropy_with_logits,
)
from torch.nn.functional import (
    conv1d as conv1d,
)
from torch.nn.functional import (
    conv2d as conv2d,
)
from torch.nn.functional import (
    conv3d as conv3d,
)
from torch.nn.functional import (
    conv_transpose1d as conv_transpose1d,
)
from torch.nn.functional import (
    conv_transpose2d as conv_transpose2d,
)
from torch.nn.functional import (
    conv_transpose3d as conv_transpose3d,
)
from torch.nn.functional import (
    cosine_similarity as cosine_similarity,
)
from torch.nn.functional import (
    cross_entropy as cross_entropy,
)
from torch.nn.functional import (
    dropout as dropout,
)
from torch.nn.functional import (
    dropout1d as dropout1d,
)
from torch.nn.functional import (
    dropout2d as dropout2d,
)
from torch.nn.functional import (
    dropout3d as dropout3d,
)
from torch.nn.functional import (
    elu as elu,
)
from torch.nn.functional import (
    embedding as embedding,
)
from torch.nn.functional import (
    gelu as gelu,
)
from torch.nn.functional import (
    group_norm as group_norm,
)
from torch.nn.functional import (
    huber_loss as huber_loss,
)
from torch.nn.functional import (
    interpolate as interpolate,
)
from torch.nn.functional import (
    kl_div as kl_div,
)
from torch.nn.functional import (
    l1_loss as l1_loss,
)
from torch.nn.functional import (
    layer_norm as layer_norm,
)
from torch.nn.functional import (
    leaky_relu as leaky_relu,
)
from torch.nn.functional import (
    linear as linear,
)
from torch.nn.functional import (
    log_softmax as log_softmax,
)
from torch.nn.functional import (
    max_pool1d as max_pool1d,
)
from torch.nn.functional import (
    max_pool2d as max_pool2d,
)
from torch.nn.functional import (
    max_pool3d as max_pool3d,
)
from torch.nn.functional import (
    mse_loss as mse_loss,
)
from torch.nn.functional import (
    nll_loss as nll_loss,
)
from torch.nn.functional import (
    normalize as normalize,
)
from torch.nn.functional import (
    one_hot as one_hot,
)
from torch.nn.functional import (
    pad as pad,
)
from torch.nn.functional import (
    pairwise_distance as pairwise_distance,
)
from torch.nn.functional import (
    relu as relu,
)
from torch.nn.functional import (
    sigmoid as sigmoid,
)
from torch.nn.functional import (
    silu as silu,
)
from torch.nn.functional import (
    smooth_l1_loss as smooth_l1_loss,
)
from torch.nn.functional import (
    softmax as softmax,
)
from torch.nn.functional import (
    tanh as tanh,
)
