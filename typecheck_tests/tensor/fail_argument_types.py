"""Arguments of a type torch rejects get mypy's own error from the stub's signature, also where
the plugin types the call: only the parameters a tensor's shape, dtype or device decides are the
plugin's to check."""

from typing import Literal as L

import torch
import torch.nn as nn
import torch.nn.functional as F

from typedtorch import CPU, Float32, Tensor


def wrong_types(x: Tensor[CPU, Float32, L[3], L[4]]) -> None:
    x.view(2.5)  # E: No overload variant of "view" of "Tensor" matches argument type "float"  [call-overload]  # N: Possible overload variants:  # N:     def view(self, size: Sequence[int]) -> Tensor[CPU, Float32, *tuple[Any, ...]]  # N:     def view(self, int, /, *sizes: int) -> Tensor[CPU, Float32, *tuple[Any, ...]]  # N:     def view(self, dtype: dtype) -> Tensor[CPU, Float32, *tuple[Any, ...]]
    x.flatten(0.5)  # E: Argument 1 to "flatten" of "Tensor" has incompatible type "float"; expected "int"  [arg-type]
    x.chunk(2.5)  # E: Argument 1 to "chunk" of "Tensor" has incompatible type "float"; expected "int"  [arg-type]
    x.unsqueeze(None)  # E: Argument 1 to "unsqueeze" of "Tensor" has incompatible type "None"; expected "int"  [arg-type]
    x.transpose("a", 1)  # E: Argument 1 to "transpose" of "Tensor" has incompatible type "str"; expected "int"  [arg-type]
    x.index_select(0, [0])  # E: Argument 2 to "index_select" of "Tensor" has incompatible type "list[int]"; expected "Tensor[Any, Any, *tuple[Any, ...]]"  [arg-type]
    torch.cat([x, x], dim=1.5)  # E: Argument "dim" to "cat" has incompatible type "float"; expected "int"  [arg-type]
    torch.einsum(3, x)  # E: Argument 1 to "einsum" has incompatible type "int"; expected "str"  [arg-type]
    F.layer_norm(x, 4)  # E: Argument 2 to "layer_norm" has incompatible type "int"; expected "Sequence[int]"  [arg-type]
    F.pad(x, (1.5, 1))  # E: Argument 2 to "pad" has incompatible type "tuple[float, int]"; expected "Sequence[int]"  [arg-type]


def one_error_per_mistake(x: Tensor[CPU, Float32, L[3], L[4]]) -> None:
    # The plugin's own error: the parameters are relaxed, mypy adds nothing.
    x.view(5, 5)  # E: Cannot "view" [3, 4] to [5, 5]: 12 elements vs 25  [shape]
