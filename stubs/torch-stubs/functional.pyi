# Static view of `torch.functional`: the top-level functions torch writes in Python (`einsum`,
# `split`, ...). Shapes that depend on an argument's value (the einsum equation, the split sizes)
# are unknown here, which is sound without the plugin; the mypy plugin computes them
# (mypy_plugin/_einsum.py, _joins.py).
from collections.abc import Sequence
from typing import Any, TypeVar

from torch._tensor import Tensor

from typedtorch._devices import Device
from typedtorch._dtypes import DType

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

_AnyShape = tuple[Any, ...]

def split(
    tensor: Tensor[_D, _T, *_AnyShape],
    split_size_or_sections: int | Sequence[int],
    dim: int = 0,
) -> tuple[Tensor[_D, _T, *_AnyShape], ...]:
    """Pieces of `split_size` along `dim` (the last may be shorter), or of the given sizes."""

# Names not declared here are `Any` (gradual), never an error.
def __getattr__(name: str) -> Any: ...
