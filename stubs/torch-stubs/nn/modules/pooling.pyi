from typing import Any, Generic, Literal

from torch._tensor import Tensor
from typing_extensions import TypeVar, TypeVarTuple

from typedtorch._devices import Device
from typedtorch._dtypes import DType

from .module import Module

_S = TypeVarTuple("_S")
_AD = TypeVar("_AD", bound=Device)
_AT = TypeVar("_AT", bound=DType)
K = TypeVar("K", default=Any)
S = TypeVar("S", default=Any)
P = TypeVar("P", default=Any)
Dl = TypeVar("Dl", default=Any)
C = TypeVar("C", default=Any)
O = TypeVar("O", default=Any)

class MaxPool1d(Module[Any, Any], Generic[K, S, P, Dl, C]):
    """`torch.nn.MaxPool1d` typed as `MaxPool1d[kernel_size, stride, padding, dilation, ceil_mode]`.

    Shape:
        `(N, C, *in)` -> `(N, C, *out)`, `out = (in + 2 * padding - dilation * (kernel_size - 1)
        - 1) // stride + 1` (rounded up in ceil mode).
    """

    def __init__(
        self,
        kernel_size: int | tuple[int, ...],
        stride: int | tuple[int, ...] | None = None,
        padding: int | tuple[int, ...] = 0,
        dilation: int | tuple[int, ...] = 1,
        return_indices: Literal[False] = False,
        ceil_mode: bool = False,
    ) -> None: ...
    def __call__(
        self, input: Tensor[_AD, _AT, *tuple[Any, ...]]
    ) -> Tensor[_AD, _AT, *tuple[Any, ...]]: ...
    def forward(
        self,
        input: Tensor[_AD, _AT, *tuple[Any, ...]],  # type: ignore[override]
    ) -> Tensor[_AD, _AT, *tuple[Any, ...]]: ...

class MaxPool2d(Module[Any, Any], Generic[K, S, P, Dl, C]):
    """`torch.nn.MaxPool2d` typed as `MaxPool2d[kernel_size, stride, padding, dilation, ceil_mode]`.

    Shape:
        `(N, C, *in)` -> `(N, C, *out)`, `out = (in + 2 * padding - dilation * (kernel_size - 1)
        - 1) // stride + 1` (rounded up in ceil mode).
    """

    def __init__(
        self,
        kernel_size: int | tuple[int, ...],
        stride: int | tuple[int, ...] | None = None,
        padding: int | tuple[int, ...] = 0,
        dilation: int | tuple[int, ...] = 1,
        return_indices: Literal[False] = False,
        ceil_mode: bool = False,
    ) -> None: ...
    def __call__(
        self, input: Tensor[_AD, _AT, *tuple[Any, ...]]
    ) -> Tensor[_AD, _AT, *tuple[Any, ...]]: ...
    def forward(
        self,
        input: Tensor[_AD, _AT, *tuple[Any, ...]],  # type: ignore[override]
    ) -> Tensor[_AD, _AT, *tuple[Any, ...]]: ...

class MaxPool3d(Module[Any, Any], Generic[K, S, P, Dl, C]):
    """`torch.nn.MaxPool3d` typed as `MaxPool3d[kernel_size, stride, padding, dilation, ceil_mode]`.

    Shape:
        `(N, C, *in)` -> `(N, C, *out)`, `out = (in + 2 * padding - dilation * (kernel_size - 1)
        - 1) // stride + 1` (rounded up in ceil mode).
    """

    def __init__(
        self,
        kernel_size: int | tuple[int, ...],
        stride: int | tuple[int, ...] | None = None,
        padding: int | tuple[int, ...] = 0,
        dilation: int | tuple[int, ...] = 1,
        return_indices: Literal[False] = False,
        ceil_mode: bool = False,
    ) -> None: ...
    def __call__(
        self, input: Tensor[_AD, _AT, *tuple[Any, ...]]
    ) -> Tensor[_AD, _AT, *tuple[Any, ...]]: ...
    def forward(
        self,
        input: Tensor[_AD, _AT, *tuple[Any, ...]],  # type: ignore[override]
    ) -> Tensor[_AD, _AT, *tuple[Any, ...]]: ...

