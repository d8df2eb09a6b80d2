"""Runtime checking: `Tensor[...]` annotations under `typedtorch.typechecked`."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any, TypeVar
from typing import Literal as L

import pytest
import torch
from typing_extensions import TypeVarTuple

import typedtorch as tt
from typedtorch import CPU, Device, DType, Float32, Float64, Floating, Int64, Meta, Tensor

B = TypeVar("B", bound=int)
H = TypeVar("H", bound=int)
_P = TypeVar("_P", bound=int)
S = TypeVarTuple("S")
F = TypeVar("F", bound=Floating)
D = TypeVar("D", bound=Device)

ROOT = Path(__file__).resolve().parent.parent


def z(*shape: int, dtype: torch.dtype = torch.float32, device: str = "cpu") -> Any:
    return torch.zeros(*shape, dtype=dtype, device=device)


@tt.typechecked
def linear_map(
    x: Tensor[CPU, Float32, B, L[3]], w: Tensor[CPU, Float32, L[3], L[4]]
) -> Tensor[CPU, Float32, B, L[4]]:
    return x @ w


@tt.typechecked
def pair(
    x: Tensor[CPU, Float32, B, L[3]], y: Tensor[CPU, Float32, B, L[3]]
) -> Tensor[CPU, Float32, B]:
    return x.sum(1)


def test_annotation_is_a_tensor_class_checked_by_jaxtyping_and_beartype() -> None:
    annotation = Tensor[CPU, Float32, B, L[3]]
    # A subclass of torch.Tensor: FX, TorchScript and torch.compile read it as a tensor type.
    assert isinstance(annotation, type) and issubclass(annotation, torch.Tensor)
    assert repr(annotation) == "<class 'typedtorch.Tensor[CPU, Float32, B, 3]'>"
    text = repr(annotation.__typedtorch_check__)  # type: ignore[attr-defined]
    assert "Float32[Tensor, 'B 3']" in text
    assert "IsEqual['cpu']" in text
    # isinstance checks what one value can show: device, dtype, rank, fixed dims.
    assert isinstance(torch.zeros(5, 3), annotation)
    assert not isinstance(torch.zeros(5, 4), annotation)
    assert not isinstance(torch.zeros(5, 3, dtype=torch.float64), annotation)
    assert not isinstance([1, 2, 3], annotation)


def test_annotations_are_cached() -> None:
    assert Tensor[CPU, Float32, B, L[3]] is Tensor[CPU, Float32, B, L[3]]


def test_correct_call_passes() -> None:
    out = linear_map(z(2, 3), z(3, 4))
    assert out.shape == (2, 4)


def test_wrong_literal_dim_names_argument_and_shapes() -> None:
    with pytest.raises(
        tt.TensorTypeError,
        match=r'Argument "w" of "linear_map": expected Tensor\[CPU, Float32, 3, 4\], '
        r"got Tensor\[CPU, Float32, 3, 5\]: dim 1 is 5, expected 4",
    ):
        linear_map(z(2, 3), z(3, 5))


def test_wrong_rank() -> None:
    with pytest.raises(tt.TensorTypeError, match=r'Argument "x".*rank is 3, expected 2'):
        linear_map(z(2, 2, 3), z(3, 4))


def test_symbolic_dim_binds_across_arguments() -> None:
    with pytest.raises(
        tt.TensorTypeError,
        match=r'Argument "y" of "pair": .* dim 0 is 5, expected B=4\nDim bindings: B=4',
    ):
        pair(z(4, 3), z(5, 3))
    assert pair(z(4, 3), z(4, 3)).shape == (4,)


def test_symbolic_dim_binds_the_return_value() -> None:
    @tt.typechecked
    def drop_one(x: Tensor[CPU, Float32, B, L[3]]) -> Tensor[CPU, Float32, B, L[3]]:
        return x[1:]

    with pytest.raises(
        tt.TensorTypeError,
        match=r'Return value of ".*drop_one": expected Tensor\[CPU, Float32, B, 3\], '
        r"got Tensor\[CPU, Float32, 3, 3\]: dim 0 is 3, expected B=4\nDim bindings: B=4",
    ):
        drop_one(z(4, 3))


def test_wrong_dtype() -> None:
    with pytest.raises(
        tt.TensorTypeError,
        match=r'Argument "x" of "linear_map": expected Tensor\[CPU, Float32, B, 3\], '
        r"got Tensor\[CPU, Float64, 2, 3\]: dtype is torch.float64, expected Float32",
    ):
        linear_map(z(2, 3, dtype=torch.float64), z(3, 4))


def test_wrong_device() -> None:
    with pytest.raises(
        tt.TensorTypeError,
        match=r'Argument "w" of "linear_map": .* got Tensor\[Meta, Float32, 3, 4\]: '
        r"device is meta, expected CPU\nDim bindings: B=2",
    ):
        linear_map(z(2, 3), z(3, 4, device="meta"))


def test_not_a_tensor() -> None:
    with pytest.raises(tt.TensorTypeError, match=r'Argument "w".*got list: not a tensor'):
        linear_map(z(2, 3), [1, 2])


def test_error_subclasses_type_error_and_is_public() -> None:
    assert issubclass(tt.TensorTypeError, TypeError)
    assert tt.TensorTypeError.__module__ == "typedtorch"


def test_abstract_dtype_and_typevar_dtype() -> None:
    @tt.typechecked
    def f(x: Tensor[CPU, Floating, B], y: Tensor[CPU, F, B]) -> Tensor[CPU, DType, B]:
        return x

    f(z(2), z(2, dtype=torch.float64))
    f(z(2, dtype=torch.float16), z(2))
    with pytest.raises(tt.TensorTypeError, match=r'"x".*dtype is torch.int64, expected Floating'):
        f(z(2, dtype=torch.int64), z(2))
    with pytest.raises(tt.TensorTypeError, match=r'"y".*dtype is torch.int64, expected F'):
        f(z(2), z(2, dtype=torch.int64))


def test_any_device_and_typevar_device() -> None:
    @tt.typechecked
    def f(x: Tensor[Device, Float32, L[2]], y: Tensor[D, Float32, L[2]]) -> None:
        pass

    f(z(2, device="meta"), z(2, device="meta"))
    with pytest.raises(tt.TensorTypeError, match=r'"y".*dim 0 is 3, expected 2'):
        f(z(2, device="meta"), z(3))


def test_any_dim_accepts_any_size_but_not_any_rank() -> None:
    @tt.typechecked
    def f(x: Tensor[CPU, Float32, Any, L[3]]) -> None:
        pass

    f(z(7, 3))
    f(z(1, 3))
    with pytest.raises(tt.TensorTypeError, match=r"dim 1 is 4, expected 3"):
        f(z(7, 4))
    with pytest.raises(tt.TensorTypeError, match=r"rank is 1, expected 2"):
        f(z(3))


def test_unknown_rank() -> None:
    @tt.typechecked
    def f(x: Tensor[CPU, Float32, *tuple[Any, ...], L[3]]) -> None:
        pass

    f(z(3))
    f(z(2, 5, 3))
    with pytest.raises(tt.TensorTypeError, match=r"dim 2 is 4, expected 3"):
        f(z(2, 5, 4))
    with pytest.raises(tt.TensorTypeError, match=r"rank is 0, expected at least 1"):
        f(torch.tensor(1.0))


def test_variadic_typevartuple_binds() -> None:
    @tt.typechecked
    def f(x: Tensor[CPU, Float32, *S, L[3]], y: Tensor[CPU, Float32, *S]) -> None:
        pass

    f(z(2, 5, 3), z(2, 5))
    with pytest.raises(tt.TensorTypeError, match=r'"y".*\*S'):
        f(z(2, 5, 3), z(2, 6))


def test_operator_dims() -> None:
    @tt.typechecked
    def pad(x: Tensor[CPU, Float32, H]) -> Tensor[CPU, Float32, tt.Add[H, L[1]]]:
        return torch.cat([x, x[:1]]) if len(x) != 4 else x

    assert pad(z(3)).shape == (4,)
    with pytest.raises(
        tt.TensorTypeError,
        match=r'Return value of ".*pad": expected Tensor\[CPU, Float32, H \+ 1\], '
        r"got Tensor\[CPU, Float32, 4\]: dim 0 is 4, expected H \+ 1 = 5\nDim bindings: H=4",
    ):
        pad(z(4))


def test_nested_operator_dims() -> None:
    @tt.typechecked
    def f(
        x: Tensor[CPU, Float32, H], y: Tensor[CPU, Float32, tt.CeilDiv[tt.Sub[H, L[1]], L[2]]]
    ) -> None:
        pass

    f(z(6), z(3))
    f(z(7), z(3))
    with pytest.raises(tt.TensorTypeError, match=r"expected ceildiv\(H - 1, 2\) = 3"):
        f(z(7), z(4))


def test_private_typevar_names_still_bind() -> None:
    @tt.typechecked
    def f(x: Tensor[CPU, Float32, _P], y: Tensor[CPU, Float32, _P]) -> None:
        pass

    f(z(2), z(2))
    with pytest.raises(tt.TensorTypeError, match=r"dim 0 is 3, expected _P=2"):
        f(z(2), z(3))


def test_optional_and_tuple_annotations() -> None:
    @tt.typechecked
    def f(
        x: Tensor[CPU, Float32, B] | None,
    ) -> tuple[Tensor[CPU, Float32, B], Tensor[CPU, Int64, B]]:
        assert x is not None
        return x, torch.zeros(3, dtype=torch.int64)

    with pytest.raises(
        tt.TensorTypeError, match=r'Return value of ".*f"\[1\]: .* dim 0 is 3, expected B=2'
    ):
        f(z(2))


def test_errors_inside_the_body_pass_through() -> None:
    @tt.typechecked
    def outer(x: Tensor[CPU, Float32, B]) -> Tensor[CPU, Float32, B]:
        return inner(x)

    @tt.typechecked
    def inner(x: Tensor[CPU, Float64, B]) -> Tensor[CPU, Float64, B]:
        return x

    with pytest.raises(tt.TensorTypeError, match=r'Argument "x" of ".*inner".*Float64'):
        outer(z(2))


def test_non_tensor_annotations_are_checked_too() -> None:
    @tt.typechecked
    def f(x: Tensor[CPU, Float32, B], n: int) -> None:
        pass

    with pytest.raises(tt.TensorTypeError, match=r"parameter 'n'"):
        f(z(2), "three")


def test_methods() -> None:
    class M(torch.nn.Module):
        @tt.typechecked
        def forward(self, x: Tensor[CPU, Float32, B, L[3]]) -> Tensor[CPU, Float32, B]:
            return x.sum(1)

    assert M()(z(2, 3)).shape == (2,)
    with pytest.raises(tt.TensorTypeError, match=r'Argument "x" of ".*forward"'):
        M()(z(2, 4))


def test_bad_annotations() -> None:
    with pytest.raises(TypeError, match="needs a device kind and a dtype kind"):
        Tensor[CPU]
    with pytest.raises(TypeError, match="must be a device kind"):
        Tensor[Float32, CPU]
    with pytest.raises(TypeError, match="must be a dtype kind"):
        Tensor[CPU, int]


def test_meta_device_annotation() -> None:
    @tt.typechecked
    def f(x: Tensor[Meta, Float64, L[2]]) -> None:
        pass

    f(z(2, dtype=torch.float64, device="meta"))
    with pytest.raises(tt.TensorTypeError, match=r"device is cpu, expected Meta"):
        f(z(2, dtype=torch.float64))


# -- whole files and packages -------------------------------------------------------------------

_MODULE = """
    from typing import Literal as L, TypeVar
    import torch
    from typedtorch import CPU, Float32, Tensor

    B = TypeVar("B", bound=int)

    def head(x: Tensor[CPU, Float32, B, L[3]]) -> Tensor[CPU, Float32, B, L[2]]:
        return x[:, :2]

    def untyped(x):
        return x

    class Model:
        def forward(self, x: "Tensor[CPU, Float32, B, L[3]]") -> "Model":
            return self
