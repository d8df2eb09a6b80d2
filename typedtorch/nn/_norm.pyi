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
F = TypeVar("F", bound=int, default=Any)
G = TypeVar("G", bound=int, default=Any)
NS = TypeVar("NS", default=Any)

class BatchNorm1d(torch.nn.BatchNorm1d, Module[D, T], Generic[F, D, T]):
    """`torch.nn.BatchNorm1d` typed as `BatchNorm1d[num_features, Device, DType]`.

    Shape:
        `(N, F, *)` -> same; the channel dim must be `num_features`.
    """

    weight: Tensor[D, T, F] | None  # type: ignore[assignment]
    bias: Tensor[D, T, F] | None  # type: ignore[assignment]
    @overload
    def __init__(
        self: BatchNorm1d[Any, CPU, Float32],
        num_features: int,
        eps: float = 1e-05,
        momentum: float | None = 0.1,
        affine: bool = True,
        track_running_stats: bool = True,
        device: None = None,
        dtype: None = None,
    ) -> None: ...
    @overload
    def __init__(
        self: BatchNorm1d[Any, KindD, Float32],
        num_features: int,
        eps: float = 1e-05,
        momentum: float | None = 0.1,
        affine: bool = True,
        track_running_stats: bool = True,
        device: KindD = ...,
        dtype: None = None,
    ) -> None: ...
    @overload
    def __init__(
        self: BatchNorm1d[Any, CPU, KindT],
        num_features: int,
        eps: float = 1e-05,
        momentum: float | None = 0.1,
        affine: bool = True,
        track_running_stats: bool = True,
        device: None = None,
        dtype: KindT = ...,
    ) -> None: ...
    @overload
    def __init__(
        self: BatchNorm1d[Any, KindD, KindT],
        num_features: int,
        eps: float = 1e-05,
        momentum: float | None = 0.1,
        affine: bool = True,
        track_running_stats: bool = True,
        device: KindD = ...,
        dtype: KindT = ...,
    ) -> None: ...
    @overload
    def __init__(
        self: BatchNorm1d[Any, Any, Any],
        num_features: int,
        eps: float = 1e-05,
        momentum: float | None = 0.1,
        affine: bool = True,
        track_running_stats: bool = True,
        device: DeviceLike = None,
        dtype: torch.dtype | None = None,
    ) -> None: ...
    def __call__(self, input: Tensor[D, T, *_S]) -> Tensor[D, T, *_S]: ...
    def forward(self, input: Tensor[D, T, *_S]) -> Tensor[D, T, *_S]: ...  # type: ignore[override]

class BatchNorm2d(torch.nn.BatchNorm2d, Module[D, T], Generic[F, D, T]):
    """`torch.nn.BatchNorm2d` typed as `BatchNorm2d[num_features, Device, DType]`.

    Shape:
        `(N, F, *)` -> same; the channel dim must be `num_features`.
    """

    weight: Tensor[D, T, F] | None  # type: ignore[assignment]
    bias: Tensor[D, T, F] | None  # type: ignore[assignment]
    @overload
    def __init__(
        self: BatchNorm2d[Any, CPU, Float32],
        num_features: int,
        eps: float = 1e-05,
        momentum: float | None = 0.1,
        affine: bool = True,
        track_running_stats: bool = True,
        device: None = None,
        dtype: None = None,
    ) -> None: ...
    @overload
    def __init__(
        self: BatchNorm2d[Any, KindD, Float32],
        num_features: int,
        eps: float = 1e-05,
        momentum: float | None = 0.1,
        affine: bool = True,
        track_running_stats: bool = True,
        device: KindD = ...,
        dtype: None = None,
    ) -> None: ...
    @overload
    def __init__(
        self: BatchNorm2d[Any, CPU, KindT],
        num_features: int,
        eps: float = 1e-05,
        momentum: float | None = 0.1,
        affine: bool = True,
        track_running_stats: bool = True,
        device: None = None,
        dtype: KindT = ...,
    ) -> None: ...
    @overload
    def __init__(
        self: BatchNorm2d[Any, KindD, KindT],
        num_features: int,
        eps: float = 1e-05,
        momentum: float | None = 0.1,
        affine: bool = True,
        track_running_stats: bool = True,
        device: KindD = ...,
        dtype: KindT = ...,
    ) -> None: ...
    @overload
    def __init__(
        self: BatchNorm2d[Any, Any, Any],
        num_features: int,
        eps: float = 1e-05,
        momentum: float | None = 0.1,
        affine: bool = True,
        track_running_stats: bool = True,
        device: DeviceLike = None,
        dtype: torch.dtype | None = None,
    ) -> None: ...
    def __call__(self, input: Tensor[D, T, *_S]) -> Tensor[D, T, *_S]: ...
    def forward(self, input: Tensor[D, T, *_S]) -> Tensor[D, T, *_S]: ...  # type: ignore[override]

