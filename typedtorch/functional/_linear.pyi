# Static view of `linear`. Precise with plain generics: the last input dim must be the weight's
# in_features, and the result keeps the batch dims. The plugin reports a mismatch readably.
from typing import TypeVar

from typing_extensions import TypeVarTuple

from .._devices import Device
from .._dtypes import DType
from .._tensor import Tensor

_D = TypeVar("_D", bound=Device)
_T = TypeVar("_T", bound=DType)
_B = TypeVarTuple("_B")
_I = TypeVar("_I", bound=int)
_O = TypeVar("_O", bound=int)

def linear(
    input: Tensor[_D, _T, *_B, _I],
    weight: Tensor[_D, _T, _O, _I],
    bias: Tensor[_D, _T, _O] | None = None,
) -> Tensor[_D, _T, *_B, _O]:
    """Applies `y = x W^T + b`.

    Args:
        input: `[*, in_features]`.
        weight: `[out_features, in_features]`.
        bias: `[out_features]`, or None.

    Returns:
        `[*, out_features]`.

    Shape:
        input `(*, I)`, weight `(O, I)`, bias `(O)` -> `(*, O)`.
    """