"""


def _run(code: str, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        input=textwrap.dedent(code),
    )


def test_run_checked_checks_the_script(tmp_path: Path) -> None:
    script = tmp_path / "script.py"
    script.write_text(
        textwrap.dedent(_MODULE)
        + textwrap.dedent("""
            import sys
            assert __name__ == "__main__"
            head(torch.zeros(2, 3))
            Model().forward(torch.zeros(2, 3))
            untyped(1)
            print("ok", sys.argv[1:])
            head(torch.zeros(2, 4))
        """)
    )
    proc = subprocess.run(
        [sys.executable, "-m", "typedtorch._run_checked", str(script), "--flag"],
        capture_output=True,
        text=True,
    )
    assert "ok ['--flag']" in proc.stdout
    assert proc.returncode == 1
    assert 'TensorTypeError: Argument "x" of "head"' in proc.stderr
    assert "dim 1 is 4, expected 3" in proc.stderr


def test_run_checked_runs_the_matmul_pass_file() -> None:
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "typedtorch._run_checked",
            str(ROOT / "typecheck_tests" / "matmul" / "pass_matmul.py"),
        ],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stderr


def test_import_hook(tmp_path: Path) -> None:
    pkg = tmp_path / "hooked"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "mod.py").write_text(textwrap.dedent(_MODULE))
    code = """
        import sys, torch, typedtorch as tt
        sys.path.insert(0, ".")
        with tt.install_import_hook("hooked"):
            from hooked import mod
        mod.head(torch.zeros(2, 3))
        mod.Model().forward(torch.zeros(5, 3))
        try:
            mod.Model().forward(torch.zeros(5, 2))
        except tt.TensorTypeError as e:
            print("caught:", e)
    """
    proc = _run(code, tmp_path, "-")
    assert proc.returncode == 0, proc.stderr
    assert 'caught: Argument "x" of "Model.forward"' in proc.stdout


def test_pytest_plugin_installs_the_hook(tmp_path: Path) -> None:
    pkg = tmp_path / "hooked"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "mod.py").write_text(textwrap.dedent(_MODULE))
    (tmp_path / "test_it.py").write_text(
        textwrap.dedent("""
            import torch
            from hooked import mod

            def test_bad():
                mod.head(torch.zeros(2, 4))
        """)
    )
    base = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_it.py"]
    env_cmd = {"cwd": tmp_path, "capture_output": True, "text": True}
    checked = subprocess.run([*base, "--typedtorch-packages=hooked"], **env_cmd)
    assert "TensorTypeError" in checked.stdout, checked.stdout
    unchecked = subprocess.run(base, **env_cmd)
    assert unchecked.returncode == 0, unchecked.stdout
