"""Every declared floor works: install the lowest declared versions into a fresh venv, run tests.

    python tools/min_versions.py                  # the whole suite (tests/ and typecheck_tests/)
    python tools/min_versions.py --quick          # a representative part (QUICK below)
    python tools/min_versions.py --torch 2.13.0   # where torch's floor cannot be installed

Reads pyproject.toml: every requirement of the dependencies and of the extras the suite needs
(`mypy`, `lsp`, `dev`, `examples`) with a lower bound `>=X` is pinned to `==X` (exact pins stay
as they are); their own dependencies resolve as pip chooses ("lowest direct"). The project is
installed into the venv as `./dev.sh` installs it (editable, plus a .pth for mypy), and pytest
runs from the repository with the venv's interpreter. Prints the installed floors and pytest's
result; exits with pytest's status.

torch: its floor is installed from PyTorch's CPU wheel index where that index can be reached;
otherwise from the indexes pip is configured with (PyPI), whose Linux x86-64 wheels are CUDA
builds (torch plus the nvidia-* wheels, several GB; they run on a machine without a GPU). The
summary says which build was installed.
`--torch VERSION` installs that torch instead, and the run says plainly that torch's floor was
not tested. Set PIP_CACHE_DIR to keep the downloads somewhere with room (they are reused by the
`--other-mypy` venv).

Also builds the wheel with the build-system's setuptools floor (no build isolation), and
checks that typedtorch installs beside a project that pins another mypy minor version
(`--other-mypy`, default 2.2.0, outside the plugin's tested range): pip must resolve, and the
plugin must say once, on stderr, that this mypy is untested.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXTRAS = ("mypy", "lsp", "dev", "examples")
TORCH_CPU_INDEX = "https://download.pytorch.org/whl/cpu"
# The representative part: runtime checks, compile, weights, the pytest plugin, the mypy
# version check, the plugin on the tour and on module code (mypy + basedpyright + runtime),
# the report and the editor server.
QUICK = (
    "tests/test_runtime.py",
    "tests/test_convert.py",
    "tests/test_compile.py",
    "tests/test_torch_interop.py",
    "tests/test_weights.py",
    "tests/test_nn_runtime_checks.py",
    "tests/test_pytest_plugin.py",
    "tests/test_mypy_version.py",
    "tests/test_public_api.py",
    "tests/test_report.py",
    "tests/test_lsp.py",
    "typecheck_tests/tour",
    "typecheck_tests/nn_module",
    "typecheck_tests/matmul",
)
# Checks of the repository against the development toolchain, not of typedtorch against its
# dependencies: the stubs are generated from the torch that constraints-cpu.txt pins, and this
# test regenerates them from the installed torch. Deselected when another torch is installed.
DEV_TORCH_ONLY = ("tests/test_torch_stubs_gen.py::test_generated_stubs_are_up_to_date",)
_REQUIREMENT = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*(.*)$")


def floors() -> dict[str, str]:
    """`name -> requirement` for the install: lower bounds pinned, self-references expanded."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    requirements = list(project["dependencies"])
    for extra in EXTRAS:
        requirements += project["optional-dependencies"].get(extra, [])
    pinned: dict[str, str] = {}
    for requirement in requirements:
        match = _REQUIREMENT.match(requirement.split(";")[0])
        assert match is not None, requirement
        name, _, specifier = match.groups()
        key = name.lower().replace("_", "-")
        if key == project["name"]:
            continue  # `typedtorch[mypy]` inside an extra: its requirements are listed too
        exact = re.search(r"==\s*([^,\s]+)", specifier)
        low = re.search(r">=\s*([^,\s]+)", specifier)
        if exact:
            pin = f"{name}=={exact.group(1)}"
        elif low:
            pin = f"{name}=={low.group(1)}"
        else:
            pin = requirement
        if key == "setuptools" and low:
            # A build tool that torch itself constrains (torch 2.13 needs >=77.0.3); its floor
            # is the build backend's, tested by `build_with_floor`.
            pin = requirement
        # A floor wins over an exact pin of the same package: dev's `mypy==2.4.1` is what the
        # project's own venv tests; the `mypy` extra's floor is what users may get.
        if key not in pinned or (low and not exact):
            pinned[key] = pin
    return pinned


