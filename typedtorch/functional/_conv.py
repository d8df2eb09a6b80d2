"""Convolutions: torch's own functions (typed in `_conv.pyi`; shapes by the mypy plugin)."""

from torch.nn.functional import conv1d as conv1d
from torch.nn.functional import conv2d as conv2d
from torch.nn.functional import conv3d as conv3d
from torch.nn.functional import conv_transpose1d as conv_transpose1d
from torch.nn.functional import conv_transpose2d as conv_transpose2d
from torch.nn.functional import conv_transpose3d as conv_transpose3d
