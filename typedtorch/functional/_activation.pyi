# Static view of the activations: every one keeps its input's device, dtype and shape.
from typing import Any, TypeVar, overload

from typing_extensions import TypeVarTuple

from .._devices import Device
from .._dtypes import DType
from .._tensor import Tensor

_D = TypeVar("_D", bound=Device)
_T = TypeVar("_T", bound=DType)
_T2 = TypeVar("_T2", bound=DType)
_S = TypeVarTuple("_S")

def relu(input: Tensor[_D, _T, *_S], inplace: bool = False) -> Tensor[_D, _T, *_S]:
    """`max(0, x)` elementwise. Shape: `(*)` -> `(*)`."""

def gelu(input: Tensor[_D, _T, *_S], approximate: str = "none") -> Tensor[_D, _T, *_S]:
    """The Gaussian error linear unit (`approximate='tanh'` for the tanh form). Shape: `(*)`."""

def silu(input: Tensor[_D, _T, *_S], inplace: bool = False) -> Tensor[_D, _T, *_S]:
    """`x * sigmoid(x)` elementwise. Shape: `(*)` -> `(*)`."""

def sigmoid(input: Tensor[_D, _T, *_S]) -> Tensor[_D, _T, *_S]:
    """`1 / (1 + exp(-x))` elementwise. Shape: `(*)` -> `(*)`."""

def tanh(input: Tensor[_D, _T, *_S]) -> Tensor[_D, _T, *_S]:
    """`tanh(x)` elementwise. Shape: `(*)` -> `(*)`."""

def leaky_relu(
    input: Tensor[_D, _T, *_S], negative_slope: float = 0.01, inplace: bool = False
) -> Tensor[_D, _T, *_S]:
    """`max(0, x) + negative_slope * min(0, x)` elementwise. Shape: `(*)` -> `(*)`."""

def elu(
    input: Tensor[_D, _T, *_S], alpha: float = 1.0, inplace: bool = False
) -> Tensor[_D, _T, *_S]:
    """`x` if `x > 0` else `alpha * (exp(x) - 1)`, elementwise. Shape: `(*)` -> `(*)`."""

@overload
def softmax(
    input: Tensor[_D, _T, *_S], dim: int | None = None, _stacklevel: int = 3, dtype: None = None
) -> Tensor[_D, _T, *_S]:
    """Softmax along `dim` (the result in `dtype` if given). Shape: `(*)` -> `(*)`."""

@overload
def softmax(
    input: Tensor[_D, Any, *_S], dim: int | None, _stacklevel: int, dtype: _T2
) -> Tensor[_D, _T2, *_S]: ...
@overload
def softmax(
    input: Tensor[_D, Any, *_S], dim: int | None = None, _stacklevel: int = 3, *, dtype: _T2
) -> Tensor[_D, _T2, *_S]: ...
@overload
def log_softmax(
    input: Tensor[_D, _T, *_S], dim: int | None = None, _stacklevel: int = 3, dtype: None = None
) -> Tensor[_D, _T, *_S]:
    """`log(softmax(x))` along `dim`, computed stably. Shape: `(*)` -> `(*)`."""

@overload
def log_softmax(
    input: Tensor[_D, Any, *_S], dim: int | None, _stacklevel: int, dtype: _T2
) -> Tensor[_D, _T2, *_S]: ...
@overload
def log_softmax(
    input: Tensor[_D, Any, *_S], dim: int | None = None, _stacklevel: int = 3, *, dtype: _T2
) -> Tensor[_D, _T2, *_S]: ...
def dropout(
    input: Tensor[_D, _T, *_S], p: float = 0.5, training: bool = True, inplace: bool = False
) -> Tensor[_D, _T, *_S]:
    """Zeroes elements with probability `p` (when `training`), scaling the rest by `1 / (1 - p)`.

    Shape: `(*)` -> `(*)`.
    """
