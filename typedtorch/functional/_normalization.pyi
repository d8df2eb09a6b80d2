# Static view of normalisation, channel dropout and the distances. The norms and dropouts keep
# their input's type; the plugin checks their channel / normalized_shape contracts. The
# distances' result shape (broadcast, one dim reduced) is computed by the plugin only.
from collections.abc import Sequence
from typing import Any, TypeVar

from typing_extensions import TypeVarTuple

from .._devices import Device
from .._dtypes import DType
from .._tensor import Tensor

_D = TypeVar("_D", bound=Device)
_T = TypeVar("_T", bound=DType)
_S = TypeVarTuple("_S")

_AnyShape = tuple[Any, ...]

def layer_norm(
    input: Tensor[_D, _T, *_S],
    normalized_shape: Sequence[int],
    weight: Tensor[_D, _T, *_AnyShape] | None = None,
    bias: Tensor[_D, _T, *_AnyShape] | None = None,
    eps: float = 1e-05,
) -> Tensor[_D, _T, *_S]:
    """Normalises over the trailing dims `normalized_shape`.

    Args:
        input: `[*, *normalized_shape]`.
        normalized_shape: the trailing dims to normalise over.
        weight: `normalized_shape`, or None.
        bias: `normalized_shape`, or None.

    Shape:
        `(*, *normalized_shape)` -> the same.
    """

def batch_norm(
    input: Tensor[_D, _T, *_S],
    running_mean: Tensor[_D, _T, *_AnyShape] | None,
    running_var: Tensor[_D, _T, *_AnyShape] | None,
    weight: Tensor[_D, _T, *_AnyShape] | None = None,
    bias: Tensor[_D, _T, *_AnyShape] | None = None,
    training: bool = False,
    momentum: float = 0.1,
    eps: float = 1e-05,
) -> Tensor[_D, _T, *_S]:
    """Normalises each channel (dim 1) over the batch and spatial dims.

    Args:
        input: `[N, C, *]`.
        running_mean, running_var, weight, bias: `[C]`, or None.

    Shape:
        `(N, C, *)` -> the same.
    """

def group_norm(
    input: Tensor[_D, _T, *_S],
    num_groups: int,
    weight: Tensor[_D, _T, *_AnyShape] | None = None,
    bias: Tensor[_D, _T, *_AnyShape] | None = None,
    eps: float = 1e-05,
) -> Tensor[_D, _T, *_S]:
    """Normalises over groups of channels; `C` must be divisible by `num_groups`.

    Args:
        input: `[N, C, *]`.
        weight, bias: `[C]`, or None.

    Shape:
        `(N, C, *)` -> the same.
    """

def dropout1d(
    input: Tensor[_D, _T, *_S], p: float = 0.5, training: bool = True, inplace: bool = False
) -> Tensor[_D, _T, *_S]:
    """Zeroes whole channels of `(N, C, L)` / `(C, L)` input. Shape: `(*)` -> `(*)`."""

def dropout2d(
    input: Tensor[_D, _T, *_S], p: float = 0.5, training: bool = True, inplace: bool = False
) -> Tensor[_D, _T, *_S]:
    """Zeroes whole channels of `(N, C, H, W)` / `(C, H, W)` input. Shape: `(*)` -> `(*)`."""

def dropout3d(
    input: Tensor[_D, _T, *_S], p: float = 0.5, training: bool = True, inplace: bool = False
) -> Tensor[_D, _T, *_S]:
    """Zeroes whole channels of `(N, C, D, H, W)` / `(C, D, H, W)` input. Shape: `(*)`."""

def alpha_dropout(
    input: Tensor[_D, _T, *_S], p: float = 0.5, training: bool = False, inplace: bool = False
) -> Tensor[_D, _T, *_S]:
    """Dropout that keeps a SELU network's mean and variance. Shape: `(*)` -> `(*)`."""

def normalize(
    input: Tensor[_D, _T, *_S],
    p: float = 2.0,
    dim: int = 1,
    eps: float = 1e-12,
    out: Tensor[_D, _T, *_S] | None = None,
) -> Tensor[_D, _T, *_S]:
    """Divides by the `p`-norm along `dim`. Shape: `(*)` -> `(*)`."""

def cosine_similarity(
    x1: Tensor[_D, _T, *_AnyShape], x2: Tensor[_D, _T, *_AnyShape], dim: int = 1, eps: float = 1e-08
) -> Tensor[_D, _T, *_AnyShape]:
    """Cosine similarity along `dim` of `x1` and `x2` broadcast together.

    Shape:
        `x1`, `x2` broadcast to `(*S)` -> `(*S)` without dim `dim`.
    """

def pairwise_distance(
    x1: Tensor[_D, _T, *_AnyShape],
    x2: Tensor[_D, _T, *_AnyShape],
    p: float = 2.0,
    eps: float = 1e-06,
    keepdim: bool = False,
) -> Tensor[_D, _T, *_AnyShape]:
    """The `p`-norm of `x1 - x2` along the last dim (of the broadcast shape).

    Shape:
        `x1`, `x2` broadcast to `(*S, D)` -> `(*S)` (`(*S, 1)` with `keepdim`).
    """
