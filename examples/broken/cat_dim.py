"""Bug: two feature vectors joined along the batch dim (the default `dim=0`), not `dim=1`."""

from typing import Literal as L
from typing import TypeVar

import typedtorch as tt
import typedtorch.functional as F
import typedtorch.nn as tnn
from typedtorch import CPU, Float32, Tensor

B = TypeVar("B", bound=int)


class TwoTower(tnn.Module):
    """Pixel features and row-sum features, concatenated."""

    def __init__(self) -> None:
        super().__init__()
        self.pixels = tnn.Linear(64, 32)
        self.rows = tnn.Linear(8, 16)

    def forward(
        self, images: Tensor[CPU, Float32, B, L[1], L[8], L[8]]
    ) -> Tensor[CPU, Float32, B, L[48]]:
        a = F.relu(self.pixels(tt.flatten(images, 1)))
        b = F.relu(self.rows(images.sum(dim=3).flatten(1)))
        return tt.cat([a, b])  # BUG: shape


def demo() -> None:
    TwoTower()(tt.randn(4, 1, 8, 8))
