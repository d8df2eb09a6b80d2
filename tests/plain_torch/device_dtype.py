"""Devices, dtypes and moving tensors and modules between them."""

import torch
import torch.nn as nn

device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
torch.backends.cudnn.benchmark = False
torch.backends.cudnn.deterministic = True
model = nn.Linear(3, 2).to(device)
x = torch.randn(4, 3, device=device)
y = model(x)
assert y.device.type == device.type
assert x.to(torch.float64).dtype == torch.float64
assert x.to(device=device, dtype=torch.float16).dtype == torch.float16
assert x.to(y).dtype == y.dtype
assert x.to("cpu", non_blocking=True).is_cpu
assert x.double().dtype == torch.float64 and x.half().dtype == torch.float16
assert x.long().dtype == torch.int64 and x.bool().dtype == torch.bool
assert x.type(torch.float32).dtype == torch.float32
assert x.is_floating_point() and not x.is_complex()
assert torch.finfo(torch.float32).eps > 0 and torch.iinfo(torch.int8).max == 127
assert x.element_size() == 4 and x.dtype.itemsize == 4
model_double = nn.Linear(3, 2).double()
assert next(model_double.parameters()).dtype == torch.float64
prev = torch.get_default_dtype()
torch.set_default_dtype(torch.float64)
assert torch.zeros(1).dtype == torch.float64
torch.set_default_dtype(prev)
n_threads = torch.get_num_threads()
assert n_threads >= 1
if torch.cuda.is_available():
    torch.cuda.synchronize()
    torch.cuda.empty_cache()
    print(torch.cuda.get_device_name(0), torch.cuda.memory_allocated())
assert torch.cuda.device_count() >= 0
assert isinstance(torch.__version__, str)
