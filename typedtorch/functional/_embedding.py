"""`embedding`, `one_hot`: torch's own functions (typed in `_embedding.pyi`)."""

from torch.nn.functional import embedding as embedding
from torch.nn.functional import one_hot as one_hot
