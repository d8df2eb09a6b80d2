"""A device string torch cannot parse (`"bogus"`, `"cuda:x"`, `"cuda:01"`) is a `device` error
where it is written: `x.to(...)`, `torch.device(...)`, a layer's `.to(...)` or `device=`."""

from typing import reveal_type

import torch
import torch.nn as nn

x = torch.randn(2, 3)


def bad() -> None:
    x.to("bogus")  # E: Invalid device string "bogus": expected a device type (cpu, cuda, ipu, xpu, mkldnn, opengl, opencl, ideep, hip, ve, fpga, maia, xla, lazy, vulkan, mps, meta, hpu, mtia, privateuseone), optionally followed by ":" and an index such as 0  [device]
    x.to("cuda:x")  # E: Invalid device string "cuda:x": expected a device type (cpu, cuda, ipu, xpu, mkldnn, opengl, opencl, ideep, hip, ve, fpga, maia, xla, lazy, vulkan, mps, meta, hpu, mtia, privateuseone), optionally followed by ":" and an index such as 0  [device]
    x.to(device="CPU")  # E: Invalid device string "CPU": expected a device type (cpu, cuda, ipu, xpu, mkldnn, opengl, opencl, ideep, hip, ve, fpga, maia, xla, lazy, vulkan, mps, meta, hpu, mtia, privateuseone), optionally followed by ":" and an index such as 0  [device]
    torch.device("gpu")  # E: Invalid device string "gpu": expected a device type (cpu, cuda, ipu, xpu, mkldnn, opengl, opencl, ideep, hip, ve, fpga, maia, xla, lazy, vulkan, mps, meta, hpu, mtia, privateuseone), optionally followed by ":" and an index such as 0  [device]
    nn.Linear(3, 4).to("cuda:01")  # E: Invalid device string "cuda:01": expected a device type (cpu, cuda, ipu, xpu, mkldnn, opengl, opencl, ideep, hip, ve, fpga, maia, xla, lazy, vulkan, mps, meta, hpu, mtia, privateuseone), optionally followed by ":" and an index such as 0  [device]


def good() -> None:
    reveal_type(x.to("cuda:1"))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CUDA, typedtorch._dtypes.Float32, Literal[2], Literal[3]]"
    reveal_type(x.to("xla"))  # N: Revealed type is "torch._tensor.Tensor[Any, typedtorch._dtypes.Float32, Literal[2], Literal[3]]"
    reveal_type(torch.device("cpu:0"))  # N: Revealed type is "typedtorch._devices.CPU"
