#!/usr/bin/env bash
# Generate an Alembic revision from the models: scripts/new-migration.sh "what changed"
# Review the generated file before committing it.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/python - "$1" <<'PY'
import sys
import tempfile
from pathlib import Path

from alembic import command

from app.config import sqlite_url
from app.storage.database import make_engine
from app.storage.upgrade import alembic_config, head_revision, migrate

with tempfile.TemporaryDirectory() as folder:
    engine = make_engine(sqlite_url(Path(folder) / "head.sqlite"))
    migrate(engine)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.revision(config, message=sys.argv[1], autogenerate=True,
                         rev_id=f"{int(head_revision()) + 1:04d}")
    engine.dispose()
PY
