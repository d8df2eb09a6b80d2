"""matmul errors: reported at the call, with both shapes and the offending dims."""

from typing import Literal as L
from typing import TypeVar

from typedtorch import CPU, Float32, Float64, Tensor

B = TypeVar("B", bound=int)
H = TypeVar("H", bound=int)
W = TypeVar("W", bound=int)


def inner_mismatch(x: Tensor[CPU, Float32, B, L[3]], w: Tensor[CPU, Float32, L[4], L[5]]) -> None:
    x @ w  # E: Incompatible shapes for "matmul": [B, 3] @ [4, 5], inner dimensions 3 and 4 differ  [shape]
    x.matmul(w)  # E: Incompatible shapes for "matmul": [B, 3] @ [4, 5], inner dimensions 3 and 4 differ  [shape]


def unproven(x: Tensor[CPU, Float32, B, H], w: Tensor[CPU, Float32, W, L[5]]) -> None:
    x @ w  # E: Incompatible shapes for "matmul": [B, H] @ [W, 5], inner dimensions H and W differ (cannot prove they are equal)  [shape-unproven]


def dtypes(x: Tensor[CPU, Float32, B, L[3]], w: Tensor[CPU, Float64, L[3], L[5]]) -> None:
    x @ w  # E: Incompatible dtypes for "matmul": self is float32 and other is float64 (convert one with .to(), e.g. .to(torch.float32))  [dtype]


def no_cascade(x: Tensor[CPU, Float32, B, L[3]], w: Tensor[CPU, Float32, L[4], L[5]]) -> None:
    y = x @ w  # E: Incompatible shapes for "matmul": [B, 3] @ [4, 5], inner dimensions 3 and 4 differ  [shape]
    y @ w
