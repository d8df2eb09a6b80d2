# Static view: `typedtorch.Tensor` is `torch.Tensor` (stubs/torch-stubs/_tensor.pyi).
from torch._tensor import Tensor as Tensor
from torch._tensor import ValuesIndices as ValuesIndices
