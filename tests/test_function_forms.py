"""The plugin's list of torch's function forms of Tensor methods is torch's own."""

from __future__ import annotations

import ast
from pathlib import Path

import torch

from mypy_plugin._function_forms import FUNCTION_FORMS

_TORCH = Path(torch.__file__).parent


def _torch_function_forms() -> set[str]:
    """Public `torch._C._VariableFunctions` names that are Tensor methods too, with an overload
    whose first parameter is the tensor."""
    functions = ast.parse((_TORCH / "_C" / "_VariableFunctions.pyi").read_text())
    base = ast.parse((_TORCH / "_C" / "__init__.pyi").read_text())
    tensor_base = next(
        n for n in base.body if isinstance(n, ast.ClassDef) and n.name == "TensorBase"
    )
    methods = {n.name for n in tensor_base.body if isinstance(n, ast.FunctionDef)}
    methods |= {n for n, v in vars(torch.Tensor).items() if callable(v)}
    found = set()
    for node in functions.body:
        if isinstance(node, ast.FunctionDef) and not node.name.startswith("_"):
            first = (node.args.posonlyargs + node.args.args)[:1]
            if node.name in methods and first and first[0].arg in ("input", "self"):
                found.add(node.name)
    return found


def test_function_forms_are_torchs() -> None:
    expected = _torch_function_forms()
    assert sorted(expected - FUNCTION_FORMS) == [], "add these to FUNCTION_FORMS"
    assert sorted(FUNCTION_FORMS - expected) == [], "torch no longer has these as function forms"


def test_every_function_form_is_a_runtime_function_and_method() -> None:
    for name in FUNCTION_FORMS:
        assert callable(getattr(torch, name)), name
        assert callable(getattr(torch.Tensor, name)), name
