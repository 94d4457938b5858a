#!/usr/bin/env bash
# Set up (first time) and open Awrach Desk. Arguments go to `awrach`, e.g. --demo, --db PATH.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh runtime
exec .venv/bin/awrach "$@"
