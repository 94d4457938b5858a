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
.venv/bin/python -m pytest "$@"
