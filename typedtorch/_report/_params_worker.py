"""The report's layer builder, a process of its own (`_params.ParamBuilder` starts it).

It imports torch while the report runs mypy, then answers requests, one a line, until its stdin
closes. A request is a JSON list of constructor call trees
(`{"call": "torch.nn.modules.linear.Linear", "args": [...], "kwargs": {...}}`, tuples as
`{"tuple": [...]}`); each is built on the meta device, and the answer is one line: the list of
parameter counts (null where torch rejected the call). Only torch's and typedtorch's names are
built.
"""

from __future__ import annotations

import importlib
import json
import sys
from typing import Any

_TRUSTED = ("torch.", "typedtorch.")


def _value(tree: Any) -> Any:
    if isinstance(tree, list):
        return [_value(v) for v in tree]
    if isinstance(tree, dict) and "tuple" in tree:
        return tuple(_value(v) for v in tree["tuple"])
    if isinstance(tree, dict) and "call" in tree:
        target: str = tree["call"]
        if not target.startswith(_TRUSTED):
            raise ValueError(target)
        module, _, name = target.rpartition(".")
        factory = getattr(importlib.import_module(module), name)
        args = [_value(a) for a in tree["args"]]
        kwargs = {k: _value(v) for k, v in tree["kwargs"].items()}
        return factory(*args, **kwargs)
    return tree


def count(tree: Any) -> int | None:
    """The parameter count of the layer `tree` builds; None when it cannot be built."""
    import torch

    try:
        with torch.device("meta"):
            layer = _value(tree)
    except Exception:  # torch rejecting a probe's arguments is an answer: unknown
        return None
    if not isinstance(layer, torch.nn.Module):
        return None
    return sum(p.numel() for p in layer.parameters())


def main() -> None:
    import warnings

    import torch  # noqa: F401  (imported before the request arrives: that is the point)

    warnings.simplefilter("ignore")  # layers warn about probe arguments (dropout with 1 layer)
    for line in sys.stdin:
        trees = json.loads(line)
        sys.stdout.write(json.dumps([count(tree) for tree in trees]) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
