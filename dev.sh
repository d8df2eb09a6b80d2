#!/usr/bin/env bash
# typedtorch's two entry points. Each sets up (or reuses) its own virtual environment.
#   ./dev.sh test   the whole test suite (what CI runs)
#   ./dev.sh main   the main job
# Environment: PYTHON (default python3.11 or python3), VENV (default .venv),
# TYPEDTORCH_CONSTRAINTS (default constraints-cpu.txt; "none" to keep an installed torch).
set -euo pipefail
cd "$(dirname "$0")"

PYTHON=${PYTHON:-$(command -v python3.11 || command -v python3)}
VENV=${VENV:-.venv}
CONSTRAINTS=${TYPEDTORCH_CONSTRAINTS:-constraints-cpu.txt}

setup() {
    if [ ! -x "$VENV/bin/python" ]; then
        "$PYTHON" -m venv "$VENV"
    fi
    local stamp="$VENV/.typedtorch-installed"
    if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ] || [ "$CONSTRAINTS" != "none" ] && [ "$CONSTRAINTS" -nt "$stamp" ]; then
        local args=()
        if [ "$CONSTRAINTS" != "none" ]; then
            args+=(-c "$CONSTRAINTS")
            # Install the CPU torch first: a plain resolver run could pick a CUDA build.
            "$VENV/bin/python" -m pip install --disable-pip-version-check -q "${args[@]}" torch
        fi
        "$VENV/bin/python" -m pip install --disable-pip-version-check -q "${args[@]}" -e ".[dev,examples]"
        touch "$stamp"
    fi
}

case "${1:-}" in
    test)
        shift
        setup
        exec "$VENV/bin/python" tools/run_tests.py "$@"
        ;;
    main)
        shift
        setup
        exec "$VENV/bin/python" tools/main_job.py "$@"
        ;;
    *)
        echo "usage: ./dev.sh test|main" >&2
        exit 2
        ;;
esac
