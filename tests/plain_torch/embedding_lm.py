"""A character-level LSTM language model: training step and sampling."""

import torch
import torch.nn as nn
import torch.nn.functional as F

vocab_size, embed_dim, hidden = 20, 8, 16


class CharLM(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.embed = nn.Embedding(vocab_size, embed_dim, padding_idx=0)
        self.rnn = nn.LSTM(embed_dim, hidden, batch_first=True)
        self.out = nn.Linear(hidden, vocab_size)

    def forward(
        self, tokens: torch.Tensor, state: tuple[torch.Tensor, torch.Tensor] | None = None
    ) -> tuple[torch.Tensor, tuple[torch.Tensor, torch.Tensor]]:
        output, new_state = self.rnn(self.embed(tokens), state)
        return self.out(output), new_state


model = CharLM()
tokens = torch.randint(1, vocab_size, (4, 10))
logits, _final_state = model(tokens[:, :-1])
loss = F.cross_entropy(logits.reshape(-1, vocab_size), tokens[:, 1:].reshape(-1), ignore_index=0)
loss.backward()

model.eval()
generated = [1]
state = None
with torch.no_grad():
    token = torch.tensor([[1]])
    for _step in range(5):
        step_logits, state = model(token, state)
        probs = F.softmax(step_logits[:, -1] / 0.8, dim=-1)
        token = torch.multinomial(probs, num_samples=1)
        generated.append(int(token.item()))
assert len(generated) == 6
