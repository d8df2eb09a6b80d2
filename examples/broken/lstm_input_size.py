"""Bug: the LSTM's `input_size` is not the embedding size that feeds it."""

from typing import Literal as L
from typing import TypeVar

import typedtorch as tt
import typedtorch.nn as tnn
from typedtorch import CPU, Float32, Int64, Tensor

B = TypeVar("B", bound=int)
S = TypeVar("S", bound=int)


class Classifier(tnn.Module):
    """Token ids `[B, S]` -> embeddings -> LSTM -> last hidden state -> 2 classes."""

    def __init__(self) -> None:
        super().__init__()
        self.embedding = tnn.Embedding(1000, 64)
        self.lstm = tnn.LSTM(input_size=32, hidden_size=128, batch_first=True)  # should be 64
        self.fc = tnn.Linear(128, 2)

    def forward(self, tokens: Tensor[CPU, Int64, B, S]) -> Tensor[CPU, Float32, B, L[2]]:
        x = self.embedding(tokens)
        out, (h_n, c_n) = self.lstm(x)  # BUG: shape
        return self.fc(h_n[-1])


def demo() -> None:
    Classifier()(tt.randint(0, 1000, (4, 12)))
