"""Comparing tensors: torch.testing.assert_close, allclose, equal, isclose."""

import torch
import torch.testing

a = torch.tensor([1.0, 2.0, 3.0])
b = a + 1e-7
torch.testing.assert_close(a, b)
torch.testing.assert_close(a, b, rtol=1e-5, atol=1e-8, msg="tensors differ")
torch.testing.assert_close({"x": a}, {"x": b}, check_dtype=True)
assert torch.allclose(a, b, rtol=1e-5, atol=1e-8, equal_nan=False)
assert torch.equal(a, a.clone())
assert torch.isclose(a, b).all()
try:
    torch.testing.assert_close(a, a * 2)
except AssertionError as err:
    assert "Mismatched elements" in str(err)
else:
    raise AssertionError("assert_close accepted different tensors")
made = torch.testing.make_tensor((2, 3), dtype=torch.float32, device="cpu", low=-1, high=1)
assert made.shape == (2, 3)
