"""The dropout functions: a probability outside [0, 1], a rank the channel-wise ones do not take,
a non-floating input in training."""

from typing import Literal as L

import torch.nn.functional as F

from typedtorch import CPU, Bool, Float32, Int64, Tensor


def dropouts(x: Tensor[CPU, Float32, L[2], L[3]], i: Tensor[CPU, Int64, L[2], L[3]], m: Tensor[CPU, Bool, L[4]]) -> None:
    F.dropout(x, 1.5)  # E: "dropout": dropout probability has to be between 0 and 1, but got 1.5  [shape]
    F.alpha_dropout(x, p=-0.5)  # E: "alpha_dropout": dropout probability has to be between 0 and 1, but got -0.5  [shape]
    F.dropout(i)  # E: Incompatible dtype for "dropout": expected a floating point tensor, got int64 (convert it with .float())  [dtype]
    F.alpha_dropout(m, 0.5, True)  # E: Incompatible dtype for "alpha_dropout": expected a floating point tensor, got bool (convert it with .float())  [dtype]
    F.dropout1d(x[0])  # E: "dropout1d" expects a 2-D (unbatched) or 3-D (batched) input, got 1-D input [3]  [shape]
    F.dropout2d(x)  # E: "dropout2d" expects a 3-D (unbatched) or 4-D (batched) input, got 2-D input [2, 3]  [shape]
    F.dropout3d(x.unsqueeze(0))  # E: "dropout3d" expects a 4-D (unbatched) or 5-D (batched) input, got 3-D input [1, 2, 3]  [shape]
