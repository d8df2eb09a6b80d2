from typing import Any, Generic, overload

import torch
from typing_extensions import TypeVar, TypeVarTuple

from .._devices import CPU, Device
from .._dtypes import DType, Float32
from .._tensor import Tensor
from ._module import D, DeviceLike, KindD, KindT, Module, T

_S = TypeVarTuple("_S")
_AD = TypeVar("_AD", bound=Device)
_AT = TypeVar("_AT", bound=DType)
InC = TypeVar("InC", bound=int, default=Any)
OutC = TypeVar("OutC", bound=int, default=Any)
K = TypeVar("K", default=Any)
S = TypeVar("S", default=Any)
P = TypeVar("P", default=Any)
Dl = TypeVar("Dl", default=Any)
G = TypeVar("G", default=Any)
OP = TypeVar("OP", default=Any)

class Conv1d(torch.nn.Conv1d, Module[D, T], Generic[InC, OutC, K, S, P, Dl, G, D, T]):
    """`torch.nn.Conv1d` typed as `Conv1d[in_channels, out_channels, kernel_size, stride, padding,
    dilation, groups, Device, DType]`.

    Shape:
        input `(N, InC, *in)` or `(InC, *in)` -> `(N, OutC, *out)`, with
        `out = (in + 2 * padding - dilation * (kernel_size - 1) - 1) // stride + 1`.
    """

    weight: Tensor[D, T, OutC, *tuple[Any, ...]]
    bias: Tensor[D, T, OutC] | None
    @overload
    def __init__(
        self: Conv1d[Any, Any, Any, Any, Any, Any, Any, CPU, Float32],
        in_channels: int,
        out_channels: int,
        kernel_size: int | tuple[int, ...],
        stride: int | tuple[int, ...] = 1,
        padding: str | int | tuple[int, ...] = 0,
        dilation: int | tuple[int, ...] = 1,
        groups: int = 1,
        bias: bool = True,
        padding_mode: str = "zeros",
        device: None = None,
        dtype: None = None,
    ) -> None: ...
    @overload
    def __init__(
        self: Conv1d[Any, Any, Any, Any, Any, Any, Any, KindD, Float32],
        in_channels: int,
        out_channels: int,
        kernel_size: int | tuple[int, ...],
        stride: int | tuple[int, ...] = 1,
        padding: str | int | tuple[int, ...] = 0,
        dilation: int | tuple[int, ...] = 1,
        groups: int = 1,
        bias: bool = True,
        padding_mode: str = "zeros",
        device: KindD = ...,
        dtype: None = None,
    ) -> None: ...
    @overload
    def __init__(
        self: Conv1d[Any, Any, Any, Any, Any, Any, Any, CPU, KindT],
        in_channels: int,
        out_channels: int,
        kernel_size: int | tuple[int, ...],
        stride: int | tuple[int, ...] = 1,
        padding: str | int | tuple[int, ...] = 0,
        dilation: int | tuple[int, ...] = 1,
        groups: int = 1,
        bias: bool = True,
        padding_mode: str = "zeros",
        device: None = None,
        dtype: KindT = ...,
    ) -> None: ...
    @overload
    def __init__(
        self: Conv1d[Any, Any, Any, Any, Any, Any, Any, KindD, KindT],
        in_channels: int,
        out_channels: int,
        kernel_size: int | tuple[int, ...],
        stride: int | tuple[int, ...] = 1,
        padding: str | int | tuple[int, ...] = 0,
        dilation: int | tuple[int, ...] = 1,
        groups: int = 1,
        bias: bool = True,
        padding_mode: str = "zeros",
        device: KindD = ...,
        dtype: KindT = ...,
    ) -> None: ...
    @overload
    def __init__(
        self: Conv1d[Any, Any, Any, Any, Any, Any, Any, Any, Any],
        in_channels: int,
        out_channels: int,
        kernel_size: int | tuple[int, ...],
        stride: int | tuple[int, ...] = 1,
        padding: str | int | tuple[int, ...] = 0,
        dilation: int | tuple[int, ...] = 1,
        groups: int = 1,
        bias: bool = True,
        padding_mode: str = "zeros",
        device: DeviceLike = None,
        dtype: torch.dtype | None = None,
    ) -> None: ...
    def __call__(self, input: Tensor[D, T, *tuple[Any, ...]]) -> Tensor[D, T, *tuple[Any, ...]]: ...
    def forward(self, input: Tensor[D, T, *tuple[Any, ...]]) -> Tensor[D, T, *tuple[Any, ...]]: ...  # type: ignore[override]

