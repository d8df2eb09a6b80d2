# Static view of the device vocabulary. Each device kind is a subclass of `torch.device`, so its
# value (`tt.cpu`) is accepted wherever torch takes a device and carries its kind in the type.
from typing import Final

import torch

class Device(torch.device):
    """Base of the device kinds; `Tensor[Device, ...]` accepts a tensor on any device."""

    torch_type: Final[str]

class CPU(Device): ...
class CUDA(Device): ...
class MPS(Device): ...
class Meta(Device): ...

cpu: Final[CPU]
cuda: Final[CUDA]
mps: Final[MPS]
meta: Final[Meta]

def device_kind(device: torch.device | str) -> type[Device]: ...
