"""Backups never overwrite, are checked and rotated; a restore gives back the same data."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import time
from pathlib import Path

import pytest

from app.cli import main
from app.config import sqlite_url
from app.domain.enums import PartnerKind
from app.domain.partners import Partner
from app.errors import DomainError
from app.services import backup, partners
from app.services.startup import close_database, open_database
from app.settings import BACKUP_AT_START_HOURS, BACKUPS_KEPT
from app.storage import upgrade
from app.storage.sqlite_files import automatic_backups
from tests.conftest import ADMIN, ADMIN_PASSWORD


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def fingerprint(path: Path) -> tuple[dict[str, int], str]:
    """Row counts per table and the SHA-256 of every table's rows in a canonical order."""
    digest = hashlib.sha256()
    counts: dict[str, int] = {}
    with sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE '%_search_%' ORDER BY name")]
        for table in tables:
            rows = sorted(repr(r) for r in conn.execute(f'SELECT * FROM "{table}"'))
            counts[table] = len(rows)
            digest.update(f"{table}\n".encode())
            for row in rows:
                digest.update(row.encode() + b"\n")
    conn.close()
    return counts, digest.hexdigest()


def test_backup_refuses_an_existing_file_and_leaves_it(capsys, opened, tmp_path):
    existing = tmp_path / "precious.sqlite"
    existing.write_bytes(b"a convention lives here")
    path = Path(opened.db.url.removeprefix("sqlite:///"))
    code, _, err = run(capsys, "backup", "--db", str(path), "--out", str(existing))
    assert code == 1 and str(existing) in err and "Traceback" not in err
    assert existing.read_bytes() == b"a convention lives here"


def test_a_backup_is_a_checked_copy(opened, tmp_path):
    out = backup.backup_to(opened.db, tmp_path / "copy.sqlite")
    assert fingerprint(out) == fingerprint(Path(opened.db.url.removeprefix("sqlite:///")))
    assert not list(tmp_path.glob(".*partial"))


def test_automatic_backups_at_start_are_rotated(template_db, tmp_path):
    BACKUPS_KEPT.set(3)
    BACKUP_AT_START_HOURS.set(0)  # at each start
    path = tmp_path / "awrach.sqlite"
    shutil.copyfile(template_db, path)
    for _ in range(5):
        opened = open_database(sqlite_url(path))
        assert opened.upgrade.start_backup is not None
        opened.db.dispose()
    kept = automatic_backups(path)
    assert len(kept) == 3 and all(p.parent == tmp_path / "backups" for p in kept)


def test_the_start_backup_is_made_once_per_interval(template_db, tmp_path):
    """A copy of a large file takes seconds: one a day, not one each start."""
    path = tmp_path / "awrach.sqlite"
    shutil.copyfile(template_db, path)
    starts = []
    for _ in range(3):
        opened = open_database(sqlite_url(path))
        starts.append(opened.upgrade.start_backup)
        opened.db.dispose()
    assert starts[0] is not None and starts[1:] == [None, None]
    assert len(automatic_backups(path)) == 1
    day_old = time.time() - 25 * 3600
    os.utime(starts[0], (day_old, day_old))
    opened = open_database(sqlite_url(path))
    assert opened.upgrade.start_backup is not None
    opened.db.dispose()
    assert len(automatic_backups(path)) == 2


def test_the_page_by_page_check_runs_only_when_the_file_changed(
        template_db, tmp_path, monkeypatch):
    from app.storage import sqlite_files

    path = tmp_path / "awrach.sqlite"
    shutil.copyfile(template_db, path)
    checks: list[Path] = []
    real = sqlite_files.problems

    def counted(checked: Path, *, full: bool = False) -> list[str]:
        if not full:
            checks.append(checked)
        return real(checked, full=full)

    monkeypatch.setattr(sqlite_files, "problems", counted)
    opened = open_database(sqlite_url(path))
    close_database(opened.db)
    assert checks == [path]  # a file never seen here is checked
    opened = open_database(sqlite_url(path))
    close_database(opened.db)
    assert checks == [path], "closed cleanly by the program: no second check"
    with sqlite3.connect(path) as conn:  # changed behind the program's back
        conn.execute("CREATE TABLE visitor (x)")
    conn.close()
    opened = open_database(sqlite_url(path))
    close_database(opened.db)
    assert checks == [path, path]


def test_a_failed_upgrade_does_not_pile_up_copies(tmp_path, monkeypatch):
    path = tmp_path / "old.sqlite"
    upgrade.upgrade_database(sqlite_url(path), "0007")

    def broken(*_args, **_kwargs):
        raise DomainError("upgrade failed")

    monkeypatch.setattr(upgrade, "migrate", broken)
    for _ in range(3):
        with pytest.raises(DomainError):
            upgrade.upgrade_database(sqlite_url(path))
    kept = automatic_backups(path)
    head = upgrade.head_revision()
    assert [p.name for p in kept] == [f"old.before-upgrade-0007-to-{head}.sqlite"]


