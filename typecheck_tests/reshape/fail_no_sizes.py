"""`view`, `reshape`, `permute`, `expand`, `repeat`, `flip` and `tile` need sizes (torch raises
TypeError without): mypy's own `call-overload`, and no shape error besides it."""

from typing import Literal as L

import torch

from typedtorch import CPU, Float32, Tensor


def no_sizes(x: Tensor[CPU, Float32, L[3], L[4]], t: torch.Tensor) -> None:
    x.view()  # E: All overload variants of "view" of "Tensor" require at least one argument  [call-overload]
    x.reshape()  # E: All overload variants of "reshape" of "Tensor" require at least one argument  [call-overload]
    x.permute()  # E: All overload variants of "permute" of "Tensor" require at least one argument  [call-overload]
    x.expand()  # E: All overload variants of "expand" of "Tensor" require at least one argument  [call-overload]
    x.repeat()  # E: All overload variants of "repeat" of "Tensor" require at least one argument  [call-overload]
    x.flip()  # E: All overload variants of "flip" of "Tensor" require at least one argument  [call-overload]
    x.tile()  # E: All overload variants of "tile" of "Tensor" require at least one argument  [call-overload]
    t.view()  # E: All overload variants of "view" of "Tensor" require at least one argument  [call-overload]
    t.permute()  # E: All overload variants of "permute" of "Tensor" require at least one argument  [call-overload]
