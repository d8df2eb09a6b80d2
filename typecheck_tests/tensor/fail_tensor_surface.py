"""Tensor surface errors: conversions keep what they do not change, so mismatches still show."""

from typing import Literal as L
from typing import TypeVar

import typedtorch as tt
from typedtorch import CPU, Float32, Tensor

B = TypeVar("B", bound=int)


def wrong_after_conversion(x: Tensor[CPU, Float32, B, L[3]], w: Tensor[CPU, Float32, L[3], L[4]]) -> None:
    x.double() @ w  # E: Incompatible dtypes for "matmul": self is float64 and other is float32 (convert one with .to(), e.g. .to(torch.float64))  [dtype]
    x.to(tt.cuda) @ w  # E: Expected all tensors to be on the same device for "matmul": self is on cuda and other is on cpu (move one with .to("cuda"))  [device]
    x.t() @ w  # E: Incompatible shapes for "matmul": [3, B] @ [3, 4], inner dimensions B and 3 differ (cannot prove they are equal)  [shape-unproven]
    x.detach() + w  # E: Shapes [B, 3] and [3, 4] cannot be broadcast together for "add": dimension 1 has sizes 3 and 4  [shape]


def wrong_declared_result(x: Tensor[CPU, Float32, B, L[3]]) -> Tensor[CPU, Float32, B, L[4]]:
    return x.clone()  # E: Result of "clone" has shape [B, 3], expected [B, 4]: dim 1 is 3, expected 4  [shape]
