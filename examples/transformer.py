"""A small GPT-style character language model, with every shape checked by mypy.

Token + learned positional embeddings, then pre-LayerNorm blocks (causal
`tnn.MultiheadAttention`, MLP, residuals), a final LayerNorm and a linear head; trained on random
windows of a text that ships with Python (the source of the standard library's `argparse`
and `textwrap` modules: no download), then sampled one character at a time. Run:

    python examples/transformer.py --steps 1500

What mypy (with the typedtorch plugin) proves here: `MultiheadAttention(64, 4)` splits the
embedding into 4 heads of 16 (`MultiheadAttention(64, 5)` is reported at the constructor); the
causal mask is `[T, T]` for a `[B, T, 64]` query (a mask built for another length is reported
at the call); the positional embedding `[T, 64]` broadcasts onto the token embedding
`[B, T, 64]`; the residuals add like shapes; and the flattened logits `[B * T, V]` line up with
the flattened targets `[B * T]` in `cross_entropy`.
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

# A whole text, encoded: its length is only known at runtime.
Encoded = Tensor[CPU, Int64, Any]


class Block(tnn.Module):
    """Pre-LayerNorm transformer block: `x + attn(ln(x))`, then `x + mlp(ln(x))`.

    Width 64, 4 heads of 16, MLP 64 -> 256 -> 64.
    """

    def __init__(self, dropout: float = 0.1) -> None:
        super().__init__()
        self.ln1 = tnn.LayerNorm(64)
        self.attn = tnn.MultiheadAttention(64, 4, dropout=dropout, batch_first=True)
        self.ln2 = tnn.LayerNorm(64)
        self.mlp = tnn.Sequential(
            tnn.Linear(64, 4 * 64),
            tnn.GELU(),
            tnn.Linear(4 * 64, 64),
            tnn.Dropout(dropout),
        )

    def forward(
        self, x: Tensor[CPU, Float32, B, T, L[64]], mask: Tensor[CPU, Float32, T, T]
    ) -> Tensor[CPU, Float32, B, T, L[64]]:
        h = self.ln1(x)
        attended, _ = self.attn(h, h, h, attn_mask=mask, need_weights=False)
        x = x + attended
        x = x + self.mlp(self.ln2(x))
        return x


class GPT(tnn.Module, Generic[V]):
    """`[B, T]` token ids (T <= block_size) -> `[B, T, V]` next-token logits."""

    def __init__(
        self, vocab_size: V, block_size: int = 64, n_layer: int = 3, dropout: float = 0.1
    ) -> None:
        super().__init__()
        self.block_size = block_size
        self.tok = tnn.Embedding(vocab_size, 64)
        self.pos = tnn.Embedding(block_size, 64)
        self.drop = tnn.Dropout(dropout)
        self.blocks = tnn.ModuleList([Block(dropout) for _ in range(n_layer)])
        self.ln_f = tnn.LayerNorm(64)
        self.head = tnn.Linear(64, vocab_size)

    def forward(self, idx: Tensor[CPU, Int64, B, T]) -> Tensor[CPU, Float32, B, T, V]:
        t = idx.size(1)
        # -inf above the diagonal: position i attends to positions <= i.
        mask = tnn.generate_square_subsequent_mask(t)  # [T, T]
        x = self.tok(idx) + self.pos(tt.arange(t))  # [B, T, 64] + [T, 64]
        x = self.drop(x)
        for block in self.blocks:
            x = block(x, mask)
        x = self.ln_f(x)
        return self.head(x)  # [B, T, V]


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
def evaluate(model: GPT[Any], data: Encoded, batches: int = 8) -> float:
    """Mean loss on `batches` random windows of held-out `data`."""
    model.eval()
    total = 0.0
    for _ in range(batches):
        x, y = random_windows(data, 32, model.block_size)
        total += lm_loss(model(x), y).item()
    model.train()
    return total / batches


@torch.no_grad()
def sample(
    model: GPT[Any], vocab: Vocabulary, prompt: str, length: int, temperature: float = 0.8
) -> str:
    """`prompt` followed by `length` characters drawn from the model, one at a time."""
    model.eval()
    idx = vocab.encode(prompt)[None, :]  # [1, len(prompt)]
    for _ in range(length):
        context = idx[:, -model.block_size :]  # the model sees at most block_size tokens
        logits = model(context)[:, -1]  # [1, V]
        probs = F.softmax(logits / temperature, dim=-1)
        next_id = probs.multinomial(num_samples=1)  # [1, 1]
        idx = tt.cat([idx, next_id], dim=1)
    model.train()
    return vocab.decode(idx[0].tolist())


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
    block_size: int = 64,
    n_layer: int = 3,
    lr: float = 1e-3,
    seed: int = 0,
    sample_length: int = 300,
    progress: bool = True,
) -> Result:
    """Train the GPT and sample from it.

    Args:
        steps: optimizer steps, each on `batch_size` random windows of `block_size` characters.
        batch_size: windows per step.
        block_size: the context length (characters per window).
        n_layer: transformer blocks.
        lr: AdamW's learning rate.
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
    model = GPT(len(vocab), block_size=block_size, n_layer=n_layer)
    optimizer = torch.optim.AdamW(model.parameters(), lr=lr)

    losses: list[float] = []
    bar = tqdm(range(steps), desc="transformer", disable=not progress)
    for _ in bar:
        x, y = random_windows(train, batch_size, block_size)
        loss = lm_loss(model(x), y)
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
        val_loss=evaluate(model, val),
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
    parser = argparse.ArgumentParser(description="Train a typed GPT-style character model.")
    parser.add_argument("--steps", type=int, default=1500)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--block-size", type=int, default=64)
    parser.add_argument("--n-layer", type=int, default=3)
    parser.add_argument("--lr", type=float, default=1e-3)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--sample-length", type=int, default=300)
    args = parser.parse_args()
    main(
        args.steps,
        args.batch_size,
        args.block_size,
        args.n_layer,
        args.lr,
        args.seed,
        args.sample_length,
    )
