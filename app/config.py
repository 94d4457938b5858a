"""Settings that must be known before the database is open (where the database is)."""

from __future__ import annotations

import json
import os
from pathlib import Path

from platformdirs import user_config_path

from app.paths import APP_NAME, default_database_path

DB_URL_ENV = "AWRACH_DB_URL"


def config_file() -> Path:
    return user_config_path(APP_NAME, appauthor=False) / "settings.json"


def read_local_settings() -> dict[str, object]:
    path = config_file()
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def write_local_setting(key: str, value: object) -> None:
    data = read_local_settings()
    data[key] = value
    path = config_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")


def resolve_database_url(db_path: str | os.PathLike[str] | None = None) -> str:
    """`--db PATH` first, then AWRACH_DB_URL, then the saved setting, then the data folder."""
    if db_path:
        return sqlite_url(Path(db_path))
    env_url = os.environ.get(DB_URL_ENV, "").strip()
    if env_url:
        return env_url
    saved = read_local_settings().get("database_url")
    if isinstance(saved, str) and saved.strip():
        return saved.strip()
    return sqlite_url(default_database_path())


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path.expanduser().resolve()}"
