from typing import Any, Generic, overload

import torch
from typing_extensions import TypeVar, TypeVarTuple

from .._devices import CPU
from .._dtypes import Float32
from .._tensor import Tensor
from ._module import D, DeviceLike, KindD, KindT, Module, T

In = TypeVar("In", bound=int, default=Any)
In2 = TypeVar("In2", bound=int, default=Any)
Out = TypeVar("Out", bound=int, default=Any)
_B = TypeVarTuple("_B")
_X = TypeVar("_X")

class Linear(torch.nn.Linear, Module[D, T], Generic[In, Out, D, T]):
    """`torch.nn.Linear` typed as `Linear[in_features, out_features, Device, DType]`.

    Shape:
        input `(*, In)` -> `(*, Out)`; weight `(Out, In)`, bias `(Out)` (None with `bias=False`).
    """

    weight: Tensor[D, T, Out, In]
    bias: Tensor[D, T, Out] | None  # type: ignore[assignment]
    @overload
    def __init__(
        self: Linear[Any, Any, CPU, Float32],
        in_features: int,
        out_features: int,
        bias: bool = True,
        device: None = None,
        dtype: None = None,
    ) -> None: ...
    @overload
    def __init__(
        self: Linear[Any, Any, KindD, Float32],
        in_features: int,
        out_features: int,
        bias: bool = True,
        device: KindD = ...,
        dtype: None = None,
    ) -> None: ...
    @overload
    def __init__(
        self: Linear[Any, Any, CPU, KindT],
        in_features: int,
        out_features: int,
        bias: bool = True,
        device: None = None,
        dtype: KindT = ...,
    ) -> None: ...
    @overload
    def __init__(
        self: Linear[Any, Any, KindD, KindT],
        in_features: int,
        out_features: int,
        bias: bool = True,
        device: KindD = ...,
        dtype: KindT = ...,
    ) -> None: ...
    @overload
    def __init__(
        self: Linear[Any, Any, Any, Any],
        in_features: int,
        out_features: int,
        bias: bool = True,
        device: DeviceLike = None,
        dtype: torch.dtype | None = None,
    ) -> None: ...
    def __call__(self, input: Tensor[D, T, *_B, In]) -> Tensor[D, T, *_B, Out]: ...
    def forward(self, input: Tensor[D, T, *_B, In]) -> Tensor[D, T, *_B, Out]: ...  # type: ignore[override]

class Bilinear(torch.nn.Bilinear, Module[D, T], Generic[In, In2, Out, D, T]):
    """`torch.nn.Bilinear` typed as `Bilinear[in1_features, in2_features, out_features, D, T]`.

    Shape:
        input1 `(*, In)`, input2 `(*, In2)` -> `(*, Out)`; weight `(Out, In, In2)`.
    """

    weight: Tensor[D, T, Out, In, In2]
    bias: Tensor[D, T, Out] | None  # type: ignore[assignment]
    @overload
    def __init__(
        self: Bilinear[Any, Any, Any, CPU, Float32],
        in1_features: int,
        in2_features: int,
        out_features: int,
        bias: bool = True,
        device: None = None,
        dtype: None = None,
    ) -> None: ...
    @overload
    def __init__(
        self: Bilinear[Any, Any, Any, KindD, Float32],
        in1_features: int,
        in2_features: int,
        out_features: int,
        bias: bool = True,
        device: KindD = ...,
        dtype: None = None,
    ) -> None: ...
    @overload
    def __init__(
        self: Bilinear[Any, Any, Any, CPU, KindT],
        in1_features: int,
        in2_features: int,
        out_features: int,
        bias: bool = True,
        device: None = None,
        dtype: KindT = ...,
    ) -> None: ...
    @overload
    def __init__(
        self: Bilinear[Any, Any, Any, KindD, KindT],
        in1_features: int,
        in2_features: int,
        out_features: int,
        bias: bool = True,
        device: KindD = ...,
        dtype: KindT = ...,
    ) -> None: ...
    @overload
    def __init__(
        self: Bilinear[Any, Any, Any, Any, Any],
        in1_features: int,
        in2_features: int,
        out_features: int,
        bias: bool = True,
        device: DeviceLike = None,
        dtype: torch.dtype | None = None,
    ) -> None: ...
    def __call__(
        self, input1: Tensor[D, T, *_B, In], input2: Tensor[D, T, *_B, In2]
    ) -> Tensor[D, T, *_B, Out]: ...
    def forward(  # type: ignore[override]
        self, input1: Tensor[D, T, *_B, In], input2: Tensor[D, T, *_B, In2]
    ) -> Tensor[D, T, *_B, Out]: ...

class Identity(torch.nn.Identity, Module[Any, Any]):
    """`torch.nn.Identity`: returns its input, typed as such."""

    def __init__(self, *args: Any, **kwargs: Any) -> None: ...
    def __call__(self, input: _X) -> _X: ...
    def forward(self, input: _X) -> _X: ...
