"""Database files made by older versions are upgraded on start, after a backup."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import text

from app.config import sqlite_url
from app.errors import DomainError
from app.services import programme
from app.services.startup import open_database
from app.storage.database import make_engine
from app.storage.upgrade import current_revision, head_revision, migrate


def make_old_database(path, revision: str = "0001") -> None:
    engine = make_engine(sqlite_url(path))
    migrate(engine, revision)
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO editions (id, year, number, admin_fee_rate, min_duration_months, "
            "max_duration_months, default_duration_months, bodies_may_benefit_again, "
            "legal_references, notes, created_at, updated_at) VALUES (:id, 2022, 1, 0.05, 3, "
            "12, 6, 0, '[]', 'ancienne', '2022-01-01', '2022-01-01')"), {"id": "0" * 31 + "1"})
    engine.dispose()


def test_an_older_database_is_backed_up_then_upgraded_keeping_its_data(tmp_path):
    path = tmp_path / "office.sqlite"
    make_old_database(path)

    opened = open_database(sqlite_url(path))

    assert opened.upgrade.from_revision == "0001"
    assert current_revision(opened.db.engine) == head_revision()
    assert [e.notes for e in programme.list_editions(opened.db)] == ["ancienne"]
    assert programme.list_minimum_wages(opened.db), "the 0002 data migration ran"
    backup = opened.upgrade.backup
    assert backup is not None and backup.parent == tmp_path / "backups" and backup.exists()
    with sqlite3.connect(backup) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert conn.execute("SELECT notes FROM editions").fetchall() == [("ancienne",)]
    opened.db.dispose()


def test_an_up_to_date_database_is_opened_without_a_backup(tmp_path):
    path = tmp_path / "office.sqlite"
    open_database(sqlite_url(path)).db.dispose()
    again = open_database(sqlite_url(path))
    assert again.upgrade.backup is None and not again.upgrade.changed
    assert list(tmp_path.glob("*.before-upgrade-*")) == []
    again.db.dispose()


def test_a_database_from_a_newer_program_is_refused_untouched(tmp_path):
    path = tmp_path / "office.sqlite"
    open_database(sqlite_url(path)).db.dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(DomainError, match="أحدث"):
        open_database(sqlite_url(path))
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("9999",)
