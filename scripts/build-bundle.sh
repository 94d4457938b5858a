#!/usr/bin/env bash
# Build the one-folder program (build.spec) and run its self-test headless, as CI does.
# Usage: scripts/build-bundle.sh   -> dist/AwrachDesk/ (exit 1 if the build or the test fails)
#
# The Windows bundle is built the same way on Windows (README, "The Windows program"); this
# Linux build proves the spec ships everything and that the frozen program starts its
# batch-printing workers with "spawn", as Windows does.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test

started=$(date +%s)
.venv/bin/pyinstaller --noconfirm --log-level WARN --workpath build/pyinstaller \
    --distpath dist build.spec
built=$(date +%s)
echo "bundle built in $((built - started)) s: dist/AwrachDesk ($(du -sh dist/AwrachDesk | cut -f1))"

# Headless, away from the checkout (so nothing is found beside the sources), with its own
# home: the self-test makes its database in a temporary folder and leaves no file behind.
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
(
    cd "$scratch"
    env -u DISPLAY -u WAYLAND_DISPLAY -u PYTHONPATH QT_QPA_PLATFORM=offscreen \
        HOME="$scratch" XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" \
        XDG_STATE_HOME="$scratch/state" \
        timeout 600 "$OLDPWD/dist/AwrachDesk/awrach" --self-test
)
echo "bundle self-test passed in $(( $(date +%s) - built )) s"
