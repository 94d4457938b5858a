"""What is offered when the database is damaged: its newest automatic backups that pass
their check, newest first, a damaged backup left out; and the full check on demand."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from app.errors import DomainError
from app.services import backup
from app.storage.sqlite_files import automatic_backup
from tests.test_backup import spoil


@pytest.fixture
def database(template_db, tmp_path) -> Path:
    path = tmp_path / "awrach.sqlite"
    shutil.copyfile(template_db, path)
    return path


def made(database: Path, reason: str, when: int) -> Path:
    copy = automatic_backup(database, reason, 10)
    os.utime(copy, (when, when))
    return copy


def test_good_backups_newest_first_and_a_damaged_one_left_out(database):
    older = made(database, "start", 1_700_000_000)
    newer = made(database, "before-restore", 1_700_100_000)
    newest = made(database, "start", 1_700_200_000)
    spoil(newest)
    assert backup.good_backups(database) == [
        backup.GoodBackup(newer, backup.datetime.fromtimestamp(1_700_100_000),
                          newer.stat().st_size),
        backup.GoodBackup(older, backup.datetime.fromtimestamp(1_700_000_000),
                          older.stat().st_size)]
    assert [b.path for b in backup.good_backups(database, limit=1)] == [newer]


def test_only_a_damaged_sqlite_file_is_offered_a_restore(database, tmp_path):
    url = f"sqlite:///{database}"
    assert backup.damaged_database(url) is None
    text = tmp_path / "notes.sqlite"
    text.write_text("محضر\n" * 2000, encoding="utf-8")
    assert backup.damaged_database(f"sqlite:///{text}") is None  # a wrong choice, not damage
    spoil(database)
    assert backup.damaged_database(url) == database
    assert backup.damage_of(database)


def test_restore_at_start_keeps_the_damaged_file_aside(database):
    good = made(database, "start", 1_700_000_000)
    spoil(database)
    damaged_bytes = database.read_bytes()
    result = backup.restore_damaged(database, good)
    assert backup.damaged_database(f"sqlite:///{database}") is None
    assert result.previous_kept_as.read_bytes() == damaged_bytes
    assert result.previous_kept_as.parent.name.startswith("damaged-")


def test_full_check_finds_damage_the_open_database_holds(opened):
    assert backup.full_check(opened.db) == []
    path = Path(opened.db.url.removeprefix("sqlite:///"))
    opened.db.dispose()
    spoil(path)
    assert backup.full_check(opened.db)


def test_full_check_of_a_server_database_is_refused(opened, monkeypatch):
    monkeypatch.setattr(backup, "sqlite_file", lambda url: None)
    with pytest.raises(DomainError, match="pg_dump"):
        backup.full_check(opened.db)
