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
Dim = TypeVar("Dim", default=Any)
N = TypeVar("N", bound=int, default=Any)

class ReLU(torch.nn.ReLU, Module[Any, Any]):
    """`torch.nn.ReLU`: the output has the input's type."""

    def __init__(self, inplace: bool = False) -> None: ...
    def __call__(self, input: Tensor[_AD, _AT, *_S]) -> Tensor[_AD, _AT, *_S]: ...
    def forward(self, input: Tensor[_AD, _AT, *_S]) -> Tensor[_AD, _AT, *_S]: ...  # type: ignore[override]

class GELU(torch.nn.GELU, Module[Any, Any]):
    """`torch.nn.GELU`: the output has the input's type."""

    def __init__(self, approximate: str = "none") -> None: ...
    def __call__(self, input: Tensor[_AD, _AT, *_S]) -> Tensor[_AD, _AT, *_S]: ...
    def forward(self, input: Tensor[_AD, _AT, *_S]) -> Tensor[_AD, _AT, *_S]: ...  # type: ignore[override]

class SiLU(torch.nn.SiLU, Module[Any, Any]):
    """`torch.nn.SiLU`: the output has the input's type."""

    def __init__(self, inplace: bool = False) -> None: ...
    def __call__(self, input: Tensor[_AD, _AT, *_S]) -> Tensor[_AD, _AT, *_S]: ...
    def forward(self, input: Tensor[_AD, _AT, *_S]) -> Tensor[_AD, _AT, *_S]: ...  # type: ignore[override]

class Tanh(torch.nn.Tanh, Module[Any, Any]):
    """`torch.nn.Tanh`: the output has the input's type."""

    def __init__(self) -> None: ...
    def __call__(self, input: Tensor[_AD, _AT, *_S]) -> Tensor[_AD, _AT, *_S]: ...
    def forward(self, input: Tensor[_AD, _AT, *_S]) -> Tensor[_AD, _AT, *_S]: ...  # type: ignore[override]

class Sigmoid(torch.nn.Sigmoid, Module[Any, Any]):
    """`torch.nn.Sigmoid`: the output has the input's type."""

    def __init__(self) -> None: ...
    def __call__(self, input: Tensor[_AD, _AT, *_S]) -> Tensor[_AD, _AT, *_S]: ...
    def forward(self, input: Tensor[_AD, _AT, *_S]) -> Tensor[_AD, _AT, *_S]: ...  # type: ignore[override]

class LeakyReLU(torch.nn.LeakyReLU, Module[Any, Any]):
    """`torch.nn.LeakyReLU`: the output has the input's type."""

    def __init__(self, negative_slope: float = 0.01, inplace: bool = False) -> None: ...
    def __call__(self, input: Tensor[_AD, _AT, *_S]) -> Tensor[_AD, _AT, *_S]: ...
    def forward(self, input: Tensor[_AD, _AT, *_S]) -> Tensor[_AD, _AT, *_S]: ...  # type: ignore[override]

class ELU(torch.nn.ELU, Module[Any, Any]):
    """`torch.nn.ELU`: the output has the input's type."""

    def __init__(self, alpha: float = 1.0, inplace: bool = False) -> None: ...
    def __call__(self, input: Tensor[_AD, _AT, *_S]) -> Tensor[_AD, _AT, *_S]: ...
    def forward(self, input: Tensor[_AD, _AT, *_S]) -> Tensor[_AD, _AT, *_S]: ...  # type: ignore[override]

class PReLU(torch.nn.PReLU, Module[D, T], Generic[N, D, T]):
    """`torch.nn.PReLU` typed as `PReLU[num_parameters, Device, DType]`.

    Shape:
        `(*)` -> same; `num_parameters` is 1 or the channel dim (dim 1).
    """

    weight: Tensor[D, T, N]  # type: ignore[assignment]
    @overload
    def __init__(
        self: PReLU[Any, CPU, Float32],
        num_parameters: int = 1,
        init: float = 0.25,
        device: None = None,
        dtype: None = None,
    ) -> None: ...
    @overload
    def __init__(
        self: PReLU[Any, KindD, Float32],
        num_parameters: int = 1,
        init: float = 0.25,
        device: KindD = ...,
        dtype: None = None,
    ) -> None: ...
    @overload
    def __init__(
        self: PReLU[Any, CPU, KindT],
        num_parameters: int = 1,
        init: float = 0.25,
        device: None = None,
        dtype: KindT = ...,
    ) -> None: ...
    @overload
    def __init__(
        self: PReLU[Any, KindD, KindT],
        num_parameters: int = 1,
        init: float = 0.25,
        device: KindD = ...,
        dtype: KindT = ...,
    ) -> None: ...
    @overload
    def __init__(
        self: PReLU[Any, Any, Any],
        num_parameters: int = 1,
        init: float = 0.25,
        device: DeviceLike = None,
        dtype: torch.dtype | None = None,
    ) -> None: ...
    def __call__(self, input: Tensor[D, T, *_S]) -> Tensor[D, T, *_S]: ...
    def forward(self, input: Tensor[D, T, *_S]) -> Tensor[D, T, *_S]: ...  # type: ignore[override]

class Softmax(torch.nn.Softmax, Module[Any, Any], Generic[Dim]):
    """`torch.nn.Softmax` typed as `Softmax[dim]`: the output has the input's type."""

    def __init__(self, dim: int | None = None) -> None: ...
    def __call__(self, input: Tensor[_AD, _AT, *_S]) -> Tensor[_AD, _AT, *_S]: ...
    def forward(self, input: Tensor[_AD, _AT, *_S]) -> Tensor[_AD, _AT, *_S]: ...  # type: ignore[override]

class LogSoftmax(torch.nn.LogSoftmax, Module[Any, Any], Generic[Dim]):
    """`torch.nn.LogSoftmax` typed as `LogSoftmax[dim]`: the output has the input's type."""

    def __init__(self, dim: int | None = None) -> None: ...
    def __call__(self, input: Tensor[_AD, _AT, *_S]) -> Tensor[_AD, _AT, *_S]: ...
    def forward(self, input: Tensor[_AD, _AT, *_S]) -> Tensor[_AD, _AT, *_S]: ...  # type: ignore[override]