class Conv2d(torch.nn.Conv2d, Module[D, T], Generic[InC, OutC, K, S, P, Dl, G, D, T]):
    """`torch.nn.Conv2d` typed as `Conv2d[in_channels, out_channels, kernel_size, stride, padding,
    dilation, groups, Device, DType]`.

    Shape:
        input `(N, InC, *in)` or `(InC, *in)` -> `(N, OutC, *out)`, with
        `out = (in + 2 * padding - dilation * (kernel_size - 1) - 1) // stride + 1`.
    """

    weight: Tensor[D, T, OutC, *tuple[Any, ...]]
    bias: Tensor[D, T, OutC] | None
    @overload
    def __init__(
        self: Conv2d[Any, Any, Any, Any, Any, Any, Any, CPU, Float32],
        in_channels: int,
        out_channels: int,
        kernel_size: int | tuple[int, ...],
        stride: int | tuple[int, ...] = 1,
        padding: str | int | tuple[int, ...] = 0,
        dilation: int | tuple[int, ...] = 1,
        groups: int = 1,
        bias: bool = True,
        padding_mode: str = "zeros",
        device: None = None,
        dtype: None = None,
    ) -> None: ...
    @overload
    def __init__(
        self: Conv2d[Any, Any, Any, Any, Any, Any, Any, KindD, Float32],
        in_channels: int,
        out_channels: int,
        kernel_size: int | tuple[int, ...],
        stride: int | tuple[int, ...] = 1,
        padding: str | int | tuple[int, ...] = 0,
        dilation: int | tuple[int, ...] = 1,
        groups: int = 1,
        bias: bool = True,
        padding_mode: str = "zeros",
        device: KindD = ...,
        dtype: None = None,
    ) -> None: ...
    @overload
    def __init__(
        self: Conv2d[Any, Any, Any, Any, Any, Any, Any, CPU, KindT],
        in_channels: int,
        out_channels: int,
        kernel_size: int | tuple[int, ...],
        stride: int | tuple[int, ...] = 1,
        padding: str | int | tuple[int, ...] = 0,
        dilation: int | tuple[int, ...] = 1,
        groups: int = 1,
        bias: bool = True,
        padding_mode: str = "zeros",
        device: None = None,
        dtype: KindT = ...,
    ) -> None: ...
    @overload
    def __init__(
        self: Conv2d[Any, Any, Any, Any, Any, Any, Any, KindD, KindT],
        in_channels: int,
        out_channels: int,
        kernel_size: int | tuple[int, ...],
        stride: int | tuple[int, ...] = 1,
        padding: str | int | tuple[int, ...] = 0,
        dilation: int | tuple[int, ...] = 1,
        groups: int = 1,
        bias: bool = True,
        padding_mode: str = "zeros",
        device: KindD = ...,
        dtype: KindT = ...,
    ) -> None: ...
    @overload
    def __init__(
        self: Conv2d[Any, Any, Any, Any, Any, Any, Any, Any, Any],
        in_channels: int,
        out_channels: int,
        kernel_size: int | tuple[int, ...],
        stride: int | tuple[int, ...] = 1,
        padding: str | int | tuple[int, ...] = 0,
        dilation: int | tuple[int, ...] = 1,
        groups: int = 1,
        bias: bool = True,
        padding_mode: str = "zeros",
        device: DeviceLike = None,
        dtype: torch.dtype | None = None,
    ) -> None: ...
    def __call__(self, input: Tensor[D, T, *tuple[Any, ...]]) -> Tensor[D, T, *tuple[Any, ...]]: ...
    def forward(self, input: Tensor[D, T, *tuple[Any, ...]]) -> Tensor[D, T, *tuple[Any, ...]]: ...  # type: ignore[override]

