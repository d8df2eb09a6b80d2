"""`Tensor[Device, DType, *Shape]` at runtime.

Typed tensors are plain `torch.Tensor` objects: nothing here wraps a tensor. `Tensor` exists at
runtime so that annotations can be evaluated: `Tensor[CPU, Float32, B, L[3]]` builds an annotation
that `typedtorch.typechecked` (jaxtyping + beartype) checks, and `isinstance(x, Tensor)` is
`isinstance(x, torch.Tensor)`. The static view is torch's own `Tensor`, typed by the stubs in
`stubs/torch-stubs/_tensor.pyi`.
"""

from __future__ import annotations

from typing import Any

import torch


class _TensorMeta(type):
    def __instancecheck__(cls, instance: object) -> bool:
        return isinstance(instance, torch.Tensor)

    def __subclasscheck__(cls, subclass: type) -> bool:
        return issubclass(subclass, torch.Tensor)


class Tensor(metaclass=_TensorMeta):
    """A `torch.Tensor` whose type carries its device, dtype and shape (see `stubs/torch-stubs/_tensor.pyi`)."""

    def __new__(cls, *args: Any, **kwargs: Any) -> Any:
        raise TypeError(
            "typedtorch.Tensor is a type, not a constructor: make tensors with tt.tensor, "
            "tt.zeros, ... or convert a torch.Tensor with tt.checked / tt.unchecked"
        )

    def __class_getitem__(cls, params: Any) -> Any:
        from ._runtime import tensor_annotation

        return tensor_annotation(params)


class ValuesIndices:
    """Runtime name for the static `ValuesIndices`; torch returns its own named tuple."""
