"""Pooling: torch's own functions (typed in `_pool.pyi`; shapes by the mypy plugin)."""

from torch.nn.functional import adaptive_avg_pool1d as adaptive_avg_pool1d
from torch.nn.functional import adaptive_avg_pool2d as adaptive_avg_pool2d
from torch.nn.functional import adaptive_avg_pool3d as adaptive_avg_pool3d
from torch.nn.functional import adaptive_max_pool1d as adaptive_max_pool1d
from torch.nn.functional import adaptive_max_pool2d as adaptive_max_pool2d
from torch.nn.functional import adaptive_max_pool3d as adaptive_max_pool3d
from torch.nn.functional import avg_pool1d as avg_pool1d
from torch.nn.functional import avg_pool2d as avg_pool2d
from torch.nn.functional import avg_pool3d as avg_pool3d
from torch.nn.functional import max_pool1d as max_pool1d
from torch.nn.functional import max_pool2d as max_pool2d
from torch.nn.functional import max_pool3d as max_pool3d
