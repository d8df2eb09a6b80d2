"""torch's fully-qualified names, as mypy spells them through `stubs/torch-stubs`.

The stubs mirror torch's module layout, so these are torch's own paths: a hook registered on
`torch.nn.modules.linear.Linear` sees `nn.Linear`, `torch.nn.Linear` and `tnn.Linear` alike
(typedtorch's names are re-exports of torch's).
"""

from __future__ import annotations

from typing import Final

TENSOR: Final = "torch._tensor.Tensor"
VALUES_INDICES: Final = "torch._tensor.ValuesIndices"
# `torch.zeros`, `torch.cat`, `torch.where`, ...: torch defines them in `torch._C._VariableFunctions`.
VARIABLE_FUNCTIONS: Final = "torch._C._VariableFunctions"
# `torch.einsum`, `torch.split`: written in Python, in `torch/functional.py`.
TORCH_FUNCTIONAL: Final = "torch.functional"
NN_FUNCTIONAL: Final = "torch.nn.functional"
NN_MODULES: Final = "torch.nn.modules"
MODULE: Final = f"{NN_MODULES}.module.Module"

# typedtorch's own functions (not torch's).
TYPEDTORCH_NN: Final = "typedtorch.nn"


def layer(module_file: str, name: str) -> str:
    """`torch.nn.modules.<module_file>.<name>`: a layer class by the file torch defines it in."""
    return f"{NN_MODULES}.{module_file}.{name}"