def run(command: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    print("$", " ".join(command), flush=True)
    return subprocess.run(command, text=True, **kwargs)  # type: ignore[call-overload, no-any-return]


def make_venv(path: Path) -> Path:
    if path.exists():
        shutil.rmtree(path)
    run([sys.executable, "-m", "venv", str(path)], check=True)
    return path / "bin" / "python"


def pip(python: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return run([str(python), "-m", "pip", "--disable-pip-version-check", "-q", *args], check=check)


def reachable(url: str, timeout: float = 15.0) -> bool:
    """Whether `url` answers at all (any HTTP status) within `timeout` seconds."""
    try:
        with urllib.request.urlopen(url, timeout=timeout):
            return True
    except urllib.error.HTTPError:
        return True
    except (OSError, ValueError):
        return False


def install_torch(python: Path, floor: str, fallback: str | None) -> tuple[list[str], str]:
    """Install torch's floor (the CPU build where PyTorch's index answers, else PyPI's build), or
    `fallback`; returns the pip arguments that installed it and how the report says it."""
    if fallback is not None:
        pip(python, "install", f"torch=={fallback}")
        return (
            [f"torch=={fallback}"],
            f"torch=={fallback} (NOT the floor {floor}: torch's floor was not tested)",
        )
    if reachable(TORCH_CPU_INDEX + "/"):
        done = pip(
            python, "install", f"torch=={floor}", "--index-url", TORCH_CPU_INDEX, check=False
        )
        if done.returncode == 0:
            return (
                [f"torch=={floor}", "--index-url", TORCH_CPU_INDEX],
                f"torch=={floor} (the floor; CPU build from {TORCH_CPU_INDEX})",
            )
        print(f"min_versions: torch=={floor} did not install from {TORCH_CPU_INDEX}; trying PyPI")
    else:
        print(
            f"min_versions: {TORCH_CPU_INDEX} cannot be reached; installing torch=={floor} from "
            "pip's configured indexes (PyPI's Linux x86-64 wheels are CUDA builds: torch and "
            "nvidia-* wheels, several GB)",
            flush=True,
        )
    done = pip(python, "install", f"torch=={floor}", check=False)
    if done.returncode != 0:
        sys.exit(
            f"min_versions: torch=={floor} could not be installed from {TORCH_CPU_INDEX} nor "
            "PyPI; pass --torch VERSION to test the other floors with another torch"
        )
    build = run(
        [str(python), "-c", "import torch; print(torch.__version__, torch.version.cuda)"],
        capture_output=True,
        check=True,
    ).stdout.split()
    kind = f"a CUDA {build[1]} build, run on the CPU" if build[1:] != ["None"] else "a CPU build"
    return [f"torch=={floor}"], (
        f"torch=={build[0]} (the floor; {kind}, from pip's configured indexes, not "
        f"{TORCH_CPU_INDEX})"
    )


def dev_torch() -> str:
    """The torch version the stubs are generated from (constraints-cpu.txt)."""
    for line in (ROOT / "constraints-cpu.txt").read_text().splitlines():
        match = re.match(r"\s*torch\s*==\s*([^\s;#]+)", line)
        if match:
            return match.group(1)
    raise SystemExit("min_versions: constraints-cpu.txt pins no torch")


def link_checkout(python: Path) -> None:
    """As dev.sh: mypy cannot follow an editable install, so the checkout and its stubs are put
    on the path by a .pth file."""
    site = run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        check=True,
    ).stdout.strip()
    (Path(site) / "typedtorch-dev-paths.pth").write_text(f"{ROOT}\n{ROOT / 'stubs'}\n")


def build_with_floor(venv: Path, out: Path) -> Path:
    """Build the wheel with the build-system's floor of setuptools (no isolation), from a copy
    of the checkout's files; returns the wheel."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    (requirement,) = config["build-system"]["requires"]
    floor = re.search(r">=\s*([^,\s]+)", requirement)
    assert floor is not None, requirement
    python = make_venv(venv)
    pip(python, "install", f"setuptools=={floor.group(1)}")
    listed = run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout
    source = out / "src"
    for name in filter(None, listed.split("\0")):
        if (ROOT / name).is_file():
            (source / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, source / name)
    pip(python, "wheel", "--no-deps", "--no-build-isolation", "-w", str(out), str(source))
    (wheel,) = out.glob("typedtorch-*.whl")
    print(f"ok: built {wheel.name} with setuptools=={floor.group(1)} (the build floor)")
    return wheel


def other_mypy(venv: Path, version: str, torch: list[str], wheel: Path) -> bool:
    """typedtorch installs beside a pinned mypy outside its tested range, and the plugin says so
    once; True when both hold."""
    python = make_venv(venv)
    pip(python, "install", *torch)
    pip(python, "install", f"mypy=={version}")
    with tempfile.TemporaryDirectory() as tmp:
        constraints = Path(tmp) / "constraints.txt"
        constraints.write_text(f"mypy=={version}\n")
        # Not editable: the project as a user installs it, from its wheel.
        done = pip(python, "install", str(wheel), "-c", str(constraints), check=False)
        if done.returncode != 0:
            print(f"FAILED: typedtorch does not install beside mypy=={version}")
            return False
        sample = Path(tmp) / "sample.py"
        sample.write_text("import torch\nx = torch.zeros(2, 3)\n")
        config = Path(tmp) / "mypy.ini"
        config.write_text("[mypy]\nplugins = typedtorch_mypy\n")
        checked = run(
            [str(python), "-m", "mypy", "--config-file", str(config), str(sample)],
            capture_output=True,
            cwd=tmp,
        )
    warnings = checked.stderr.count("typedtorch_mypy: warning: mypy")
    print(checked.stdout.strip())
    print(checked.stderr.strip())
    ok = warnings == 1 and "Traceback" not in checked.stderr
    print(
        f"{'ok' if ok else 'FAILED'}: typedtorch installed beside mypy=={version}; "
        f"the plugin warned {warnings} time(s); mypy exit status {checked.returncode}"
    )
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--venv", type=Path, default=Path(tempfile.gettempdir()) / "tt-min")
    parser.add_argument("--quick", action="store_true", help="the representative part only")
    parser.add_argument("--torch", help="install this torch instead of the declared floor")
    parser.add_argument("--other-mypy", default="2.2.0", help='"" skips that check')
    parser.add_argument("pytest_args", nargs="*", help="passed to pytest (after --)")
    args = parser.parse_args()

    started = time.perf_counter()
    pins = floors()
    torch_floor = pins.pop("torch").split("==")[1]
    python = make_venv(args.venv)
    torch, torch_installed = install_torch(python, torch_floor, args.torch)
    requirements = args.venv / "floors.txt"
    requirements.write_text("\n".join(pins.values()) + "\n")
    print("floors:\n  " + "\n  ".join(pins.values()), flush=True)
    pip(python, "install", "-r", str(requirements))
    pip(python, "install", "--no-deps", "-e", str(ROOT))
    link_checkout(python)
    installed = run(
        [str(python), "-m", "pip", "list", "--format=freeze"], capture_output=True, check=True
    ).stdout
    print(f"installed in {time.perf_counter() - started:.0f} s")

    targets = list(QUICK) if args.quick else []
    version = run(
        [str(python), "-c", "import torch; print(torch.__version__.split('+')[0])"],
        capture_output=True,
        check=True,
    ).stdout.strip()
    deselected = [] if version == dev_torch() else list(DEV_TORCH_ONLY)
    for test in deselected:
        print(f"deselected (it checks the stubs against torch {dev_torch()}): {test}")
    tested = run(
        [
            *[str(python), "-m", "pytest", "-q", "-p", "no:cacheprovider", *targets],
            *[f"--deselect={test}" for test in deselected],
            *args.pytest_args,
        ],
        cwd=ROOT,
        env={
            **{k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "VIRTUAL"))},
            "PATH": f"{python.parent}{os.pathsep}{os.environ.get('PATH', '')}",
            "TYPEDTORCH_HYPOTHESIS_PROFILE": "ci",
        },
    )
    with tempfile.TemporaryDirectory() as tmp:
        wheel = build_with_floor(args.venv.with_name(args.venv.name + "-build"), Path(tmp))
        beside = True
        if args.other_mypy:
            other = args.venv.with_name(args.venv.name + "-other-mypy")
            beside = other_mypy(other, args.other_mypy, torch, wheel)

    wanted = {p.split("==")[0].lower().replace("_", "-") for p in pins.values() if "==" in p}
    print("\n=== minimum versions")
    print(f"  {torch_installed}")
    for line in installed.splitlines():
        name = line.split("==")[0].lower().replace("_", "-")
        if name in wanted:
            print(f"  {line}")
    print(f"  suite: {'the representative part' if args.quick else 'the whole suite'}")
    for test in deselected:
        print(f"  deselected: {test}")
    print(f"  pytest exit status {tested.returncode}; {time.perf_counter() - started:.0f} s in all")
    return tested.returncode or (0 if beside else 1)


if __name__ == "__main__":
    sys.exit(main())
