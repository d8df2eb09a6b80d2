#!/usr/bin/env bash
# Regenerates typedtorch/_factories.pyi (the factories' dtype/device overloads are systematic,
# so they are generated rather than written by hand). Run from anywhere: ./tools/factories_stub/build.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
.venv/bin/python tools/factories_stub/gen.py > typedtorch/_factories.pyi
.venv/bin/ruff format -q typedtorch/_factories.pyi
# mypy flags bool/int overlaps that are intended (bool is an int): mark exactly those lines.
lines=$(.venv/bin/mypy --strict --config-file pyproject.toml typedtorch/_factories.pyi 2>&1 \
    | grep "^typedtorch/_factories.pyi.*overload-overlap" | awk -F: '{print $2}' | sort -n | uniq)
for l in $lines; do sed -i "${l}s/\$/  # type: ignore[overload-overlap]/" typedtorch/_factories.pyi; done
