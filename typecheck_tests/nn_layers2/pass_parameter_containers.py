"""`nn.ParameterList` / `nn.ParameterDict` typed by their parameters: indexing gives them back."""

from typing import Literal as L
from typing import reveal_type

import torch
import torch.nn as nn

from typedtorch import CPU, Float32, Tensor


class Mixture(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.means = nn.ParameterList([nn.Parameter(torch.zeros(4, 3)) for _ in range(2)])
        self.scales = nn.ParameterDict({"a": nn.Parameter(torch.ones(3)), "b": nn.Parameter(torch.ones(3))})
        self.extra = nn.ParameterList()
        self.extra.append(nn.Parameter(torch.zeros(2)))
        self.named = nn.ParameterDict()
        self.named["w"] = nn.Parameter(torch.zeros(5))

    def forward(self, x: Tensor[CPU, Float32, L[4], L[3]]) -> Tensor[CPU, Float32, L[4], L[3]]:
        reveal_type(self.means)  # N: Revealed type is "torch.nn.modules.container.ParameterList[torch.nn.parameter.Parameter[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[4], Literal[3]]]"
        reveal_type(self.means[0])  # N: Revealed type is "torch.nn.parameter.Parameter[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[4], Literal[3]]"
        reveal_type(self.scales)  # N: Revealed type is "torch.nn.modules.container.ParameterDict[torch.nn.parameter.Parameter[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[3]]]"
        reveal_type(self.scales["a"])  # N: Revealed type is "torch.nn.parameter.Parameter[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[3]]"
        reveal_type(self.extra[0])  # N: Revealed type is "Any"
        reveal_type(self.named["w"])  # N: Revealed type is "Any"
        for mean in self.means:
            reveal_type(mean)  # N: Revealed type is "torch.nn.parameter.Parameter[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[4], Literal[3]]"
            x = x + mean
        for scale in self.scales.values():
            reveal_type(scale)  # N: Revealed type is "torch.nn.parameter.Parameter[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[3]]"
            x = x * scale
        return x


def sizes() -> None:
    mixed = nn.ParameterList([nn.Parameter(torch.zeros(3)), nn.Parameter(torch.zeros(4))])
    reveal_type(mixed)  # N: Revealed type is "torch.nn.modules.container.ParameterList[torch.nn.parameter.Parameter[typedtorch._devices.CPU, typedtorch._dtypes.Float32, int]]"
    reveal_type(mixed[1])  # N: Revealed type is "torch.nn.parameter.Parameter[typedtorch._devices.CPU, typedtorch._dtypes.Float32, int]"
    reveal_type(mixed[:1])  # N: Revealed type is "torch.nn.modules.container.ParameterList[torch.nn.parameter.Parameter[typedtorch._devices.CPU, typedtorch._dtypes.Float32, int]]"
    reveal_type(len(mixed))  # N: Revealed type is "int"
    plain = nn.ParameterList([torch.zeros(2, 2)])
    reveal_type(plain[0])  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[2], Literal[2]]"


if __name__ == "__main__":
    model = Mixture()
    assert tuple(model(torch.rand(4, 3)).shape) == (4, 3)
    sizes()
