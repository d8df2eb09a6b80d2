# Static view of `embedding` and `one_hot`. Precise with plain generics where possible; the
# plugin also checks the index dtype and a literal `num_classes`.
from typing import Any, TypeVar

from typing_extensions import TypeVarTuple

from .._devices import Device
from .._dtypes import DType, Int64
from .._tensor import Tensor

_D = TypeVar("_D", bound=Device)
_T = TypeVar("_T", bound=DType)
_S = TypeVarTuple("_S")
_E = TypeVar("_E", bound=int)

def embedding(
    input: Tensor[_D, Any, *_S],
    weight: Tensor[_D, _T, Any, _E],
    padding_idx: int | None = None,
    max_norm: float | None = None,
    norm_type: float = 2.0,
    scale_grad_by_freq: bool = False,
    sparse: bool = False,
) -> Tensor[_D, _T, *_S, _E]:
    """Looks up rows of `weight` at the integer indices `input`.

    Args:
        input: int64 (or int32) indices `[*]`.
        weight: the embedding matrix `[num_embeddings, embedding_dim]`.
        padding_idx: an index whose row gets no gradient.

    Returns:
        `[*, embedding_dim]`, in the weight's dtype.

    Shape:
        input `(*)`, weight `(V, E)` -> `(*, E)`.
    """

def one_hot(
    tensor: Tensor[_D, Int64, *_S], num_classes: int = -1
) -> Tensor[_D, Int64, *tuple[Any, ...]]:
    """One-hot encodes int64 class indices.

    Args:
        tensor: int64 class indices `[*]`.
        num_classes: the number of classes; `-1` takes the largest index + 1 (known only when
            the call runs).

    Returns:
        int64 `[*, num_classes]`.

    Shape:
        `(*)` -> `(*, num_classes)`.
    """
