"""Shape functions as `typedtorch` functions: `tt.cat`, `tt.stack`, `tt.split`, `tt.flatten`, ...

They are torch's own functions (no wrapper, no overhead); the stubs in `stubs/torch-stubs` give them
typed signatures, and the mypy plugin computes their exact result shapes.
"""

from __future__ import annotations

import torch

cat = torch.cat
concat = torch.concat
stack = torch.stack
split = torch.split
chunk = torch.chunk
unbind = torch.unbind
flatten = torch.flatten
permute = torch.permute
transpose = torch.transpose
squeeze = torch.squeeze
unsqueeze = torch.unsqueeze
reshape = torch.reshape
movedim = torch.movedim