class AvgPool1d(Module[Any, Any], Generic[K, S, P, C]):
    """`torch.nn.AvgPool1d` typed as `AvgPool1d[kernel_size, stride, padding, ceil_mode]`.

    Shape:
        `(N, C, *in)` -> `(N, C, *out)`, `out = (in + 2 * padding - kernel_size) // stride + 1`.
    """

    def __init__(
        self,
        kernel_size: int | tuple[int, ...],
        stride: int | tuple[int, ...] | None = None,
        padding: int | tuple[int, ...] = 0,
        ceil_mode: bool = False,
        count_include_pad: bool = True,
    ) -> None: ...
    def __call__(
        self, input: Tensor[_AD, _AT, *tuple[Any, ...]]
    ) -> Tensor[_AD, _AT, *tuple[Any, ...]]: ...
    def forward(
        self,
        input: Tensor[_AD, _AT, *tuple[Any, ...]],  # type: ignore[override]
    ) -> Tensor[_AD, _AT, *tuple[Any, ...]]: ...

class AvgPool2d(Module[Any, Any], Generic[K, S, P, C]):
    """`torch.nn.AvgPool2d` typed as `AvgPool2d[kernel_size, stride, padding, ceil_mode]`.

    Shape:
        `(N, C, *in)` -> `(N, C, *out)`, `out = (in + 2 * padding - kernel_size) // stride + 1`.
    """

    def __init__(
        self,
        kernel_size: int | tuple[int, ...],
        stride: int | tuple[int, ...] | None = None,
        padding: int | tuple[int, ...] = 0,
        ceil_mode: bool = False,
        count_include_pad: bool = True,
        divisor_override: int | None = None,
    ) -> None: ...
    def __call__(
        self, input: Tensor[_AD, _AT, *tuple[Any, ...]]
    ) -> Tensor[_AD, _AT, *tuple[Any, ...]]: ...
    def forward(
        self,
        input: Tensor[_AD, _AT, *tuple[Any, ...]],  # type: ignore[override]
    ) -> Tensor[_AD, _AT, *tuple[Any, ...]]: ...

class AvgPool3d(Module[Any, Any], Generic[K, S, P, C]):
    """`torch.nn.AvgPool3d` typed as `AvgPool3d[kernel_size, stride, padding, ceil_mode]`.

    Shape:
        `(N, C, *in)` -> `(N, C, *out)`, `out = (in + 2 * padding - kernel_size) // stride + 1`.
    """

    def __init__(
        self,
        kernel_size: int | tuple[int, ...],
        stride: int | tuple[int, ...] | None = None,
        padding: int | tuple[int, ...] = 0,
        ceil_mode: bool = False,
        count_include_pad: bool = True,
        divisor_override: int | None = None,
    ) -> None: ...
    def __call__(
        self, input: Tensor[_AD, _AT, *tuple[Any, ...]]
    ) -> Tensor[_AD, _AT, *tuple[Any, ...]]: ...
    def forward(
        self,
        input: Tensor[_AD, _AT, *tuple[Any, ...]],  # type: ignore[override]
    ) -> Tensor[_AD, _AT, *tuple[Any, ...]]: ...

class AdaptiveAvgPool1d(Module[Any, Any], Generic[O]):
    """`torch.nn.AdaptiveAvgPool1d` typed as `AdaptiveAvgPool1d[output_size]`.

    Shape:
        `(N, C, *in)` -> `(N, C, *output_size)`.
    """

    def __init__(self, output_size: int | None | tuple[int | None, ...]) -> None: ...
    def __call__(
        self, input: Tensor[_AD, _AT, *tuple[Any, ...]]
    ) -> Tensor[_AD, _AT, *tuple[Any, ...]]: ...
    def forward(
        self,
        input: Tensor[_AD, _AT, *tuple[Any, ...]],  # type: ignore[override]
    ) -> Tensor[_AD, _AT, *tuple[Any, ...]]: ...

