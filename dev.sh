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

pip() {
    "$VENV/bin/python" -m pip --disable-pip-version-check "$@"
}

# What the install depends on. The stamp holds its hash, so a re-run is instant while nothing
# changed, and any edit to pyproject.toml or the constraints (or switching TYPEDTORCH_CONSTRAINTS)
# re-installs. Content, not mtime: a fresh clone or a checkout gives every file a new mtime.
install_key() {
    {
        echo "constraints=$CONSTRAINTS"
        cat pyproject.toml
        if [ "$CONSTRAINTS" != "none" ]; then cat "$CONSTRAINTS"; fi
    } | "$VENV/bin/python" -c 'import hashlib, sys; print(hashlib.sha256(sys.stdin.buffer.read()).hexdigest())'
}

# Refuse to download a CUDA build of torch on a CPU set-up: on Linux x86-64 the torch that PyPI
# serves is a CUDA build (GBs of wheels). The CPU build has a `+cpu` local version.
check_cpu_torch() {
    local report="$VENV/.torch-resolution.json"
    pip install -q --dry-run --ignore-installed --no-deps --report "$report" -c "$CONSTRAINTS" torch
    "$VENV/bin/python" - "$report" <<'EOF'
import json, platform, sys

item = json.load(open(sys.argv[1]))["install"][0]
version, url = item["metadata"]["version"], item["download_info"]["url"]
cuda_platform = sys.platform == "linux" and platform.machine() in ("x86_64", "AMD64")
if cuda_platform and "+cpu" not in version:
    sys.exit(
        f"dev.sh: the constraints resolve torch to {version} ({url}), a CUDA build.\n"
        "Install the torch you want into the venv first and re-run with "
        "TYPEDTORCH_CONSTRAINTS=none, or make a CPU wheel findable (pip find-links / "
        "--extra-index-url https://download.pytorch.org/whl/cpu)."
    )
EOF
}

# mypy and pyright cannot see packages that an editable install maps with an import hook, so
# `typedtorch` and the stub package `torch-stubs` are made visible by plain path entries: a .pth
# file pointing at the repository (typedtorch/) and at stubs/ (torch-stubs/), as
# `pip install typedtorch` puts both in site-packages.
link_stubs() {
    local site
    site=$("$VENV/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
    printf '%s\n%s\n' "$PWD" "$PWD/stubs" >"$site/typedtorch-dev-paths.pth"
}

setup() {
    if [ ! -x "$VENV/bin/python" ]; then
        "$PYTHON" -m venv "$VENV"
    fi
    local stamp="$VENV/.typedtorch-installed"
    local key
    key=$(install_key)
    if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$key" ]; then
        link_stubs
        return
    fi
    local args=()
    if [ "$CONSTRAINTS" != "none" ]; then
        args+=(-c "$CONSTRAINTS")
        # Install the CPU torch first, alone: a resolver run over all requirements could pick
        # a CUDA build.
        check_cpu_torch
        pip install -q "${args[@]}" torch
    fi
    pip install -q "${args[@]}" -e ".[dev,examples]"
    link_stubs
    echo "$key" >"$stamp"
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
