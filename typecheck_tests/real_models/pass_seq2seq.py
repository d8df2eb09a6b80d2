"""pytorch/tutorials' seq2seq translation models, annotated (examples/real_models/seq2seq/model.py).

One sentence through `EncoderRNN` word by word, then attention-decoder and plain-decoder steps, as
the tutorial's `train` and `evaluate` run them.
"""

from typing import reveal_type

import torch

from examples.real_models.seq2seq.model import AttnDecoderRNN, DecoderRNN, EncoderRNN

torch.manual_seed(0)
encoder = EncoderRNN(20, 16).eval()
decoder = AttnDecoderRNN(16, 30, max_length=10).eval()
plain = DecoderRNN(16, 30).eval()
reveal_type(encoder.embedding)  # N: Revealed type is "torch.nn.modules.sparse.Embedding[Any, Any, typedtorch._devices.CPU, typedtorch._dtypes.Float32]"
reveal_type(encoder.gru)  # N: Revealed type is "torch.nn.modules.rnn.GRU[Any, Any, Literal[1], Literal[False], Literal[False], typedtorch._devices.CPU, typedtorch._dtypes.Float32]"
reveal_type(decoder.attn)  # N: Revealed type is "torch.nn.modules.linear.Linear[Any, Any, typedtorch._devices.CPU, typedtorch._dtypes.Float32]"
reveal_type(decoder.gru)  # N: Revealed type is "torch.nn.modules.rnn.GRU[Any, Any, Literal[1], Literal[False], Literal[False], typedtorch._devices.CPU, typedtorch._dtypes.Float32]"
reveal_type(plain.softmax)  # N: Revealed type is "torch.nn.modules.activation.LogSoftmax[Literal[1]]"

sentence = torch.tensor([[4], [7], [1]])
reveal_type(sentence)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, Literal[3], Literal[1]]"
reveal_type(sentence[0])  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, Literal[1]]"
hidden = torch.zeros(1, 1, 16)
encoder_outputs = torch.zeros(10, 16)
encoder_output, hidden = encoder(sentence[0], hidden)
reveal_type(encoder_output)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[1], Literal[1], Literal[16]]"
reveal_type(hidden)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[1], Literal[1], Literal[16]]"
reveal_type(encoder_output[0, 0])  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[16]]"
encoder_outputs[0] = encoder_output[0, 0]

decoder_input = torch.tensor([[0]])
reveal_type(decoder_input)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, Literal[1], Literal[1]]"
decoder_output, decoder_hidden, attention = decoder(decoder_input, hidden, encoder_outputs)
reveal_type(decoder_output)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[1], Any]"
reveal_type(decoder_hidden)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[1], Literal[1], Literal[16]]"
reveal_type(attention)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[1], Literal[10]]"
topv, topi = decoder_output.topk(1)
reveal_type(topi)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64, Literal[1], Literal[1]]"
next_input = topi.squeeze().detach()
reveal_type(next_input)  # N: Revealed type is "torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Int64]"
reveal_type(plain(next_input, decoder_hidden))  # N: Revealed type is "tuple[torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[1], Any], torch._tensor.Tensor[typedtorch._devices.CPU, typedtorch._dtypes.Float32, Literal[1], Literal[1], Literal[16]]]"