class Conv3d(torch.nn.Conv3d, Module[D, T], Generic[InC, OutC, K, S, P, Dl, G, D, T]):
    """`torch.nn.Conv3d` typed as `Conv3d[in_channels, out_channels, kernel_size, stride, padding,
    dilation, groups, Device, DType]`.

    Shape:
        input `(N, InC, *in)` or `(InC, *in)` -> `(N, OutC, *out)`, with
        `out = (in + 2 * padding - dilation * (kernel_size - 1) - 1) // stride + 1`.
    """

    weight: Tensor[D, T, OutC, *tuple[Any, ...]]
    bias: Tensor[D, T, OutC] | None
    @overload
    def __init__(
        self: Conv3d[Any, Any, Any, Any, Any, Any, Any, CPU, Float32],
        in_channels: int,
        out_channels: int,
        kernel_size: int | tuple[int, ...],
        stride: int | tuple[int, ...] = 1,
        padding: str | int | tuple[int, ...] = 0,
        dilation: int | tuple[int, ...] = 1,
        groups: int = 1,
        bias: bool = True,
        padding_mode: str = "zeros",
        device: None = None,
        dtype: None = None,
    ) -> None: ...
    @overload
    def __init__(
        self: Conv3d[Any, Any, Any, Any, Any, Any, Any, KindD, Float32],
        in_channels: int,
        out_channels: int,
        kernel_size: int | tuple[int, ...],
        stride: int | tuple[int, ...] = 1,
        padding: str | int | tuple[int, ...] = 0,
        dilation: int | tuple[int, ...] = 1,
        groups: int = 1,
        bias: bool = True,
        padding_mode: str = "zeros",
        device: KindD = ...,
        dtype: None = None,
    ) -> None: ...
    @overload
    def __init__(
        self: Conv3d[Any, Any, Any, Any, Any, Any, Any, CPU, KindT],
        in_channels: int,
        out_channels: int,
        kernel_size: int | tuple[int, ...],
        stride: int | tuple[int, ...] = 1,
        padding: str | int | tuple[int, ...] = 0,
        dilation: int | tuple[int, ...] = 1,
        groups: int = 1,
        bias: bool = True,
        padding_mode: str = "zeros",
        device: None = None,
        dtype: KindT = ...,
    ) -> None: ...
    @overload
    def __init__(
        self: Conv3d[Any, Any, Any, Any, Any, Any, Any, KindD, KindT],
        in_channels: int,
        out_channels: int,
        kernel_size: int | tuple[int, ...],
        stride: int | tuple[int, ...] = 1,
        padding: str | int | tuple[int, ...] = 0,
        dilation: int | tuple[int, ...] = 1,
        groups: int = 1,
        bias: bool = True,
        padding_mode: str = "zeros",
        device: KindD = ...,
        dtype: KindT = ...,
    ) -> None: ...
    @overload
    def __init__(
        self: Conv3d[Any, Any, Any, Any, Any, Any, Any, Any, Any],
        in_channels: int,
        out_channels: int,
        kernel_size: int | tuple[int, ...],
        stride: int | tuple[int, ...] = 1,
        padding: str | int | tuple[int, ...] = 0,
        dilation: int | tuple[int, ...] = 1,
        groups: int = 1,
        bias: bool = True,
        padding_mode: str = "zeros",
        device: DeviceLike = None,
        dtype: torch.dtype | None = None,
    ) -> None: ...
    def __call__(self, input: Tensor[D, T, *tuple[Any, ...]]) -> Tensor[D, T, *tuple[Any, ...]]: ...
    def forward(self, input: Tensor[D, T, *tuple[Any, ...]]) -> Tensor[D, T, *tuple[Any, ...]]: ...  # type: ignore[override]

