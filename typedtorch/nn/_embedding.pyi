from typing import Any, Generic, overload

import torch
from typing_extensions import TypeVar, TypeVarTuple

from .._devices import CPU, Device
from .._dtypes import DType, Float32, Integer
from .._tensor import Tensor
from ._module import D, DeviceLike, KindD, KindT, Module, T

_S = TypeVarTuple("_S")
_AD = TypeVar("_AD", bound=Device)
_AT = TypeVar("_AT", bound=DType)
N = TypeVar("N", bound=int, default=Any)
E = TypeVar("E", bound=int, default=Any)

class Embedding(torch.nn.Embedding, Module[D, T], Generic[N, E, D, T]):
    """`torch.nn.Embedding` typed as `Embedding[num_embeddings, embedding_dim, Device, DType]`.

    Shape:
        integer indices `(*)` -> `(*, E)`.
    """

    weight: Tensor[D, T, N, E]
    @overload
    def __init__(
        self: Embedding[Any, Any, CPU, Float32],
        num_embeddings: int,
        embedding_dim: int,
        padding_idx: int | None = None,
        max_norm: float | None = None,
        norm_type: float = 2.0,
        scale_grad_by_freq: bool = False,
        sparse: bool = False,
        _weight: torch.Tensor | None = None,
        _freeze: bool = False,
        device: None = None,
        dtype: None = None,
    ) -> None: ...
    @overload
    def __init__(
        self: Embedding[Any, Any, KindD, Float32],
        num_embeddings: int,
        embedding_dim: int,
        padding_idx: int | None = None,
        max_norm: float | None = None,
        norm_type: float = 2.0,
        scale_grad_by_freq: bool = False,
        sparse: bool = False,
        _weight: torch.Tensor | None = None,
        _freeze: bool = False,
        device: KindD = ...,
        dtype: None = None,
    ) -> None: ...
    @overload
    def __init__(
        self: Embedding[Any, Any, CPU, KindT],
        num_embeddings: int,
        embedding_dim: int,
        padding_idx: int | None = None,
        max_norm: float | None = None,
        norm_type: float = 2.0,
        scale_grad_by_freq: bool = False,
        sparse: bool = False,
        _weight: torch.Tensor | None = None,
        _freeze: bool = False,
        device: None = None,
        dtype: KindT = ...,
    ) -> None: ...
    @overload
    def __init__(
        self: Embedding[Any, Any, KindD, KindT],
        num_embeddings: int,
        embedding_dim: int,
        padding_idx: int | None = None,
        max_norm: float | None = None,
        norm_type: float = 2.0,
        scale_grad_by_freq: bool = False,
        sparse: bool = False,
        _weight: torch.Tensor | None = None,
        _freeze: bool = False,
        device: KindD = ...,
        dtype: KindT = ...,
    ) -> None: ...
    @overload
    def __init__(
        self: Embedding[Any, Any, Any, Any],
        num_embeddings: int,
        embedding_dim: int,
        padding_idx: int | None = None,
        max_norm: float | None = None,
        norm_type: float = 2.0,
        scale_grad_by_freq: bool = False,
        sparse: bool = False,
        _weight: torch.Tensor | None = None,
        _freeze: bool = False,
        device: DeviceLike = None,
        dtype: torch.dtype | None = None,
    ) -> None: ...
    def __call__(self, input: Tensor[D, Integer, *_S]) -> Tensor[D, T, *_S, E]: ...
    def forward(self, input: Tensor[D, Integer, *_S]) -> Tensor[D, T, *_S, E]: ...  # type: ignore[override]
