# Typed signatures of torch's shape functions, re-exported as `tt.cat`, `tt.stack`, ...
#
# Device and dtype are kept; the shapes are unknown (`*tuple[Any, ...]`) here, which is sound
# without the plugin; the mypy plugin computes them (see mypy_plugin/_joins.py, _reshape.py).

from collections.abc import Sequence
from typing import Any, TypeVar

from ._devices import Device
from ._dtypes import DType
from ._tensor import Tensor

_D = TypeVar("_D", bound=Device)
_T = TypeVar("_T", bound=DType)

_AnyShape = tuple[Any, ...]

def cat(tensors: Sequence[Tensor[_D, _T, *_AnyShape]], dim: int = 0) -> Tensor[_D, _T, *_AnyShape]:
    """Concatenate `tensors` along `dim` (torch.cat).

    Shape:
        Every input has the same rank and equal sizes except in `dim`, which adds up.
    """

def concat(
    tensors: Sequence[Tensor[_D, _T, *_AnyShape]], dim: int = 0
) -> Tensor[_D, _T, *_AnyShape]:
    """Alias of `cat` (torch.concat)."""

def stack(
    tensors: Sequence[Tensor[_D, _T, *_AnyShape]], dim: int = 0
) -> Tensor[_D, _T, *_AnyShape]:
    """Stack equal-shaped `tensors` along a new dim `dim` (torch.stack).

    Shape:
        Inputs: `(*S)` each, N of them. Output: `(*S[:dim], N, *S[dim:])`.
    """

def split(
    tensor: Tensor[_D, _T, *_AnyShape],
    split_size_or_sections: int | Sequence[int],
    dim: int = 0,
) -> tuple[Tensor[_D, _T, *_AnyShape], ...]:
    """Pieces of `split_size` along `dim` (the last may be shorter), or of the given sizes."""

def chunk(
    input: Tensor[_D, _T, *_AnyShape], chunks: int, dim: int = 0
) -> tuple[Tensor[_D, _T, *_AnyShape], ...]:
    """At most `chunks` pieces of `ceil(size / chunks)` along `dim` (torch.chunk)."""

def unbind(
    input: Tensor[_D, _T, *_AnyShape], dim: int = 0
) -> tuple[Tensor[_D, _T, *_AnyShape], ...]:
    """One tensor per index of `dim`, each without that dim (torch.unbind)."""

def flatten(
    input: Tensor[_D, _T, *_AnyShape], start_dim: int = 0, end_dim: int = -1
) -> Tensor[_D, _T, *_AnyShape]:
    """Dims `start_dim..end_dim` merged into one (torch.flatten)."""

def permute(input: Tensor[_D, _T, *_AnyShape], dims: Sequence[int]) -> Tensor[_D, _T, *_AnyShape]:
    """Dims reordered; `dims` is a permutation of all dims (torch.permute)."""

def transpose(
    input: Tensor[_D, _T, *_AnyShape], dim0: int, dim1: int
) -> Tensor[_D, _T, *_AnyShape]:
    """Dims `dim0` and `dim1` swapped (torch.transpose)."""

def squeeze(
    input: Tensor[_D, _T, *_AnyShape], dim: int | Sequence[int] | None = None
) -> Tensor[_D, _T, *_AnyShape]:
    """Size-1 dims removed: all of them, or those in `dim` (torch.squeeze)."""

def unsqueeze(input: Tensor[_D, _T, *_AnyShape], dim: int) -> Tensor[_D, _T, *_AnyShape]:
    """A size-1 dim inserted at `dim` (torch.unsqueeze)."""

def reshape(input: Tensor[_D, _T, *_AnyShape], shape: Sequence[int]) -> Tensor[_D, _T, *_AnyShape]:
    """The same elements in `shape`; one size may be -1 (torch.reshape)."""

def movedim(
    input: Tensor[_D, _T, *_AnyShape],
    source: int | Sequence[int],
    destination: int | Sequence[int],
) -> Tensor[_D, _T, *_AnyShape]:
    """Dims `source` moved to positions `destination`, the others in order (torch.movedim)."""