class ConvTranspose1d(
    torch.nn.ConvTranspose1d, Module[D, T], Generic[InC, OutC, K, S, P, OP, G, Dl, D, T]
):
    """`torch.nn.ConvTranspose1d` typed as `ConvTranspose1d[in_channels, out_channels, kernel_size, stride,
    padding, output_padding, groups, dilation, Device, DType]`.

    Shape:
        input `(N, InC, *in)` or `(InC, *in)` -> `(N, OutC, *out)`, with `out = (in - 1) * stride
        - 2 * padding + dilation * (kernel_size - 1) + output_padding + 1`.
    """

    weight: Tensor[D, T, InC, *tuple[Any, ...]]
    bias: Tensor[D, T, OutC] | None
    @overload
    def __init__(
        self: ConvTranspose1d[Any, Any, Any, Any, Any, Any, Any, Any, CPU, Float32],
        in_channels: int,
        out_channels: int,
        kernel_size: int | tuple[int, ...],
        stride: int | tuple[int, ...] = 1,
        padding: int | tuple[int, ...] = 0,
        output_padding: int | tuple[int, ...] = 0,
        groups: int = 1,
        bias: bool = True,
        dilation: int | tuple[int, ...] = 1,
        padding_mode: str = "zeros",
        device: None = None,
        dtype: None = None,
    ) -> None: ...
    @overload
    def __init__(
        self: ConvTranspose1d[Any, Any, Any, Any, Any, Any, Any, Any, KindD, Float32],
        in_channels: int,
        out_channels: int,
        kernel_size: int | tuple[int, ...],
        stride: int | tuple[int, ...] = 1,
        padding: int | tuple[int, ...] = 0,
        output_padding: int | tuple[int, ...] = 0,
        groups: int = 1,
        bias: bool = True,
        dilation: int | tuple[int, ...] = 1,
        padding_mode: str = "zeros",
        device: KindD = ...,
        dtype: None = None,
    ) -> None: ...
    @overload
    def __init__(
        self: ConvTranspose1d[Any, Any, Any, Any, Any, Any, Any, Any, CPU, KindT],
        in_channels: int,
        out_channels: int,
        kernel_size: int | tuple[int, ...],
        stride: int | tuple[int, ...] = 1,
        padding: int | tuple[int, ...] = 0,
        output_padding: int | tuple[int, ...] = 0,
        groups: int = 1,
        bias: bool = True,
        dilation: int | tuple[int, ...] = 1,
        padding_mode: str = "zeros",
        device: None = None,
        dtype: KindT = ...,
    ) -> None: ...
    @overload
    def __init__(
        self: ConvTranspose1d[Any, Any, Any, Any, Any, Any, Any, Any, KindD, KindT],
        in_channels: int,
        out_channels: int,
        kernel_size: int | tuple[int, ...],
        stride: int | tuple[int, ...] = 1,
        padding: int | tuple[int, ...] = 0,
        output_padding: int | tuple[int, ...] = 0,
        groups: int = 1,
        bias: bool = True,
        dilation: int | tuple[int, ...] = 1,
        padding_mode: str = "zeros",
        device: KindD = ...,
        dtype: KindT = ...,
    ) -> None: ...
    @overload
    def __init__(
        self: ConvTranspose1d[Any, Any, Any, Any, Any, Any, Any, Any, Any, Any],
        in_channels: int,
        out_channels: int,
        kernel_size: int | tuple[int, ...],
        stride: int | tuple[int, ...] = 1,
        padding: int | tuple[int, ...] = 0,
        output_padding: int | tuple[int, ...] = 0,
        groups: int = 1,
        bias: bool = True,
        dilation: int | tuple[int, ...] = 1,
        padding_mode: str = "zeros",
        device: DeviceLike = None,
        dtype: torch.dtype | None = None,
    ) -> None: ...
    def __call__(self, input: Tensor[D, T, *tuple[Any, ...]]) -> Tensor[D, T, *tuple[Any, ...]]: ...
    def forward(self, input: Tensor[D, T, *tuple[Any, ...]]) -> Tensor[D, T, *tuple[Any, ...]]: ...  # type: ignore[override]