def test_restore_gives_back_an_identical_database_and_keeps_the_current_one(demo_opened,
                                                                          tmp_path):
    db, actor = demo_opened.db, demo_opened.actor
    saved = backup.backup_to(db, tmp_path / "good.sqlite")
    expected = fingerprint(saved)
    partners.save_partner(db, actor, Partner(PartnerKind.ASSOCIATION, "جمعية بعد النسخة",
                                             legal_representative="محمد"))
    result = backup.restore(db, saved, actor)
    target = Path(db.url.removeprefix("sqlite:///"))
    assert fingerprint(target) == expected
    assert result.previous_kept_as.exists() and result.previous_kept_as.parent.name == "backups"
    assert fingerprint(result.previous_kept_as) != expected  # it holds the later partner


@pytest.mark.parametrize("make, words", [
    (lambda p: p.write_text("not a database", encoding="utf-8"), "ليس قاعدة بيانات أوراش"),
    (lambda p: sqlite3.connect(p).execute("CREATE TABLE t (x)").connection.commit(),
     "ليس قاعدة بيانات أوراش"),
])
def test_restore_refuses_what_is_not_an_awrach_database(opened, tmp_path, make, words):
    source = tmp_path / "other.sqlite"
    make(source)
    before = fingerprint(Path(opened.db.url.removeprefix("sqlite:///")))
    with pytest.raises(DomainError, match=words) as refused:
        backup.restore(opened.db, source, opened.actor)
    assert str(source) in refused.value.message
    assert fingerprint(Path(opened.db.url.removeprefix("sqlite:///"))) == before


def test_restore_refuses_a_damaged_file_and_a_newer_one(opened, tmp_path):
    good = backup.backup_to(opened.db, tmp_path / "good.sqlite")
    damaged = tmp_path / "damaged.sqlite"
    shutil.copyfile(good, damaged)
    spoil(damaged)
    with pytest.raises(DomainError, match="تالف"):
        backup.restore(opened.db, damaged, opened.actor)
    newer = tmp_path / "newer.sqlite"
    shutil.copyfile(good, newer)
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    with pytest.raises(DomainError, match="أحدث"):
        backup.restore(opened.db, newer, opened.actor)


def test_cli_restore(capsys, opened, tmp_path, monkeypatch):
    monkeypatch.setenv("AWRACH_USER", ADMIN)
    monkeypatch.setenv("AWRACH_PASSWORD", ADMIN_PASSWORD)
    path = opened.db.url.removeprefix("sqlite:///")
    good = backup.backup_to(opened.db, tmp_path / "good.sqlite")
    opened.db.dispose()
    code, out, err = run(capsys, "restore", "--db", path, "--from", str(good))
    assert code == 0, err
    assert out.startswith("تمت استعادة ") and "احتفظ بقاعدة البيانات السابقة" in out


def spoil(path: Path) -> None:
    """64 KiB of garbage in the middle of the file, as a failing disk leaves it."""
    size = path.stat().st_size
    with path.open("r+b") as file:
        file.seek(size // 2 // 4096 * 4096)
        file.write(bytes(range(256)) * 256)


def test_a_damaged_database_can_be_restored_and_is_kept_aside(demo_opened, tmp_path):
    db, actor = demo_opened.db, demo_opened.actor
    good = backup.backup_to(db, tmp_path / "good.sqlite")
    expected = fingerprint(good)
    target = Path(db.url.removeprefix("sqlite:///"))
    db.dispose()
    spoil(target)
    damaged_bytes = target.read_bytes()
    result = backup.restore(db, good, actor)
    assert fingerprint(target) == expected
    assert result.previous_kept_as.read_bytes() == damaged_bytes
    assert result.previous_kept_as not in automatic_backups(target)  # never rotated away


def test_cli_restores_over_a_damaged_database(capsys, opened, tmp_path):
    path = Path(opened.db.url.removeprefix("sqlite:///"))
    good = backup.backup_to(opened.db, tmp_path / "good.sqlite")
    opened.db.dispose()
    spoil(path)
    code, _out, err = run(capsys, "backup", "--db", str(path), "--out", str(tmp_path / "b.sqlite"))
    assert code == 1 and "تالفة" in err
    code, out, err = run(capsys, "restore", "--db", str(path), "--from", str(good))
    assert code == 0, err
    assert "احتفظ بقاعدة البيانات المتضررة في" in out
    assert fingerprint(path) == fingerprint(good)
    kept = [p for p in (path.parent / "backups").glob("damaged-*/*") if p.name == path.name]
    assert len(kept) == 1
