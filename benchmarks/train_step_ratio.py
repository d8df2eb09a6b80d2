"""Training-step cost of typed models: typed time / plain-torch time, per model.

For a small CNN and an LSTM tagger, builds the typed model (typedtorch.nn layers) and the
identical plain-torch model (same weights), then times one training step (forward, backward,
optimizer step) of each, interleaved: every repeat times both back to back, so machine noise
hits both alike. Prints the median times and their ratio (target <= 1.01). Runtime checks are
off (typed layers are torch's classes; nothing is checked unless asked for).

Run: `python benchmarks/train_step_ratio.py [--repeats 60] [--steps 20]`.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

import torch

import typedtorch.nn as tnn


def cnn(nn: object) -> torch.nn.Module:
    n = nn  # `torch.nn` or `typedtorch.nn`: the same constructors
    return n.Sequential(  # type: ignore[attr-defined, no-any-return]
        n.Conv2d(1, 16, kernel_size=3, padding=1),  # type: ignore[attr-defined]
        n.ReLU(),  # type: ignore[attr-defined]
        n.MaxPool2d(2),  # type: ignore[attr-defined]
        n.Conv2d(16, 32, kernel_size=3, padding=1),  # type: ignore[attr-defined]
        n.ReLU(),  # type: ignore[attr-defined]
        n.MaxPool2d(2),  # type: ignore[attr-defined]
        n.Flatten(),  # type: ignore[attr-defined]
        n.Linear(32 * 7 * 7, 10),  # type: ignore[attr-defined]
    )


class Tagger(torch.nn.Module):
    def __init__(self, nn: object) -> None:
        super().__init__()
        self.lstm = nn.LSTM(32, 64, num_layers=2, batch_first=True)  # type: ignore[attr-defined]
        self.head = nn.Linear(64, 10)  # type: ignore[attr-defined]

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        out, _ = self.lstm(x)
        return self.head(out)  # type: ignore[no-any-return]


def _step_fn(model: torch.nn.Module, x: torch.Tensor, y: torch.Tensor) -> Callable[[], None]:
    opt = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9)
    loss_fn = torch.nn.CrossEntropyLoss()

    def step() -> None:
        opt.zero_grad(set_to_none=True)
        out = model(x)
        loss_fn(out.reshape(-1, out.shape[-1]), y.reshape(-1)).backward()
        opt.step()

    return step


def _time(step: Callable[[], None], steps: int) -> float:
    start = time.perf_counter()
    for _ in range(steps):
        step()
    return (time.perf_counter() - start) / steps


def _build(
    make: Callable[[object], torch.nn.Module], typed_first: bool
) -> tuple[torch.nn.Module, torch.nn.Module]:
    torch.manual_seed(0)
    if typed_first:
        typed = make(tnn)
        plain = make(torch.nn)
        plain.load_state_dict(typed.state_dict())
    else:
        plain = make(torch.nn)
        typed = make(tnn)
        typed.load_state_dict(plain.state_dict())
    return typed, plain


def compare(
    name: str,
    make: Callable[[object], torch.nn.Module],
    x: torch.Tensor,
    y: torch.Tensor,
    repeats: int,
    steps: int,
) -> float:
    """Typed over plain step time. The models are built in both orders (which one's tensors
    are allocated first measurably changes step time, ~2% for the CNN), and the two ratios'
    geometric mean is reported. Beside it, the same measurement of a second identical plain
    model over the first: the noise floor, what a ratio of two equal models reads here."""
    ratios, controls = [], []
    for typed_first in (True, False):
        typed, plain = _build(make, typed_first)
        control = make(torch.nn)
        control.load_state_dict(plain.state_dict())
        steps_and_times: list[tuple[Callable[[], None], list[float]]] = [
            (_step_fn(model, x, y), []) for model in (typed, plain, control)
        ]
        for step, _ in steps_and_times:  # warm-up
            _time(step, 3)
        for i in range(repeats):
            # Rotate which goes first, so none always runs on a warmer cache.
            k = i % len(steps_and_times)
            for step, times in steps_and_times[k:] + steps_and_times[:k]:
                times.append(_time(step, steps))
        t, p, c = (statistics.median(times) for _, times in steps_and_times)
        ratios.append(t / p)
        controls.append(c / p)
        order = "typed built first" if typed_first else "plain built first"
        print(
            f"{name:6s} typed {t * 1e3:8.3f} ms/step   plain {p * 1e3:8.3f} ms/step   "
            f"ratio {t / p:.4f}   plain/plain {c / p:.4f}  ({order})"
        )
    ratio = (ratios[0] * ratios[1]) ** 0.5
    control = (controls[0] * controls[1]) ** 0.5
    print(
        f"{name:6s} ratio {ratio:.4f}, noise floor plain/plain {control:.4f} "
        "(geometric means of both orders)"
    )
    return ratio


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=60)
    parser.add_argument("--steps", type=int, default=20)
    # One thread by default: intra-op thread scheduling is the largest source of noise.
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    g = torch.Generator().manual_seed(0)
    images, labels = (
        torch.randn(32, 1, 28, 28, generator=g),
        torch.randint(0, 10, (32,), generator=g),
    )
    seqs, tags = torch.randn(16, 20, 32, generator=g), torch.randint(0, 10, (16, 20), generator=g)
    print(
        f"torch {torch.__version__}, {torch.get_num_threads()} threads, median of {args.repeats} x {args.steps} steps"
    )
    ratios = [
        compare("cnn", cnn, images, labels, args.repeats, args.steps),
        compare("lstm", Tagger, seqs, tags, args.repeats, args.steps),
    ]
    print(f"worst ratio {max(ratios):.4f} (target <= 1.01)")


if __name__ == "__main__":
    main()
