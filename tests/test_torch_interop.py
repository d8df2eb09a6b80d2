"""A typed model is a torch model: FX, TorchScript and torch.compile treat it as torch's own.

The model below is ordinary torch (`nn.Conv2d`, `nn.Linear`, `F.relu`) with typedtorch's
`Tensor[...]` annotations on its forward, as a user writes it. Each tool must give the same
result as on the same model without annotations. (No `from __future__ import annotations`:
the annotations are evaluated, as in most user code.)
"""

import warnings
from typing import Literal as L
from typing import TypeVar

import pytest
import torch
import torch._dynamo
import torch.fx
import torch.nn as nn
import torch.nn.functional as F

import typedtorch as tt
from typedtorch import CPU, Float32, Tensor

B = TypeVar("B", bound=int)
# TorchScript parses annotations from the source, and only its own type constructors
# (`Optional[...]`, `List[...]`): it reads `Tensor[...]` written inline as an unknown one. A name
# bound to the annotation is resolved to the class `Tensor[...]` builds, a torch.Tensor.
Images = Tensor[CPU, Float32, B, L[1], L[8], L[8]]
Logits = Tensor[CPU, Float32, B, L[10]]


class Typed(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.conv = nn.Conv2d(1, 4, kernel_size=3)
        self.bn = nn.BatchNorm2d(4)
        self.fc = nn.Linear(4 * 3 * 3, 10)

    def forward(self, x: Tensor[CPU, Float32, B, L[1], L[8], L[8]]) -> Logits:
        h = F.max_pool2d(F.relu(self.bn(self.conv(x))), 2)
        return self.fc(h.flatten(1))


class Aliased(Typed):
    def forward(self, x: Images) -> Logits:
        h = F.max_pool2d(F.relu(self.bn(self.conv(x))), 2)
        return self.fc(h.flatten(1))


class Plain(Typed):
    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = F.max_pool2d(F.relu(self.bn(self.conv(x))), 2)
        return self.fc(h.flatten(1))


def _twins() -> tuple[nn.Module, nn.Module, torch.Tensor]:
    torch.manual_seed(0)
    typed, plain = Typed().eval(), Plain().eval()
    plain.load_state_dict(typed.state_dict())
    return typed, plain, torch.randn(2, 1, 8, 8)


def _ops(graph: torch.fx.Graph) -> list[tuple[str, str]]:
    return [(n.op, str(n.target)) for n in graph.nodes]


def test_fx_traces_a_typed_model_like_the_plain_one() -> None:
    typed, plain, x = _twins()
    traced = torch.fx.symbolic_trace(typed)
    assert _ops(traced.graph) == _ops(torch.fx.symbolic_trace(plain).graph)
    # The placeholder keeps the annotation; the generated code runs.
    (placeholder,) = [n for n in traced.graph.nodes if n.op == "placeholder"]
    assert issubclass(placeholder.type, torch.Tensor)
    assert torch.equal(traced(x), plain(x))


def test_torchscript_traces_and_scripts_a_typed_model() -> None:
    typed, plain, x = _twins()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # torch 2.13 deprecates TorchScript
        assert torch.equal(torch.jit.trace(typed, x)(x), plain(x))
        aliased = Aliased().eval()
        aliased.load_state_dict(typed.state_dict())
        scripted = torch.jit.script(aliased)
    assert torch.equal(scripted(x), plain(x))


def test_torch_compile_takes_a_typed_model_whole() -> None:
    typed, plain, x = _twins()
    torch._dynamo.reset()
    explanation = torch._dynamo.explain(typed)(x)
    assert explanation.graph_break_count == 0, explanation.break_reasons
    assert explanation.graph_count == 1
    compiled = torch.compile(typed, backend="eager", fullgraph=True)
    torch.testing.assert_close(compiled(x), plain(x))


def test_typed_layers_are_torchs_for_isinstance_and_checkpoints() -> None:
    typed, plain, _ = _twins()
    # An init loop over `isinstance(m, nn.Conv2d)` sees the layers, whichever spelling built them.
    assert isinstance(typed.conv, tt.nn.Conv2d) and isinstance(typed.conv, nn.Conv2d)
    assert typed.state_dict().keys() == plain.state_dict().keys()


@pytest.mark.parametrize("model", [Typed, Aliased])
def test_annotations_are_checked_at_runtime_when_asked(model: type[nn.Module]) -> None:
    forward = tt.typechecked(model.forward)
    m = model().eval()
    forward(m, torch.randn(2, 1, 8, 8))
    with pytest.raises(tt.TensorTypeError, match="dim 3 is 9, expected 8"):
        forward(m, torch.randn(2, 1, 8, 9))
