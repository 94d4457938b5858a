#!/usr/bin/env bash
# Set up (first time) and run the whole test suite headless. Arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test
# shellcheck source=scripts/test-postgres.sh
source scripts/test-postgres.sh
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check app ui tests bench
.venv/bin/mypy
# One process per core, a test file per process at a time (its module fixtures built once);
# a later -n in the arguments wins, e.g. -n 0 to debug in one process.
.venv/bin/python -m pytest -n auto --dist loadfile "$@"
