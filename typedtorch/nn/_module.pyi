# Static view of `Module`. `__call__` is typed as the subclass's `forward` by the mypy plugin
# (without it: `Any`, as torch types it). The movers return `Self`; the plugin rewrites the
# receiver's device/dtype type arguments (`Linear[L[3], L[4]]().to(tt.cuda)` is a CUDA layer).
from typing import Any, Generic, Self, overload

import torch
from typing_extensions import TypeVar

from .._devices import CPU, Device
from .._dtypes import DType, Float32

D = TypeVar("D", bound=Device, default=CPU)
T = TypeVar("T", bound=DType, default=Float32)

class Module(torch.nn.Module, Generic[D, T]):
    """A `torch.nn.Module` whose type carries the device `D` and dtype `T` of its parameters."""

    def __call__(self, *args: Any, **kwargs: Any) -> Any: ...
    @overload
    def to(
        self,
        device: torch.device | str | int | None = ...,
        dtype: torch.dtype | None = ...,
        non_blocking: bool = ...,
    ) -> Self: ...
    @overload
    def to(self, dtype: torch.dtype, non_blocking: bool = ...) -> Self: ...
    @overload
    def to(self, tensor: torch.Tensor, non_blocking: bool = ...) -> Self: ...
    def cuda(self, device: int | torch.device | None = None) -> Self: ...
    def cpu(self) -> Self: ...
    def float(self) -> Self: ...
    def double(self) -> Self: ...
    def half(self) -> Self: ...
    def bfloat16(self) -> Self: ...

# Method-level device/dtype of a layer's constructor: `device=tt.cuda` makes a CUDA layer, no
# device a CPU one (the defaults); a `str`/`torch.device` picks the untyped overload (`Any`).
DefaultD = TypeVar("DefaultD", bound=Device, default=CPU)
DefaultT = TypeVar("DefaultT", bound=DType, default=Float32)
DeviceLike = torch.device | str | int | None