class BatchNorm3d(torch.nn.BatchNorm3d, Module[D, T], Generic[F, D, T]):
    """`torch.nn.BatchNorm3d` typed as `BatchNorm3d[num_features, Device, DType]`.

    Shape:
        `(N, F, *)` -> same; the channel dim must be `num_features`.
    """

    weight: Tensor[D, T, F] | None  # type: ignore[assignment]
    bias: Tensor[D, T, F] | None  # type: ignore[assignment]
    @overload
    def __init__(
        self: BatchNorm3d[Any, CPU, Float32],
        num_features: int,
        eps: float = 1e-05,
        momentum: float | None = 0.1,
        affine: bool = True,
        track_running_stats: bool = True,
        device: None = None,
        dtype: None = None,
    ) -> None: ...
    @overload
    def __init__(
        self: BatchNorm3d[Any, KindD, Float32],
        num_features: int,
        eps: float = 1e-05,
        momentum: float | None = 0.1,
        affine: bool = True,
        track_running_stats: bool = True,
        device: KindD = ...,
        dtype: None = None,
    ) -> None: ...
    @overload
    def __init__(
        self: BatchNorm3d[Any, CPU, KindT],
        num_features: int,
        eps: float = 1e-05,
        momentum: float | None = 0.1,
        affine: bool = True,
        track_running_stats: bool = True,
        device: None = None,
        dtype: KindT = ...,
    ) -> None: ...
    @overload
    def __init__(
        self: BatchNorm3d[Any, KindD, KindT],
        num_features: int,
        eps: float = 1e-05,
        momentum: float | None = 0.1,
        affine: bool = True,
        track_running_stats: bool = True,
        device: KindD = ...,
        dtype: KindT = ...,
    ) -> None: ...
    @overload
    def __init__(
        self: BatchNorm3d[Any, Any, Any],
        num_features: int,
        eps: float = 1e-05,
        momentum: float | None = 0.1,
        affine: bool = True,
        track_running_stats: bool = True,
        device: DeviceLike = None,
        dtype: torch.dtype | None = None,
    ) -> None: ...
    def __call__(self, input: Tensor[D, T, *_S]) -> Tensor[D, T, *_S]: ...
    def forward(self, input: Tensor[D, T, *_S]) -> Tensor[D, T, *_S]: ...  # type: ignore[override]

class LayerNorm(torch.nn.LayerNorm, Module[D, T], Generic[NS, D, T]):
    """`torch.nn.LayerNorm` typed as `LayerNorm[normalized_shape, Device, DType]`.

    Shape:
        `(*, *normalized_shape)` -> same.
    """

    @overload
    def __init__(
        self: LayerNorm[Any, CPU, Float32],
        normalized_shape: int | list[int] | tuple[int, ...] | torch.Size,
        eps: float = 1e-05,
        elementwise_affine: bool = True,
        bias: bool = True,
        device: None = None,
        dtype: None = None,
    ) -> None: ...
    @overload
    def __init__(
        self: LayerNorm[Any, KindD, Float32],
        normalized_shape: int | list[int] | tuple[int, ...] | torch.Size,
        eps: float = 1e-05,
        elementwise_affine: bool = True,
        bias: bool = True,
        device: KindD = ...,
        dtype: None = None,
    ) -> None: ...
    @overload
    def __init__(
        self: LayerNorm[Any, CPU, KindT],
        normalized_shape: int | list[int] | tuple[int, ...] | torch.Size,
        eps: float = 1e-05,
        elementwise_affine: bool = True,
        bias: bool = True,
        device: None = None,
        dtype: KindT = ...,
    ) -> None: ...
    @overload
    def __init__(
        self: LayerNorm[Any, KindD, KindT],
        normalized_shape: int | list[int] | tuple[int, ...] | torch.Size,
        eps: float = 1e-05,
        elementwise_affine: bool = True,
        bias: bool = True,
        device: KindD = ...,
        dtype: KindT = ...,
    ) -> None: ...
    @overload
    def __init__(
        self: LayerNorm[Any, Any, Any],
        normalized_shape: int | list[int] | tuple[int, ...] | torch.Size,
        eps: float = 1e-05,
        elementwise_affine: bool = True,
        bias: bool = True,
        device: DeviceLike = None,
        dtype: torch.dtype | None = None,
    ) -> None: ...
    def __call__(self, input: Tensor[D, T, *_S]) -> Tensor[D, T, *_S]: ...
    def forward(self, input: Tensor[D, T, *_S]) -> Tensor[D, T, *_S]: ...  # type: ignore[override]

class GroupNorm(torch.nn.GroupNorm, Module[D, T], Generic[G, F, D, T]):
    """`torch.nn.GroupNorm` typed as `GroupNorm[num_groups, num_channels, Device, DType]`.

    Shape:
        `(N, C, *)` -> same, `C = num_channels`, divisible by `num_groups`.
    """

    weight: Tensor[D, T, F] | None  # type: ignore[assignment]
    bias: Tensor[D, T, F] | None  # type: ignore[assignment]
    @overload
    def __init__(
        self: GroupNorm[Any, Any, CPU, Float32],
        num_groups: int,
        num_channels: int,
        eps: float = 1e-05,
        affine: bool = True,
        device: None = None,
        dtype: None = None,
    ) -> None: ...
    @overload
    def __init__(
        self: GroupNorm[Any, Any, KindD, Float32],
        num_groups: int,
        num_channels: int,
        eps: float = 1e-05,
        affine: bool = True,
        device: KindD = ...,
        dtype: None = None,
    ) -> None: ...
    @overload
    def __init__(
        self: GroupNorm[Any, Any, CPU, KindT],
        num_groups: int,
        num_channels: int,
        eps: float = 1e-05,
        affine: bool = True,
        device: None = None,
        dtype: KindT = ...,
    ) -> None: ...
    @overload
    def __init__(
        self: GroupNorm[Any, Any, KindD, KindT],
        num_groups: int,
        num_channels: int,
        eps: float = 1e-05,
        affine: bool = True,
        device: KindD = ...,
        dtype: KindT = ...,
    ) -> None: ...
    @overload
    def __init__(
        self: GroupNorm[Any, Any, Any, Any],
        num_groups: int,
        num_channels: int,
        eps: float = 1e-05,
        affine: bool = True,
        device: DeviceLike = None,
        dtype: torch.dtype | None = None,
    ) -> None: ...
    def __call__(self, input: Tensor[D, T, *_S]) -> Tensor[D, T, *_S]: ...
    def forward(self, input: Tensor[D, T, *_S]) -> Tensor[D, T, *_S]: ...  # type: ignore[override]
