"""Per-call cost of runtime checking: plain call vs jaxtyping+beartype vs `typedtorch.typechecked`.

Prints times (best of several repeats, measured side by side in one process) and the ratio of
typedtorch's cost to plain jaxtyping+beartype's. Run: `python benchmarks/runtime_overhead.py`.
"""

from __future__ import annotations

import timeit
from typing import Annotated, TypeVar
from typing import Literal as L

import jaxtyping
import torch
from beartype import beartype
from beartype.vale import IsAttr, IsEqual

import typedtorch as tt
from typedtorch import CPU, Float32, Tensor

B = TypeVar("B", bound=int)

# Module-level aliases: jaxtyping's shape strings are not Python expressions (ruff F722).
FloatB3 = jaxtyping.Float[torch.Tensor, "b 3"]
# What `Tensor[CPU, Float32, B, L[3]]` builds, written by hand.
Float32B3 = jaxtyping.Float32[torch.Tensor, "B 3"]
Float32B3OnCPU = Annotated[Float32B3, IsAttr["device", IsAttr["type", IsEqual["cpu"]]]]


def plain(x: torch.Tensor) -> torch.Tensor:
    return x


@jaxtyping.jaxtyped(typechecker=beartype)
def with_jaxtyping(x: FloatB3) -> FloatB3:
    return x


@jaxtyping.jaxtyped(typechecker=beartype)
def with_jaxtyping_same_checks(x: Float32B3OnCPU) -> Float32B3OnCPU:
    return x


@tt.typechecked
def with_typedtorch(x: Tensor[CPU, Float32, B, L[3]]) -> Tensor[CPU, Float32, B, L[3]]:
    return x


JAXTYPING = "(b) jaxtyping + beartype, Float[Tensor, 'b 3']"
TYPEDTORCH = "(c) typedtorch.typechecked, Tensor[CPU, Float32, B, L[3]]"
CANDIDATES = {
    "(a) plain call": plain,
    JAXTYPING: with_jaxtyping,
    "(b') jaxtyping + beartype, Float32 + device check": with_jaxtyping_same_checks,
    TYPEDTORCH: with_typedtorch,
}


def main(number: int = 10_000, repeat: int = 9) -> None:
    x = torch.zeros(8, 3)
    timers = {}
    for name, fn in CANDIDATES.items():
        fn(x)  # warm up caches (beartype, jaxtyping, annotation building)
        timers[name] = timeit.Timer("fn(x)", globals={"fn": fn, "x": x})
    # Interleave the repeats so that load on the machine hits every candidate alike.
    best = dict.fromkeys(CANDIDATES, float("inf"))
    for _ in range(repeat):
        for name, timer in timers.items():
            best[name] = min(best[name], timer.timeit(number) / number * 1e6)
    width = max(map(len, best))
    for name, us in best.items():
        print(f"{name:<{width}}  {us:8.2f} us/call")
    print(f"(c) / (b): {best[TYPEDTORCH] / best[JAXTYPING]:.2f}x")


if __name__ == "__main__":
    main()
