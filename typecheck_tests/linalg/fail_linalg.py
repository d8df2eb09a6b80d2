"""Product errors: inner dims, an input that does not broadcast to the product, 1-D operands,
dtypes the fused products do not mix."""

from typing import Literal as L
from typing import TypeVar

import torch

from typedtorch import CPU, Float32, Float64, Tensor

N = TypeVar("N", bound=int)


def fused(x: Tensor[CPU, Float32, N, L[3]], w: Tensor[CPU, Float32, L[4], L[5]], d: Tensor[CPU, Float64, L[3], L[5]]) -> None:
    torch.addmm(torch.zeros(5), x, w)  # E: Incompatible shapes for "addmm": [N, 3] @ [4, 5], inner dimensions 3 and 4 differ  [shape]
    torch.addmm(torch.zeros(2, 5), torch.ones(3, 4), w)  # E: Incompatible shapes for "addmm": input [2, 5] does not broadcast to the shape of the product [3, 5] (dims 2 and 3)  [shape]
    torch.zeros(5).addmm(x, d)  # E: Incompatible dtypes for "addmm": self is float32 and mat2 is float64 (convert one with .to(), e.g. .to(torch.float32))  [dtype]


def outer(u: Tensor[CPU, Float32, N, L[2]], a: Tensor[CPU, Float32, L[4], L[2]]) -> None:
    torch.outer(u, u[0])  # E: "outer" expects 1-D arguments, got 2-D self [N, 2]  [shape]
    a.cross(a, dim=1)  # E: Incompatible shapes for "cross": input [4, 2] must have size 3 in dimension 1, got 2  [shape]
    torch.tensordot(a, a, dims=([1], [0]))  # E: Incompatible shapes for "tensordot": contracted dimension 1 of [4, 2] has size 2 and dimension 0 of [4, 2] has size 4  [shape]
    torch.cdist(a, torch.ones(3, 5))  # E: Incompatible shapes for "cdist": x1 [4, 2] and x2 [3, 5] must have the same number of columns, got 2 and 5  [shape]
