"""The typedtorch mypy plugin. Enable it with `plugins = typedtorch_mypy` in your mypy config."""

from __future__ import annotations

from mypy.plugin import Plugin

from ._plugin import PLUGIN_VERSION as PLUGIN_VERSION
from ._plugin import TypedTorchPlugin as TypedTorchPlugin


def plugin(version: str) -> type[Plugin]:
    """mypy's entry point: the plugin class for this mypy version."""
    return TypedTorchPlugin
