"""`python -m typedtorch._run_checked FILE [ARGS...]`: run a script as `__main__` with checks on.

Every function of FILE with a `Tensor[...]` annotation is checked at each call, as if decorated
with `typedtorch.typechecked` (modules FILE imports are not instrumented; use
`typedtorch.install_import_hook` for those), and every typed layer checks its inputs and output
(`typedtorch.nn.runtime_checks`).
"""

from __future__ import annotations

import os
import sys
import types


def run(path: str, argv: list[str]) -> None:
    """Run the script at `path` as `__main__`, with `sys.argv` set to `[path, *argv]`."""
    from ._runtime import compile_checked
    from .nn import runtime_checks

    with open(path, "rb") as f:
        code = compile_checked(f.read(), path)
    module = types.ModuleType("__main__")
    module.__file__ = path
    module.__builtins__ = __builtins__  # type: ignore[attr-defined]
    saved = sys.modules.get("__main__"), sys.argv[:], sys.path[0]
    sys.modules["__main__"] = module
    sys.argv[:] = [path, *argv]
    sys.path[0] = os.path.dirname(os.path.abspath(path))
    try:
        with runtime_checks():
            exec(code, module.__dict__)
    finally:
        main, sys.argv[:], sys.path[0] = saved
        if main is not None:
            sys.modules["__main__"] = main


def main(argv: list[str]) -> int:
    if not argv:
        print("usage: python -m typedtorch._run_checked FILE [ARGS...]", file=sys.stderr)
        return 2
    run(argv[0], argv[1:])
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
