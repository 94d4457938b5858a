#!/usr/bin/env bash
# Prepare this checkout to run Awrach Desk: system libraries Qt needs (Debian/Ubuntu, when
# run as root), a virtual environment in .venv, and the Python packages.
# Usage: scripts/setup.sh [runtime|test]   (test also installs pytest, ruff, PostgreSQL)
set -euo pipefail
cd "$(dirname "$0")/.."
profile="${1:-runtime}"
# shellcheck source=scripts/package-lock.sh
source scripts/package-lock.sh

qt_libs=(libglib2.0-0 libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libxkbcommon0
         libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
         libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxcb-render0)
# binutils: PyInstaller reads the libraries it bundles with objdump (scripts/build-bundle.sh).
test_tools=(poppler-utils postgresql binutils)

missing_debs() {
    local pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
            || printf '%s ' "$pkg"
    done
}

if command -v apt-get >/dev/null 2>&1 && command -v dpkg-query >/dev/null 2>&1; then
    wanted=("${qt_libs[@]}")
    [ "$profile" = test ] && wanted+=("${test_tools[@]}")
    python3 -c 'import ensurepip' 2>/dev/null || wanted+=(python3-venv)
    missing=$(missing_debs "${wanted[@]}")
    if [ -n "$missing" ]; then
        if [ "$(id -u)" = 0 ]; then
            echo "Installing system packages: $missing"
            export DEBIAN_FRONTEND=noninteractive
            with_package_lock_wait apt-get update -qq
            # shellcheck disable=SC2086
            with_package_lock_wait apt-get install -y -qq --no-install-recommends $missing \
                >/dev/null
        else
            echo "Missing system packages (install them as root): $missing" >&2
        fi
    fi
fi

if [ ! -x .venv/bin/python ]; then
    python3 -m venv .venv
fi
extras=""
[ "$profile" = test ] && extras="[test,dev]"
stamp=".venv/.installed-${profile}"
want="$(sha256sum pyproject.toml | cut -c1-16)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
    .venv/bin/python -m pip install -q --disable-pip-version-check -e ".${extras}"
    echo "$want" > "$stamp"
fi
