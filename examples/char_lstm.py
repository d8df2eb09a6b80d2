"""A character-level LSTM language model, with every shape checked by mypy.

`tnn.Embedding` -> a 2-layer `tnn.LSTM` (`batch_first=True`) -> `tnn.Linear` to the vocabulary,
trained on random windows of a text that ships with Python (the source of the standard
library's `argparse` and `textwrap` modules: no download), then sampled one character at a
time. Run:

    python examples/char_lstm.py --steps 1500

What mypy (with the typedtorch plugin) proves here: the LSTM's `input_size` is the embedding
width; the initial state has torch's `(num_layers, batch, hidden)` layout, which holds even
with `batch_first=True` (a batch-first `[B, 2, 128]` state is reported); the head
maps `[B, T, 128]` to `[B, T, V]`; and the flattened logits `[B * T, V]` line up with the
flattened targets `[B * T]` in `cross_entropy`.
"""

from __future__ import annotations

import argparse
import inspect
import math
import textwrap
import time
from dataclasses import dataclass
from typing import Any, Generic, TypeVar
from typing import Literal as L

import torch
from tqdm import tqdm

import typedtorch as tt
import typedtorch.functional as F
import typedtorch.nn as tnn
from typedtorch import CPU, Float32, Int64, Tensor

B = TypeVar("B", bound=int)
T = TypeVar("T", bound=int)
V = TypeVar("V", bound=int)

# (h, c), each `(num_layers, batch, hidden_size)`: torch's layout, also with batch_first=True.
State = tuple[Tensor[CPU, Float32, L[2], B, L[128]], Tensor[CPU, Float32, L[2], B, L[128]]]
# A whole text, encoded: its length is only known at runtime.
Encoded = Tensor[CPU, Int64, Any]


class CharLSTM(tnn.Module, Generic[V]):
    """Embedding (32) -> LSTM (2 layers of 128) -> logits over a `V`-character vocabulary."""

    def __init__(self, vocab_size: V) -> None:
        super().__init__()
        self.embed = tnn.Embedding(vocab_size, 32)
        self.lstm = tnn.LSTM(32, 128, num_layers=2, batch_first=True, dropout=0.1)
        self.head = tnn.Linear(128, vocab_size)

    def init_state(self, batch_size: B) -> State[B]:
        """Zero `(h_0, c_0)` for a batch of `batch_size` sequences."""
        h = tt.zeros(2, batch_size, 128)
        return h, tt.zeros_like(h)

    def forward(
        self, x: Tensor[CPU, Int64, B, T], state: State[B]
    ) -> tuple[Tensor[CPU, Float32, B, T, V], State[B]]:
        e = self.embed(x)  # [B, T, 32]
        out, state = self.lstm(e, state)  # [B, T, 128]
        logits = self.head(out)  # [B, T, V]
        return logits, state


class Vocabulary:
    """The characters of a text, each mapped to an index."""

    def __init__(self, text: str) -> None:
        self.chars = sorted(set(text))
        self.index = {c: i for i, c in enumerate(self.chars)}

    def __len__(self) -> int:
        return len(self.chars)

    def encode(self, text: str) -> Encoded:
        return tt.checked(torch.tensor([self.index[c] for c in text]), Encoded)

    def decode(self, indices: list[int]) -> str:
        return "".join(self.chars[i] for i in indices)


def load_text() -> str:
    """The source of `argparse` and `textwrap` (~120k characters): they ship with Python."""
    return "".join(inspect.getsource(module) for module in (argparse, textwrap))


def random_windows(
    data: Encoded, batch_size: int, seq_len: int
) -> tuple[Tensor[CPU, Int64, Any, Any], Tensor[CPU, Int64, Any, Any]]:
    """`batch_size` random windows of `data` (inputs) and the same windows shifted by one
    character (targets), both `[batch_size, seq_len]`."""
    starts = tt.randint(0, len(data) - seq_len - 1, (batch_size,))
    offsets = starts[:, None] + tt.arange(seq_len)  # [batch, seq_len]
    return data[offsets], data[offsets + 1]


