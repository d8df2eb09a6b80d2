"""pytest plugin (registered by the `pytest11` entry point): runtime checks for a test run.

`pytest --typedtorch-packages=mypkg` checks every `Tensor[...]` annotation in `mypkg` at runtime
while the tests run (see `typedtorch.install_import_hook`), and turns on the typed layers' checks
(`typedtorch.nn.runtime_checks`) for the run.
"""

from __future__ import annotations

import sys
import warnings

import pytest

_HOOK_KEY = pytest.StashKey[object]()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("typedtorch")
    group.addoption(
        "--typedtorch-packages",
        action="store",
        default="",
        help="comma-separated packages whose typedtorch annotations are checked at runtime",
    )


def pytest_configure(config: pytest.Config) -> None:
    option = str(config.getoption("typedtorch_packages") or "")
    packages = [p.strip() for p in option.split(",") if p.strip()]
    if not packages:
        return
    from ._runtime import install_import_hook
    from .nn import enable_runtime_checks

    hook = install_import_hook(packages)
    # Typed layers check their inputs and outputs too (`typedtorch.nn.runtime_checks`).
    enable_runtime_checks()
    config.stash[_HOOK_KEY] = hook
    already = sorted(m for m in sys.modules if hook.covers(m))
    if already:
        warnings.warn(
            f"typedtorch: {', '.join(already)} imported before the import hook; "
            "their annotations are not checked at runtime",
            stacklevel=1,
        )


def pytest_unconfigure(config: pytest.Config) -> None:
    hook = config.stash.get(_HOOK_KEY, None)
    if hook is not None:
        from ._runtime import ImportHook

        if isinstance(hook, ImportHook):
            hook.uninstall()
        from .nn import disable_runtime_checks

        disable_runtime_checks()