class ConvTranspose2d(
    torch.nn.ConvTranspose2d, Module[D, T], Generic[InC, OutC, K, S, P, OP, G, Dl, D, T]
):
    """`torch.nn.ConvTranspose2d` typed as `ConvTranspose2d[in_channels, out_channels, kernel_size, stride,
    padding, output_padding, groups, dilation, Device, DType]`.

    Shape:
        input `(N, InC, *in)` or `(InC, *in)` -> `(N, OutC, *out)`, with `out = (in - 1) * stride
        - 2 * padding + dilation * (kernel_size - 1) + output_padding + 1`.
    """

    weight: Tensor[D, T, InC, *tuple[Any, ...]]
    bias: Tensor[D, T, OutC] | None
    @overload
    def __init__(
        self: ConvTranspose2d[Any, Any, Any, Any, Any, Any, Any, Any, CPU, Float32],
        in_channels: int,
        out_channels: int,
        kernel_size: int | tuple[int, ...],
        stride: int | tuple[int, ...] = 1,
        padding: int | tuple[int, ...] = 0,
        output_padding: int | tuple[int, ...] = 0,
        groups: int = 1,
        bias: bool = True,
        dilation: int | tuple[int, ...] = 1,
        padding_mode: str = "zeros",
        device: None = None,
        dtype: None = None,
    ) -> None: ...
    @overload
    def __init__(
        self: ConvTranspose2d[Any, Any, Any, Any, Any, Any, Any, Any, KindD, Float32],
        in_channels: int,
        out_channels: int,
        kernel_size: int | tuple[int, ...],
        stride: int | tuple[int, ...] = 1,
        padding: int | tuple[int, ...] = 0,
        output_padding: int | tuple[int, ...] = 0,
        groups: int = 1,
        bias: bool = True,
        dilation: int | tuple[int, ...] = 1,
        padding_mode: str = "zeros",
        device: KindD = ...,
        dtype: None = None,
    ) -> None: ...
    @overload
    def __init__(
        self: ConvTranspose2d[Any, Any, Any, Any, Any, Any, Any, Any, CPU, KindT],
        in_channels: int,
        out_channels: int,
        kernel_size: int | tuple[int, ...],
        stride: int | tuple[int, ...] = 1,
        padding: int | tuple[int, ...] = 0,
        output_padding: int | tuple[int, ...] = 0,
        groups: int = 1,
        bias: bool = True,
        dilation: int | tuple[int, ...] = 1,
        padding_mode: str = "zeros",
        device: None = None,
        dtype: KindT = ...,
    ) -> None: ...
    @overload
    def __init__(
        self: ConvTranspose2d[Any, Any, Any, Any, Any, Any, Any, Any, KindD, KindT],
        in_channels: int,
        out_channels: int,
        kernel_size: int | tuple[int, ...],
        stride: int | tuple[int, ...] = 1,
        padding: int | tuple[int, ...] = 0,
        output_padding: int | tuple[int, ...] = 0,
        groups: int = 1,
        bias: bool = True,
        dilation: int | tuple[int, ...] = 1,
        padding_mode: str = "zeros",
        device: KindD = ...,
        dtype: KindT = ...,
    ) -> None: ...
    @overload
    def __init__(
        self: ConvTranspose2d[Any, Any, Any, Any, Any, Any, Any, Any, Any, Any],
        in_channels: int,
        out_channels: int,
        kernel_size: int | tuple[int, ...],
        stride: int | tuple[int, ...] = 1,
        padding: int | tuple[int, ...] = 0,
        output_padding: int | tuple[int, ...] = 0,
        groups: int = 1,
        bias: bool = True,
        dilation: int | tuple[int, ...] = 1,
        padding_mode: str = "zeros",
        device: DeviceLike = None,
        dtype: torch.dtype | None = None,
    ) -> None: ...
    def __call__(self, input: Tensor[D, T, *tuple[Any, ...]]) -> Tensor[D, T, *tuple[Any, ...]]: ...
    def forward(self, input: Tensor[D, T, *tuple[Any, ...]]) -> Tensor[D, T, *tuple[Any, ...]]: ...  # type: ignore[override]

