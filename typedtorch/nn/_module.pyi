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

# The device/dtype of a layer built by its constructor. Each layer's `__init__` has five
# overloads, tried in order:
#   device: None = None,  dtype: None = None   -> Layer[..., CPU, Float32]  (torch's defaults)
#   device: KindD = ...,  dtype: None = None   -> Layer[..., KindD, Float32] (`device=tt.cuda`)
#   device: None = None,  dtype: KindT = ...   -> Layer[..., CPU, KindT]     (`dtype=tt.float64`)
#   device: KindD = ...,  dtype: KindT = ...   -> Layer[..., KindD, KindT]
#   device: DeviceLike,   dtype: torch.dtype   -> Layer[..., Any, Any]  (a str / torch.device /
#                                                 torch.dtype: some device/dtype, not known)
# The defaults are spelled out, not left to TypeVar defaults (`TypeVar(..., default=CPU)` on the
# method), because pyright does not apply a method-scoped TypeVar's default when its argument is
# omitted: the layer would keep an unsolved `DefaultD@__init__`. `= ...` on a kind parameter is
# only there because it follows defaulted ones; an omitted argument always matches an earlier
# overload. The mypy plugin reads the arguments itself (`mypy_plugin/_nn.py`).
KindD = TypeVar("KindD", bound=Device)
KindT = TypeVar("KindT", bound=DType)
DeviceLike = torch.device | str | int | None
