"""Variable-length sequences through an LSTM with packing and padding."""

import torch
import torch.nn as nn
from torch.nn.utils.rnn import (
    pack_padded_sequence,
    pack_sequence,
    pad_packed_sequence,
    pad_sequence,
)

seqs = [torch.randn(5, 3), torch.randn(3, 3), torch.randn(2, 3)]
lengths = torch.tensor([s.shape[0] for s in seqs])
padded = pad_sequence(seqs, batch_first=True, padding_value=0.0)
assert padded.shape == (3, 5, 3)

lstm = nn.LSTM(input_size=3, hidden_size=4, num_layers=2, batch_first=True, bidirectional=True)
packed = pack_padded_sequence(padded, lengths, batch_first=True, enforce_sorted=False)
packed_out, (h, c) = lstm(packed)
out, out_lengths = pad_packed_sequence(packed_out, batch_first=True, total_length=5)
assert out.shape == (3, 5, 8)
assert out_lengths.tolist() == [5, 3, 2]
assert h.shape == (4, 3, 4) and c.shape == (4, 3, 4)

gru = nn.GRU(3, 6)
packed2 = pack_sequence(seqs, enforce_sorted=True)
out2, h2 = gru(packed2)
unpacked, _ = pad_packed_sequence(out2)
assert unpacked.shape == (5, 3, 6)
assert h2.shape == (1, 3, 6)
