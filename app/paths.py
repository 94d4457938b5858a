"""Where the program finds its shipped resources and keeps the user's data."""

from __future__ import annotations

import sys
from pathlib import Path

from platformdirs import user_data_path, user_log_path

APP_NAME = "AwrachDesk"


def resources_dir() -> Path:
    """The `resources/` folder: inside a PyInstaller bundle, inside the package when
    installed from a wheel (setup.py puts it there), else beside the sources."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    package = Path(__file__).resolve().parent
    if (package / "resources").is_dir():
        return package / "resources"
    return package.parent / "resources"


def translations_dir() -> Path:
    """Compiled Qt Linguist files (`i18n/*.qm`), beside `resources/` in all three cases."""
    return resources_dir().parent / "i18n"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def reference_data_dir() -> Path:
    return resources_dir() / "data" / "morocco-admin"


def data_dir() -> Path:
    path = user_data_path(APP_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    path = user_log_path(APP_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return data_dir() / "awrach.sqlite"
