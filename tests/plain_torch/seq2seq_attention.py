"""A GRU encoder-decoder with dot-product attention and teacher forcing."""

import random

import torch
import torch.nn as nn
import torch.nn.functional as F

hidden, vocab = 12, 15


class Encoder(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.embed = nn.Embedding(vocab, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)

    def forward(self, src: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        return self.gru(self.embed(src))


class Decoder(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.embed = nn.Embedding(vocab, hidden)
        self.cell = nn.GRUCell(hidden * 2, hidden)
        self.out = nn.Linear(hidden, vocab)

    def forward(
        self, token: torch.Tensor, h: torch.Tensor, memory: torch.Tensor
    ) -> tuple[torch.Tensor, torch.Tensor]:
        scores = torch.bmm(memory, h.unsqueeze(2)).squeeze(2)
        weights = F.softmax(scores, dim=1)
        context = torch.bmm(weights.unsqueeze(1), memory).squeeze(1)
        h = self.cell(torch.cat([self.embed(token), context], dim=1), h)
        return self.out(h), h


random.seed(0)
encoder, decoder = Encoder(), Decoder()
src = torch.randint(0, vocab, (3, 7))
tgt = torch.randint(0, vocab, (3, 5))
memory, h_n = encoder(src)
h = h_n.squeeze(0)
token = tgt[:, 0]
loss = torch.zeros(())
for t in range(1, tgt.size(1)):
    logits, h = decoder(token, h, memory)
    loss = loss + F.cross_entropy(logits, tgt[:, t])
    teacher = random.random() < 0.5
    token = tgt[:, t] if teacher else logits.argmax(dim=1)
loss.backward()
assert memory.shape == (3, 7, hidden)
