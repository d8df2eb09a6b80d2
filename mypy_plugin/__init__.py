"""The typedtorch mypy plugin. Enable it with `plugins = typedtorch_mypy` in your mypy config."""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types


def _import_rules_without_torch() -> None:
    """Import `typedtorch._shapes` without running `typedtorch/__init__.py`.

    The plugin needs only the shape rules (pure Python), but importing any submodule runs the
    package's `__init__`, which imports torch: seconds added to every mypy run. So the rules are
    imported under a bare stand-in for the package, which is then dropped: a later
    `import typedtorch` (if anything in this process does one) runs the real `__init__`, which
    picks up the already-imported `typedtorch._shapes`.
    """
    if "typedtorch" in sys.modules:
        return
    spec = importlib.util.find_spec("typedtorch")
    if spec is None or not spec.submodule_search_locations:
        return  # not installed: the plain import below reports it
    standin = types.ModuleType("typedtorch")
    standin.__path__ = list(spec.submodule_search_locations)
    standin.__spec__ = spec
    sys.modules["typedtorch"] = standin
    try:
        importlib.import_module("typedtorch._shapes")
    finally:
        if sys.modules.get("typedtorch") is standin:
            del sys.modules["typedtorch"]


_import_rules_without_torch()

from mypy.plugin import Plugin  # noqa: E402

from ._mypy_version import check_mypy_version  # noqa: E402
from ._plugin import PLUGIN_VERSION as PLUGIN_VERSION  # noqa: E402
from ._plugin import TypedTorchPlugin as TypedTorchPlugin  # noqa: E402


def plugin(version: str) -> type[Plugin]:
    """mypy's entry point: the plugin class for this mypy version (a warning, once, when that
    version is outside the tested range)."""
    check_mypy_version(version)
    return TypedTorchPlugin
