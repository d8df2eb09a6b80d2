"""typedtorch's public surface, pinned: adding or removing a public name is a deliberate change.

When you add a public name, add it to EXPECTED below (and document it). Also: `import typedtorch`
stays light (the mypy plugin imports it, so everything it imports slows every mypy run), and the
dependency goes one way only: the plugin imports typedtorch, never the reverse.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

EXPECTED = [
    "Add",
    "BFloat16",
    "Bool",
    "BoolDType",
    "CPU",
    "CUDA",
    "CeilDiv",
    "Complex128",
    "Complex64",
    "ComplexFloating",
    "DType",
    "Device",
    "Dim",
    "Float16",
    "Float32",
    "Float64",
    "Floating",
    "FloorDiv",
    "Generator",
    "Int16",
    "Int32",
    "Int64",
    "Int8",
    "Integer",
    "MPS",
    "Meta",
    "Mod",
    "Mul",
    "Sub",
    "Tensor",
    "TensorTypeError",
    "UInt8",
    "ValuesIndices",
    "arange",
    "bfloat16",
    "bool",
    "cat",
    "cdouble",
    "cfloat",
    "checked",
    "chunk",
    "complex128",
    "complex64",
    "concat",
    "cpu",
    "cuda",
    "device_kind",
    "double",
    "dtype_kind",
    "einsum",
    "empty",
    "empty_like",
    "eye",
    "flatten",
    "float",
    "float16",
    "float32",
    "float64",
    "full",
    "full_like",
    "functional",
    "grad",
    "half",
    "initial_seed",
    "install_import_hook",
    "int",
    "int16",
    "int32",
    "int64",
    "int8",
    "like",
    "linspace",
    "long",
    "manual_seed",
    "maximum",
    "meta",
    "minimum",
    "movedim",
    "mps",
    "nn",
    "ones",
    "ones_like",
    "permute",
    "rand",
    "rand_like",
    "randint",
    "randn",
    "randn_like",
    "reshape",
    "seed",
    "short",
    "split",
    "squeeze",
    "stack",
    "tensor",
    "transpose",
    "typechecked",
    "uint8",
    "unbind",
    "unchecked",
    "unsqueeze",
    "where",
    "zeros",
    "zeros_like",
]

# Never imported by `import typedtorch`: type checkers, test tools, the example extras.
_FORBIDDEN = [
    "mypy",
    "typedtorch_mypy",
    "basedpyright",
    "pytest",
    "hypothesis",
    "sklearn",
    "pygls",
    "lsprotocol",
]


def test_public_names_are_pinned() -> None:
    # In a fresh interpreter: here, other tests may have imported submodules (which become
    # attributes of the package) and pytest rewrites typedtorch, a plugin's package.
    code = (
        "import json, typedtorch; "
        "print(json.dumps([n for n in dir(typedtorch) if not n.startswith('_')]))"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    public = sorted(json.loads(proc.stdout.splitlines()[-1]))
    added = sorted(set(public) - set(EXPECTED))
    removed = sorted(set(EXPECTED) - set(public))
    assert not added and not removed, (
        f"typedtorch's public names changed: added {added}, removed {removed}. "
        "If deliberate, update EXPECTED in tests/test_public_api.py"
    )


def test_expected_list_is_sorted_and_unique() -> None:
    assert sorted(set(EXPECTED)) == EXPECTED


def _modules_after(statement: str) -> set[str]:
    """The modules loaded by `statement` in a fresh interpreter."""
    code = f"import sys, json; {statement}; print(json.dumps(sorted(sys.modules)))"
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    return set(json.loads(proc.stdout.splitlines()[-1]))


def test_import_is_light_and_one_way() -> None:
    loaded = _modules_after("import typedtorch")
    heavy = sorted(m for m in loaded if any(m == f or m.startswith(f + ".") for f in _FORBIDDEN))
    assert not heavy, f"`import typedtorch` imports {heavy}"


def test_plugin_imports_no_torch() -> None:
    """The plugin loads in every mypy process and needs mypy and the shape rules only: importing
    torch would add seconds to every run (see typedtorch_mypy/__init__.py)."""
    loaded = _modules_after("import typedtorch_mypy")
    assert "typedtorch._shapes" in loaded
    extras = sorted(
        m
        for m in loaded
        if m.split(".")[0] in {"torch", "numpy", "jaxtyping", "beartype", "hypothesis", "pytest"}
    )
    assert not extras[:1], f"`import typedtorch_mypy` imports {extras[:10]}..."


def test_typedtorch_after_the_plugin_is_complete() -> None:
    # The plugin imports the rules under a stand-in package; the real one must still load.
    loaded = _modules_after(
        "import typedtorch_mypy, typedtorch; assert typedtorch.Tensor and typedtorch.float32"
    )
    assert "torch" in loaded


def test_shape_rules_are_pure() -> None:
    """typedtorch._shapes imports neither torch nor mypy (checked on its source: importing it
    runs typedtorch/__init__, which does import torch)."""
    offenders = []
    for path in sorted((ROOT / "typedtorch" / "_shapes").glob("*.py")):
        for number, line in enumerate(path.read_text().splitlines(), start=1):
            words = line.split()
            if words[:1] in (["import"], ["from"]) and len(words) > 1:
                top = words[1].split(".")[0]
                if top in {"torch", "mypy", "numpy", "typedtorch_mypy"}:
                    offenders.append(f"{path.name}:{number}: {line.strip()}")
    assert not offenders, "shape rules must stay pure Python:\n" + "\n".join(offenders)


def test_every_package_is_installed() -> None:
    """pyproject lists packages explicitly (the plugin's folder is renamed on install): a new
    subpackage that is not listed would be missing from a non-editable install."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    listed = set(config["packages"])
    on_disk = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for p in (ROOT / "typedtorch").rglob("__init__.py")
        if "__pycache__" not in p.parts
    }
    missing = sorted(on_disk - listed)
    assert not missing, f"add {missing} to [tool.setuptools] packages in pyproject.toml"
    assert config["package-dir"] == {
        "typedtorch_mypy": "mypy_plugin",
        "torch-stubs": "stubs/torch-stubs",
    }
    assert "typedtorch_mypy" in listed and "torch-stubs" in listed


def test_stubs_and_markers_are_packaged() -> None:
    """The `.pyi` stubs and `py.typed` markers exist and are matched by the package data."""
    data = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"][
        "package-data"
    ]
    assert (ROOT / "typedtorch" / "py.typed").exists()
    assert (ROOT / "mypy_plugin" / "py.typed").exists()
    # One key for every package (typedtorch, typedtorch_mypy, torch-stubs): see pyproject.toml.
    assert {"py.typed", "*.pyi", "**/*.pyi"} <= set(data["*"])
    stubs = ROOT / "stubs" / "torch-stubs"
    # PEP 561: a stub-only package marked partial (modules it lacks come from torch itself).
    assert (stubs / "py.typed").read_text() == "partial\n"


def test_typedtorch_nn_mirrors_every_torch_nn_name() -> None:
    import torch.nn

    import typedtorch.nn as tnn

    names = [n for n in dir(torch.nn) if not n.startswith("_")]
    assert len(names) > 150
    assert [n for n in names if getattr(tnn, n) is not getattr(torch.nn, n)] == []
    assert set(names) <= set(dir(tnn))
    with pytest.raises(AttributeError, match="no attribute 'Lienar'"):
        _ = tnn.Lienar  # type: ignore[attr-defined]