def lm_loss(
    logits: Tensor[CPU, Float32, B, T, V], targets: Tensor[CPU, Int64, B, T]
) -> Tensor[CPU, Float32]:
    """Mean cross-entropy over every position: `[B * T, V]` logits vs `[B * T]` targets."""
    return F.cross_entropy(logits.flatten(0, 1), targets.flatten())


@torch.no_grad()
def evaluate(model: CharLSTM[Any], data: Encoded, seq_len: int, batches: int = 8) -> float:
    """Mean loss on `batches` random windows of held-out `data`."""
    model.eval()
    total = 0.0
    for _ in range(batches):
        x, y = random_windows(data, 32, seq_len)
        logits, _ = model(x, model.init_state(x.size(0)))
        total += lm_loss(logits, y).item()
    model.train()
    return total / batches


@torch.no_grad()
def sample(
    model: CharLSTM[Any], vocab: Vocabulary, prompt: str, length: int, temperature: float = 0.8
) -> str:
    """`prompt` followed by `length` characters drawn from the model, one at a time."""
    model.eval()
    prompt_ids = vocab.encode(prompt)[None, :]  # [1, len(prompt)]
    logits, state = model(prompt_ids, model.init_state(prompt_ids.size(0)))
    out: list[int] = []
    for _ in range(length):
        probs = F.softmax(logits[:, -1] / temperature, dim=-1)  # [1, V]
        next_id = probs.multinomial(num_samples=1)  # [1, 1]
        out.append(int(next_id.item()))
        logits, state = model(next_id, state)  # the state carries the whole history
    model.train()
    return prompt + vocab.decode(out)


@dataclass
class Result:
    """What a training run reports."""

    first_loss: float
    last_loss: float
    val_loss: float
    sample: str
    seconds: float


def main(
    steps: int = 1500,
    batch_size: int = 32,
    seq_len: int = 64,
    lr: float = 3e-3,
    seed: int = 0,
    sample_length: int = 300,
    progress: bool = True,
) -> Result:
    """Train the character model and sample from it.

    Args:
        steps: optimizer steps, each on `batch_size` random windows of `seq_len` characters.
        batch_size: windows per step.
        seq_len: characters per window.
        lr: Adam's learning rate.
        seed: seeds the initialization, the windows and the sampling.
        sample_length: characters to generate after training.
        progress: show a tqdm progress bar and print the summary.

    Returns:
        The first step's loss, the mean loss of the last 10% of steps, the held-out loss,
        a sample and the run time.
    """
    start = time.perf_counter()
    tt.manual_seed(seed)
    text = load_text()
    vocab = Vocabulary(text)
    split = len(text) * 9 // 10
    train, val = vocab.encode(text[:split]), vocab.encode(text[split:])
    model = CharLSTM(len(vocab))
    optimizer = torch.optim.Adam(model.parameters(), lr=lr)

    losses: list[float] = []
    bar = tqdm(range(steps), desc="char_lstm", disable=not progress)
    for _ in bar:
        x, y = random_windows(train, batch_size, seq_len)
        logits, _ = model(x, model.init_state(x.size(0)))
        loss = lm_loss(logits, y)
        optimizer.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimizer.step()
        losses.append(loss.item())
        bar.set_postfix(loss=f"{losses[-1]:.3f}")

    tail = losses[-max(1, steps // 10) :]
    result = Result(
        first_loss=losses[0],
        last_loss=sum(tail) / len(tail),
        val_loss=evaluate(model, val, seq_len),
        sample=sample(model, vocab, "def ", sample_length),
        seconds=time.perf_counter() - start,
    )
    if progress:
        print(
            f"loss {result.first_loss:.3f} -> {result.last_loss:.3f} "
            f"(uniform over {len(vocab)} characters: {math.log(len(vocab)):.3f}), "
            f"held-out {result.val_loss:.3f}, {result.seconds:.1f} s\n"
            f"--- sample ---\n{result.sample}"
        )
    return result


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Train a typed character-level LSTM.")
    parser.add_argument("--steps", type=int, default=1500)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--seq-len", type=int, default=64)
    parser.add_argument("--lr", type=float, default=3e-3)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--sample-length", type=int, default=300)
    args = parser.parse_args()
    main(args.steps, args.batch_size, args.seq_len, args.lr, args.seed, args.sample_length)
