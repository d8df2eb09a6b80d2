"""`interpolate` and `pad`: torch's own functions (typed in `_resize.pyi`)."""

from torch.nn.functional import interpolate as interpolate
from torch.nn.functional import pad as pad
