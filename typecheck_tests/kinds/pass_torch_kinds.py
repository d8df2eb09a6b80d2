"""torch's own dtype and device values carry their kinds; run-time ones leave only the kind unknown."""

from typing import reveal_type

import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.randn(2, 3)
reveal_type(torch.device("cuda"))  # N: Revealed type is "typedtorch._devices.CUDA"
reveal_type(torch.device("cuda", 1))  # N: Revealed type is "typedtorch._devices.CUDA"
reveal_type(torch.device("cpu"))  # N: Revealed type is "typedtorch._devices.CPU"
reveal_type(x.to(torch.float64))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float64, Literal[2], Literal[3]]"
reveal_type(x.to(dtype=torch.int64))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, Literal[2], Literal[3]]"
reveal_type(x.to("cpu", torch.float16))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float16, Literal[2], Literal[3]]"
reveal_type(x.to(torch.zeros(1, dtype=torch.int32)))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int32, Literal[2], Literal[3]]"
reveal_type(x.to(x.device, x.dtype))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Literal[3]]"
reveal_type(x.to(memory_format=torch.contiguous_format))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Literal[3]]"
reveal_type(F.softmax(x, 1, dtype=torch.float64))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float64, Literal[2], Literal[3]]"
reveal_type(torch.zeros(2, dtype=x.dtype, device=x.device))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2]]"
reveal_type(nn.Linear(3, 4, dtype=torch.float64))  # N: Revealed type is "torch.nn.modules.linear.Linear[Literal[3], Literal[4], typedtorch._devices.CPU, typedtorch._dtypes.Float64]"


def on_gpu() -> None:
    # Type-checked only: these need a GPU to run.
    dev = torch.device("cuda")
    reveal_type(torch.zeros(2, 3, device=dev))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CUDA, typedtorch._dtypes.Float32, Literal[2], Literal[3]]"
    reveal_type(torch.zeros(2, 3, device="cuda:1"))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CUDA, typedtorch._dtypes.Float32, Literal[2], Literal[3]]"
    reveal_type(x.to("cuda"))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CUDA, typedtorch._dtypes.Float32, Literal[2], Literal[3]]"
    reveal_type(x.to(0))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CUDA, typedtorch._dtypes.Float32, Literal[2], Literal[3]]"
    reveal_type(nn.Linear(3, 4, device="cuda"))  # N: Revealed type is "torch.nn.modules.linear.Linear[Literal[3], Literal[4], typedtorch._devices.CUDA, typedtorch._dtypes.Float32]"
    reveal_type(nn.Linear(3, 4).to("cuda"))  # N: Revealed type is "torch.nn.modules.linear.Linear[Literal[3], Literal[4], typedtorch._devices.CUDA, typedtorch._dtypes.Float32]"


def run_time(device: torch.device, dtype: torch.dtype) -> None:
    # Known only at run time: the kind is unknown, the shape (and the other kind) stay.
    reveal_type(torch.randn(8, 3, device=device))  # N: Revealed type is "torch._tensor.Tensor[Any, typedtorch._dtypes.Float32, Literal[8], Literal[3]]"
    reveal_type(x.to(device))  # N: Revealed type is "torch._tensor.Tensor[Any, typedtorch._dtypes.Float32, Literal[2], Literal[3]]"
    reveal_type(x.to(dtype))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, Any, Literal[2], Literal[3]]"


run_time(torch.device("cpu"), torch.float64)

# torch's legacy constructor: float32 on the CPU, whatever the data's kind.
reveal_type(torch.Tensor([1, 2, 3]))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[3]]"
reveal_type(torch.Tensor(3, 4))  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[3], Literal[4]]"
