# Static view of `einsum`. The result's shape depends on the equation's text, which only the
# mypy plugin reads (for a literal equation); here it is unknown, which is sound without it.
from typing import Any, TypeVar

from ._devices import Device
from ._dtypes import DType
from ._tensor import Tensor

_D = TypeVar("_D", bound=Device)
_T = TypeVar("_T", bound=DType)

def einsum(
    equation: str, /, *operands: Tensor[_D, _T, *tuple[Any, ...]]
) -> Tensor[_D, _T, *tuple[Any, ...]]:
    """Sums the product of the operands' elements over the subscripts the equation contracts.

    Args:
        equation: subscripts for each operand's dims, comma-separated, optionally `->` and the
            output's subscripts (`'bij,bjk->bik'`); `...` stands for broadcast dims. Without
            `->`, the output is `...` then the subscripts that appear once, sorted.
        operands: the tensors, one per comma-separated term; same device and dtype.

    Returns:
        The tensor the equation describes.

    Shape:
        `'bij,bjk->bik'`: `(B, I, J)`, `(B, J, K)` -> `(B, I, K)`. Each operand has one dim per
        subscript (more under `...`); a subscript's sizes agree across operands (or are 1).
    """
