"""A damaged or wrong database file is refused in one Arabic line naming it, never a traceback.

Each case goes through the command line (`awrach db info`), which exits with 1 and leaves
the file as it was; the window shows the same message (ui/main.py catches DomainError).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest

from app.cli import main
from app.storage import sqlite_files
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.test_backup import spoil


def info(capsys, path: Path) -> tuple[int, str]:
    code = main(["db", "info", "--db", str(path)])
    _, err = capsys.readouterr()
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err
    return code, err


@pytest.fixture
def copy(template_db, tmp_path) -> Path:
    path = tmp_path / "awrach.sqlite"
    shutil.copyfile(template_db, path)
    return path


def unchanged(path: Path, before: bytes) -> bool:
    return path.read_bytes() == before


def test_garbage_inside_is_caught_and_the_latest_backup_named(capsys, copy):
    assert main(["db", "info", "--db", str(copy)]) == 0  # makes a start backup
    capsys.readouterr()
    spoil(copy)
    before = copy.read_bytes()
    code, err = info(capsys, copy)
    assert code == 1 and str(copy) in err and "تالفة" in err
    assert str(sqlite_files.latest_backup(copy)) in err
    assert unchanged(copy, before)


def test_a_text_file(capsys, tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("محضر الاجتماع\n" * 100, encoding="utf-8")
    before = path.read_bytes()
    code, err = info(capsys, path)
    assert code == 1 and str(path) in err and "ليس قاعدة بيانات" in err
    assert unchanged(path, before)


def test_a_truncated_file(capsys, copy):
    data = copy.read_bytes()
    copy.write_bytes(data[: len(data) // 3])
    before = copy.read_bytes()
    code, err = info(capsys, copy)
    assert code == 1 and str(copy) in err and "تالفة" in err
    assert unchanged(copy, before)


def test_a_folder(capsys, tmp_path):
    folder = tmp_path / "folder.sqlite"
    folder.mkdir()
    code, err = info(capsys, folder)
    assert code == 1 and str(folder) in err and "مجلد" in err


def test_a_read_only_file(capsys, copy):
    os.chmod(copy, stat.S_IRUSR | stat.S_IRGRP)
    try:
        code, err = info(capsys, copy)
    finally:
        os.chmod(copy, stat.S_IRUSR | stat.S_IWUSR)
    assert code == 1 and str(copy) in err and "للقراءة فقط" in err


def test_a_database_stamped_with_the_wrong_revision(capsys, copy):
    with sqlite3.connect(copy) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0003'")
    conn.close()
    before = fingerprint_schema(copy)
    code, err = info(capsys, copy)
    assert code == 1 and str(copy) in err and "لا توافق المراجعة" in err
    assert fingerprint_schema(copy) == before


def fingerprint_schema(path: Path) -> list[tuple[str, ...]]:
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
        rows.append(conn.execute("SELECT version_num FROM alembic_version").fetchone())
    conn.close()
    return rows


def test_a_lock_held_past_the_timeout(capsys, copy, monkeypatch):
    monkeypatch.setattr(sqlite_files, "LOCK_TIMEOUT_SECONDS", 0.3)
    monkeypatch.setenv("AWRACH_USER", ADMIN)
    monkeypatch.setenv("AWRACH_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.setenv("AWRACH_NEW_PASSWORD", "bob-password-2024")
    assert main(["db", "info", "--db", str(copy)]) == 0
    capsys.readouterr()
    holder = sqlite3.connect(copy, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        code = main(["users", "add", "--db", str(copy), "bob", "--full-name", "بوبكر",
                     "--role", "viewer"])
        _, err = capsys.readouterr()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert "Traceback" not in err
    assert code == 1 and str(copy) in err and "مشغولة" in err


def test_db_in_a_folder_that_does_not_exist(capsys, tmp_path):
    path = tmp_path / "nowhere" / "awrach.sqlite"
    code, err = info(capsys, path)
    assert code == 1 and "nowhere" in err and "غير موجود" in err
    assert not path.parent.exists()
