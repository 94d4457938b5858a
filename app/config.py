"""Where the database is: known before it is open, so it comes from outside the database."""

from __future__ import annotations

import os
from pathlib import Path

from app.paths import default_database_path
from app.settings import DATABASE_URL

DB_URL_ENV = "AWRACH_DB_URL"


def resolve_database_url(db_path: str | os.PathLike[str] | None = None) -> str:
    """`--db PATH` first, then AWRACH_DB_URL, then the saved setting, then the data folder."""
    if db_path:
        return sqlite_url(Path(db_path))
    env_url = os.environ.get(DB_URL_ENV, "").strip()
    if env_url:
        return env_url
    saved = DATABASE_URL.get().strip()
    if saved:
        return saved
    return sqlite_url(default_database_path())


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path.expanduser().resolve()}"