class ConvTranspose3d(
    torch.nn.ConvTranspose3d, Module[D, T], Generic[InC, OutC, K, S, P, OP, G, Dl, D, T]
):
    """`torch.nn.ConvTranspose3d` typed as `ConvTranspose3d[in_channels, out_channels, kernel_size, stride,
    padding, output_padding, groups, dilation, Device, DType]`.

    Shape:
        input `(N, InC, *in)` or `(InC, *in)` -> `(N, OutC, *out)`, with `out = (in - 1) * stride
        - 2 * padding + dilation * (kernel_size - 1) + output_padding + 1`.
    """

    weight: Tensor[D, T, InC, *tuple[Any, ...]]
    bias: Tensor[D, T, OutC] | None
    @overload
    def __init__(
        self: ConvTranspose3d[Any, Any, Any, Any, Any, Any, Any, Any, CPU, Float32],
        in_channels: int,
        out_channels: int,
        kernel_size: int | tuple[int, ...],
        stride: int | tuple[int, ...] = 1,
        padding: int | tuple[int, ...] = 0,
        output_padding: int | tuple[int, ...] = 0,
        groups: int = 1,
        bias: bool = True,
        dilation: int | tuple[int, ...] = 1,
        padding_mode: str = "zeros",
        device: None = None,
        dtype: None = None,
    ) -> None: ...
    @overload
    def __init__(
        self: ConvTranspose3d[Any, Any, Any, Any, Any, Any, Any, Any, KindD, Float32],
        in_channels: int,
        out_channels: int,
        kernel_size: int | tuple[int, ...],
        stride: int | tuple[int, ...] = 1,
        padding: int | tuple[int, ...] = 0,
        output_padding: int | tuple[int, ...] = 0,
        groups: int = 1,
        bias: bool = True,
        dilation: int | tuple[int, ...] = 1,
        padding_mode: str = "zeros",
        device: KindD = ...,
        dtype: None = None,
    ) -> None: ...
    @overload
    def __init__(
        self: ConvTranspose3d[Any, Any, Any, Any, Any, Any, Any, Any, CPU, KindT],
        in_channels: int,
        out_channels: int,
        kernel_size: int | tuple[int, ...],
        stride: int | tuple[int, ...] = 1,
        padding: int | tuple[int, ...] = 0,
        output_padding: int | tuple[int, ...] = 0,
        groups: int = 1,
        bias: bool = True,
        dilation: int | tuple[int, ...] = 1,
        padding_mode: str = "zeros",
        device: None = None,
        dtype: KindT = ...,
    ) -> None: ...
    @overload
    def __init__(
        self: ConvTranspose3d[Any, Any, Any, Any, Any, Any, Any, Any, KindD, KindT],
        in_channels: int,
        out_channels: int,
        kernel_size: int | tuple[int, ...],
        stride: int | tuple[int, ...] = 1,
        padding: int | tuple[int, ...] = 0,
        output_padding: int | tuple[int, ...] = 0,
        groups: int = 1,
        bias: bool = True,
        dilation: int | tuple[int, ...] = 1,
        padding_mode: str = "zeros",
        device: KindD = ...,
        dtype: KindT = ...,
    ) -> None: ...
    @overload
    def __init__(
        self: ConvTranspose3d[Any, Any, Any, Any, Any, Any, Any, Any, Any, Any],
        in_channels: int,
        out_channels: int,
        kernel_size: int | tuple[int, ...],
        stride: int | tuple[int, ...] = 1,
        padding: int | tuple[int, ...] = 0,
        output_padding: int | tuple[int, ...] = 0,
        groups: int = 1,
        bias: bool = True,
        dilation: int | tuple[int, ...] = 1,
        padding_mode: str = "zeros",
        device: DeviceLike = None,
        dtype: torch.dtype | None = None,
    ) -> None: ...
    def __call__(self, input: Tensor[D, T, *tuple[Any, ...]]) -> Tensor[D, T, *tuple[Any, ...]]: ...
    def forward(self, input: Tensor[D, T, *tuple[Any, ...]]) -> Tensor[D, T, *tuple[Any, ...]]: ...  # type: ignore[override]
