#!/usr/bin/env bash
# Regenerates the factories' section of stubs/torch-stubs/_C/_VariableFunctions.pyi (the
# factories' dtype/device overloads are systematic, so they are generated rather than written by
# hand). Run from anywhere: ./tools/factories_stub/build.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
STUB=stubs/torch-stubs/_C/_VariableFunctions.pyi
.venv/bin/python tools/factories_stub/gen.py --write
.venv/bin/ruff format -q "$STUB"
