"""Bug: the shortcut of a downsampling block forgot `stride=2`, so it keeps the full image.

The block is written for any `H` and `W`; the main path halves them, the shortcut does not, and
`out + shortcut(x)` cannot be proven to broadcast: `(H + 1) // 2` and `H` agree only for `H = 1`.
"""

from typing import Generic, TypeVar
from typing import Literal as L

import typedtorch as tt
import typedtorch.functional as F
import typedtorch.nn as tnn
from typedtorch import CPU, Float32, Tensor

B = TypeVar("B", bound=int)
I = TypeVar("I", bound=int)  # noqa: E741
O = TypeVar("O", bound=int)  # noqa: E741
H = TypeVar("H", bound=int)
W = TypeVar("W", bound=int)


class DownBlock(tnn.Module, Generic[I, O]):
    def __init__(self, in_channels: I, out_channels: O) -> None:
        super().__init__()
        self.conv1 = tnn.Conv2d(
            in_channels, out_channels, kernel_size=3, stride=2, padding=1, bias=False
        )
        self.bn1 = tnn.BatchNorm2d(out_channels)
        self.conv2 = tnn.Conv2d(out_channels, out_channels, kernel_size=3, padding=1, bias=False)
        self.bn2 = tnn.BatchNorm2d(out_channels)
        self.shortcut = tnn.Conv2d(in_channels, out_channels, kernel_size=1, bias=False)

    def forward(
        self, x: Tensor[CPU, Float32, B, I, H, W]
    ) -> Tensor[
        CPU, Float32, B, O, tt.FloorDiv[tt.Add[H, L[1]], L[2]], tt.FloorDiv[tt.Add[W, L[1]], L[2]]
    ]:
        out = F.relu(self.bn1(self.conv1(x)))
        out = self.bn2(self.conv2(out))
        return F.relu(out + self.shortcut(x))  # BUG: shape-unproven


def demo() -> None:
    block: DownBlock[L[16], L[32]] = DownBlock(16, 32)
    block(tt.randn(4, 16, 8, 8))
