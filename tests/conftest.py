"""Shared fixtures: a temporary SQLite database upgraded by Alembic with the territory loaded.

The database is built once per run and copied for each test, so every test starts from the
same fresh state in a few milliseconds.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from app.config import sqlite_url
from app.services.actor import Actor
from app.services.startup import OpenedDatabase, open_database
from app.storage.database import Database


@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path_factory: pytest.TempPathFactory,
                           monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep tests away from the real user's data and settings folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("AWRACH_DB_URL", raising=False)


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    opened = open_database(sqlite_url(path))
    opened.db.dispose()
    return path


@pytest.fixture(scope="session")
def template_demo_db(template_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    from app.services.demo import build_demo

    path = tmp_path_factory.mktemp("template") / "demo.sqlite"
    shutil.copyfile(template_db, path)
    opened = open_database(sqlite_url(path))
    build_demo(opened.db, opened.actor)
    opened.db.dispose()
    return path


def _open_copy(template: Path, tmp_path: Path) -> OpenedDatabase:
    path = tmp_path / "awrach.sqlite"
    shutil.copyfile(template, path)
    return open_database(sqlite_url(path))


@pytest.fixture
def opened(template_db: Path, tmp_path: Path) -> Iterator[OpenedDatabase]:
    result = _open_copy(template_db, tmp_path)
    yield result
    result.db.dispose()


@pytest.fixture
def demo_opened(template_demo_db: Path, tmp_path: Path) -> Iterator[OpenedDatabase]:
    """A database holding the Khenifra demo (editions 2022 and 2023)."""
    result = _open_copy(template_demo_db, tmp_path)
    yield result
    result.db.dispose()


@pytest.fixture
def db(opened: OpenedDatabase) -> Database:
    return opened.db


@pytest.fixture
def actor(opened: OpenedDatabase) -> Actor:
    return opened.actor


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A new, empty database on the PostgreSQL test server, dropped afterwards."""
    server = os.environ.get("AWRACH_TEST_PG_URL", "")
    if not server:
        pytest.skip("AWRACH_TEST_PG_URL is not set")
    name = f"awrach_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield server.rsplit("/", 1)[0] + f"/{name}"
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    admin.dispose()