class AdaptiveAvgPool2d(Module[Any, Any], Generic[O]):
    """`torch.nn.AdaptiveAvgPool2d` typed as `AdaptiveAvgPool2d[output_size]`.

    Shape:
        `(N, C, *in)` -> `(N, C, *output_size)`.
    """

    def __init__(self, output_size: int | None | tuple[int | None, ...]) -> None: ...
    def __call__(
        self, input: Tensor[_AD, _AT, *tuple[Any, ...]]
    ) -> Tensor[_AD, _AT, *tuple[Any, ...]]: ...
    def forward(
        self,
        input: Tensor[_AD, _AT, *tuple[Any, ...]],  # type: ignore[override]
    ) -> Tensor[_AD, _AT, *tuple[Any, ...]]: ...

class AdaptiveAvgPool3d(Module[Any, Any], Generic[O]):
    """`torch.nn.AdaptiveAvgPool3d` typed as `AdaptiveAvgPool3d[output_size]`.

    Shape:
        `(N, C, *in)` -> `(N, C, *output_size)`.
    """

    def __init__(self, output_size: int | None | tuple[int | None, ...]) -> None: ...
    def __call__(
        self, input: Tensor[_AD, _AT, *tuple[Any, ...]]
    ) -> Tensor[_AD, _AT, *tuple[Any, ...]]: ...
    def forward(
        self,
        input: Tensor[_AD, _AT, *tuple[Any, ...]],  # type: ignore[override]
    ) -> Tensor[_AD, _AT, *tuple[Any, ...]]: ...

class AdaptiveMaxPool1d(Module[Any, Any], Generic[O]):
    """`torch.nn.AdaptiveMaxPool1d` typed as `AdaptiveMaxPool1d[output_size]`.

    Shape:
        `(N, C, *in)` -> `(N, C, *output_size)`.
    """

    def __init__(
        self,
        output_size: int | None | tuple[int | None, ...],
        return_indices: Literal[False] = False,
    ) -> None: ...
    def __call__(
        self, input: Tensor[_AD, _AT, *tuple[Any, ...]]
    ) -> Tensor[_AD, _AT, *tuple[Any, ...]]: ...
    def forward(
        self,
        input: Tensor[_AD, _AT, *tuple[Any, ...]],  # type: ignore[override]
    ) -> Tensor[_AD, _AT, *tuple[Any, ...]]: ...

class AdaptiveMaxPool2d(Module[Any, Any], Generic[O]):
    """`torch.nn.AdaptiveMaxPool2d` typed as `AdaptiveMaxPool2d[output_size]`.

    Shape:
        `(N, C, *in)` -> `(N, C, *output_size)`.
    """

    def __init__(
        self,
        output_size: int | None | tuple[int | None, ...],
        return_indices: Literal[False] = False,
    ) -> None: ...
    def __call__(
        self, input: Tensor[_AD, _AT, *tuple[Any, ...]]
    ) -> Tensor[_AD, _AT, *tuple[Any, ...]]: ...
    def forward(
        self,
        input: Tensor[_AD, _AT, *tuple[Any, ...]],  # type: ignore[override]
    ) -> Tensor[_AD, _AT, *tuple[Any, ...]]: ...

class AdaptiveMaxPool3d(Module[Any, Any], Generic[O]):
    """`torch.nn.AdaptiveMaxPool3d` typed as `AdaptiveMaxPool3d[output_size]`.

    Shape:
        `(N, C, *in)` -> `(N, C, *output_size)`.
    """

    def __init__(
        self,
        output_size: int | None | tuple[int | None, ...],
        return_indices: Literal[False] = False,
    ) -> None: ...
    def __call__(
        self, input: Tensor[_AD, _AT, *tuple[Any, ...]]
    ) -> Tensor[_AD, _AT, *tuple[Any, ...]]: ...
    def forward(
        self,
        input: Tensor[_AD, _AT, *tuple[Any, ...]],  # type: ignore[override]
    ) -> Tensor[_AD, _AT, *tuple[Any, ...]]: ...

# Names not declared here are `Any` (gradual), never an error.
def __getattr__(name: str) -> Any: ...
