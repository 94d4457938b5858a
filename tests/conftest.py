"""Shared fixtures: a temporary SQLite database upgraded by Alembic with the territory loaded
and one administrator account (`ADMIN`, `ADMIN_PASSWORD`).

The database is built once per run and copied for each test, so every test starts from the
same fresh state in a few milliseconds. `opened.actor` (and the `actor` fixture) is that
administrator, logged in once per run: Argon2 is slow by design.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from app.config import sqlite_url
from app.domain.enums import UserRole
from app.services import users
from app.services.actor import Actor
from app.services.startup import OpenedDatabase, open_database
from app.storage.database import Database

ADMIN = "admin"
ADMIN_PASSWORD = "test-admin-2024"


@dataclass
class SignedIn(OpenedDatabase):
    """An opened database and the administrator the tests act as."""

    actor: Actor


def sign_in_admin(opened: OpenedDatabase) -> SignedIn:
    """Log the template's administrator in, or create it on a database without accounts."""
    if not users.has_accounts(opened.db):
        users.create_first_admin(opened.db, ADMIN, "مدير الاختبارات", ADMIN_PASSWORD)
    actor = users.authenticate(opened.db, ADMIN, ADMIN_PASSWORD)
    return SignedIn(opened.db, opened.upgrade, actor)


@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path_factory: pytest.TempPathFactory,
                           monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep tests away from the real user's data and settings folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("AWRACH_DB_URL", raising=False)


@pytest.fixture(autouse=True)
def _arabic_first() -> None:
    """Every test starts in Arabic, the product's first language, whatever an earlier test
    in the same process switched to (a CLI run with --lang fr, a window switched to French):
    with tests spread over several processes, the order differs from run to run."""
    from app import language

    language.set_language("ar")


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    opened = open_database(sqlite_url(path))
    sign_in_admin(opened)
    opened.db.dispose()
    return path


@pytest.fixture(scope="session")
def admin_actor(template_db: Path) -> Actor:
    db = Database(sqlite_url(template_db))
    actor = users.authenticate(db, ADMIN, ADMIN_PASSWORD)
    db.dispose()
    return actor


@pytest.fixture(scope="session")
def template_demo_db(template_db: Path, admin_actor: Actor,
                     tmp_path_factory: pytest.TempPathFactory) -> Path:
    from app.services.demo import build_demo

    path = tmp_path_factory.mktemp("template") / "demo.sqlite"
    shutil.copyfile(template_db, path)
    opened = open_database(sqlite_url(path))
    build_demo(opened.db, admin_actor)
    opened.db.dispose()
    return path


def _open_copy(template: Path, tmp_path: Path, actor: Actor) -> SignedIn:
    path = tmp_path / "awrach.sqlite"
    shutil.copyfile(template, path)
    opened = open_database(sqlite_url(path))
    return SignedIn(opened.db, opened.upgrade, actor)


@pytest.fixture
def opened(template_db: Path, admin_actor: Actor, tmp_path: Path) -> Iterator[SignedIn]:
    result = _open_copy(template_db, tmp_path, admin_actor)
    yield result
    result.db.dispose()


@pytest.fixture
def demo_opened(template_demo_db: Path, admin_actor: Actor,
                tmp_path: Path) -> Iterator[SignedIn]:
    """A database holding the Khenifra demo (editions 2022 and 2023)."""
    result = _open_copy(template_demo_db, tmp_path, admin_actor)
    yield result
    result.db.dispose()


@pytest.fixture
def db(opened: SignedIn) -> Database:
    return opened.db


@pytest.fixture
def actor(opened: SignedIn) -> Actor:
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


def add_account(opened: SignedIn, username: str, role: UserRole,
                full_name: str = "") -> Actor:
    """A second person on the same database, created by the administrator as in the app."""
    users.create_user(opened.db, opened.actor, username, full_name or username, role,
                      f"{username}-pass-2024")
    return users.authenticate(opened.db, username, f"{username}-pass-2024")
